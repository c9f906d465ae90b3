import fs from 'node:fs/promises'
import path from 'node:path'

/** One file of a release, by its URL path (`/bai-viet/x/index.html`). */
export interface ReleaseFile {
  urlPath: string
  absolutePath: string
}

/**
 * Every file of a release directory. Symlinks are listed but never followed: a build has no reason
 * to create them, and following one could read outside the release.
 */
export async function walkRelease(root: string): Promise<ReleaseFile[]> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true })
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const absolutePath = path.join(entry.parentPath, entry.name)
      return { absolutePath, urlPath: `/${path.relative(root, absolutePath).split(path.sep).join('/')}` }
    })
}

/** Pages: the HTML documents a visitor can open. */
export function isPage(file: ReleaseFile): boolean {
  return file.urlPath.endsWith('.html')
}

/**
 * Files whose text reaches readers: pages, feeds, sitemaps, JSON data. Hashed bundles under
 * /_astro/ and the search index under /pagefind/ are generated from these, so scanning them
 * again would only cost time.
 */
export function isPublicText(file: ReleaseFile): boolean {
  if (file.urlPath.startsWith('/_astro/') || file.urlPath.startsWith('/pagefind/') || file.urlPath.startsWith('/pagefind-recent/')) return false
  return /\.(html|xml|json|opml|txt|webmanifest)$/.test(file.urlPath)
}

/** RSS/Atom feeds, OPML lists and sitemaps: XML a machine must parse. */
export function isXmlFeed(file: ReleaseFile): boolean {
  return /\.(xml|opml)$/.test(file.urlPath)
}

/** JSON Feed documents (`feed.json` in any section). */
export function isJsonFeed(file: ReleaseFile): boolean {
  return file.urlPath.endsWith('/feed.json')
}
