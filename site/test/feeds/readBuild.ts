import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { XMLParser } from 'fast-xml-parser'

/** Every file of a build as site paths ("/linh-vuc/y-te/rss.xml"), skipping encoded images. */
export function siteFiles(dist: string): string[] {
  const out: string[] = []
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(dist, rel), { withFileTypes: true })) {
      const child = `${rel}/${e.name}`
      if (e.isDirectory()) walk(child)
      else out.push(child)
    }
  }
  walk('')
  return out.sort()
}

export const rssPaths = (dist: string) => siteFiles(dist).filter((p) => p.endsWith('/rss.xml'))
export const jsonFeedPaths = (dist: string) => siteFiles(dist).filter((p) => p.endsWith('/feed.json'))
export const readText = (dist: string, sitePath: string) => readFileSync(path.join(dist, sitePath), 'utf8')

/** Whether a site URL's path exists in the build, as a static host would serve it. */
export function existsInBuild(files: ReadonlySet<string>, url: string, siteUrl: string): boolean {
  const u = new URL(url)
  if (u.origin !== new URL(siteUrl).origin) return false
  const p = decodeURIComponent(u.pathname)
  return files.has(p) || files.has(`${p.replace(/\/?$/, '/')}index.html`)
}

const ARRAYS = new Set(['rss.channel.item', 'rss.channel.item.category', 'rss.channel.item.dc:creator', 'rss.channel.atom:link', 'rss.channel.item.atom:link', 'rss.channel.item.media:content', 'rss.channel.item.enclosure'])

/**
 * A strict, literal reading of an RSS file (fast-xml-parser, values kept as strings) for checks
 * the feed-reader libraries do not expose: namespaced elements and attributes.
 */
export function readRss(xml: string): RssDoc {
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    isArray: (_name, jpath) => ARRAYS.has(String(jpath)),
  })
  return parser.parse(xml) as RssDoc
}

type Text = string | { '#text': string; [attr: `@${string}`]: string }
export interface RssItem {
  title: string
  link: string
  guid: { '#text': string; '@isPermaLink': string }
  pubDate: string
  description?: string
  'content:encoded'?: string
  'atom:updated'?: string
  'dcterms:modified'?: string
  'dc:creator'?: string[]
  category?: { '#text': string; '@domain': string }[]
  'media:content'?: { '@url': string; '@type'?: string; '@width'?: string; '@height'?: string; 'media:credit'?: Text; 'media:description'?: Text; 'media:copyright'?: Text }[]
  enclosure?: { '@url': string; '@length': string; '@type': string }[]
  source?: { '#text': string; '@url': string }
  'broadcast:script'?: Text
  'atom:link'?: { '@href': string; '@rel': string; '@type'?: string }[]
}
export interface RssDoc {
  rss: {
    '@version': string
    channel: {
      title: string
      link: string
      description: string
      language: string
      copyright?: string
      lastBuildDate?: string
      ttl?: string
      image?: { url: string; title: string; link: string }
      'atom:link'?: { '@href': string; '@rel': string; '@type'?: string }[]
      item?: RssItem[]
    }
  } & Record<`@xmlns:${string}`, string>
}

export const textOf = (t: Text | undefined): string | undefined => (t === undefined ? undefined : typeof t === 'string' ? t : t['#text'])

/** Every href/src in an HTML fragment. */
export const htmlUrls = (html: string) => [...html.matchAll(/\s(?:href|src)\s*=\s*"([^"]*)"/gi)].map((m) => m[1] ?? '')

/** RFC 822 as RSS 2.0 uses it (with a four-digit year, as every reader expects). */
export const RFC822 = /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} (GMT|[+-]\d{4})$/

/** Characters XML 1.0 forbids, and C1 controls, which no feed of ours may contain. */
export const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]/
