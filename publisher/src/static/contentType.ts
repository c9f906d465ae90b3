import path from 'node:path'

/**
 * Content types by extension. Feeds get their registered types so readers and aggregators
 * recognise them (issue #6, point 3): RSS as application/rss+xml, JSON Feed as
 * application/feed+json, OPML as text/x-opml, the events calendar as text/calendar.
 */
const BY_EXTENSION: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xslt+xml; charset=utf-8',
  '.opml': 'text/x-opml; charset=utf-8',
  // The events calendar newsrooms subscribe to (issue #11, RFC 5545).
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
}

/** The Content-Type header for a file of the release (by its name: a path or a URL path). */
export function contentTypeOf(urlPath: string): string {
  const name = path.posix.basename(urlPath)
  if (name === 'feed.json') return 'application/feed+json; charset=utf-8'
  if (name === 'rss.xml' || name.endsWith('.rss')) return 'application/rss+xml; charset=utf-8'
  return BY_EXTENSION[path.posix.extname(name).toLowerCase()] ?? 'application/octet-stream'
}

/** Whether compressing the file pays: text formats, not images, fonts or already-packed data. */
export function isCompressible(contentType: string): boolean {
  return /^(text\/|application\/(json|feed\+json|rss\+xml|xml|xslt\+xml|manifest\+json|wasm)|image\/svg\+xml)/.test(contentType)
}
