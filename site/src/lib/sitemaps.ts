import { readdirSync, rmSync, writeFileSync, type Dirent } from 'node:fs'
import { readdir } from 'node:fs/promises'
import path from 'node:path'

/** Pages that are not content: the search page (results come from the query) and the 404 page. */
const EXCLUDED = new Set(['/tim-kiem/', '/404/'])
/** URLs per sitemap file (the protocol allows 50,000). */
const PER_FILE = 45_000

const xmlEscape = (s: string) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;')

/** The site path of the page a folder of a release holds ("" or "bai-viet/x" -> "/" or "/bai-viet/x/"), or null for a page no sitemap lists. */
export function sitemapPage(relDir: string): string | null {
  const page = relDir ? `/${relDir.split(path.sep).join('/')}/` : '/'
  return EXCLUDED.has(page) ? null : page
}

/** The sitemap page a release file is the page of ("bai-viet/x/index.html" -> "/bai-viet/x/"), or null. */
export function pageOfFile(rel: string): string | null {
  if (path.basename(rel) !== 'index.html') return null
  const dir = path.dirname(rel)
  return sitemapPage(dir === '.' ? '' : dir)
}

/** Every page of a release, as site paths ("/bai-viet/x/"), sorted. */
export function releasePages(dir: string): string[] {
  return pagesOf(dir, readdirSync(dir, { withFileTypes: true, recursive: true }))
}

/**
 * The same, read on libuv's threads: about a second at 10,000 articles, which a build in the warm
 * build server (scripts/buildServer.ts) makes while Astro works in the same thread.
 */
export async function releasePagesAsync(dir: string): Promise<string[]> {
  return pagesOf(dir, await readdir(dir, { withFileTypes: true, recursive: true }))
}

function pagesOf(dir: string, entries: Dirent[]): string[] {
  const pages: string[] = []
  for (const entry of entries) {
    if (!entry.isFile() || entry.name !== 'index.html') continue
    const page = sitemapPage(path.relative(dir, entry.parentPath))
    if (page) pages.push(page)
  }
  return pages.sort()
}

/**
 * Writes `sitemap-index.xml` and `sitemap-N.xml` for the pages in `dir` (issue #14, point 1). From
 * the finished release rather than from what Astro rendered, so a fast build, which renders only
 * the changed pages into a copy of the live release (hard links), lists every page as a full build does.
 * `pages`: the release's pages when already known (releasePages' form), which spares walking it.
 * Returns how many pages are listed.
 */
export function writeSitemaps(dir: string, siteUrl: string, pages: readonly string[] = releasePages(dir)): number {
  const base = siteUrl.replace(/\/+$/, '')
  // Removed, not overwritten: in a fast build they are hard links to the live release's files.
  for (const name of readdirSync(dir)) if (/^sitemap.*\.xml$/.test(name)) rmSync(path.join(dir, name))
  const files: string[] = []
  for (let i = 0; i === 0 || i * PER_FILE < pages.length; i++) {
    const name = `sitemap-${i}.xml`
    const urls = pages.slice(i * PER_FILE, (i + 1) * PER_FILE).map((p) => `<url><loc>${xmlEscape(encodeURI(base + p))}</loc></url>`).join('')
    writeFileSync(path.join(dir, name), `<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls}</urlset>`)
    files.push(name)
  }
  const entries = files.map((f) => `<sitemap><loc>${xmlEscape(`${base}/${f}`)}</loc></sitemap>`).join('')
  writeFileSync(path.join(dir, 'sitemap-index.xml'), `<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${entries}</sitemapindex>`)
  return pages.length
}
