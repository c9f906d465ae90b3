import fs from 'node:fs'
import path from 'node:path'
import { setImmediate as nextTurn } from 'node:timers/promises'

/** One file of a release, by its URL path (`/bai-viet/x/index.html`). */
export interface ReleaseFile {
  urlPath: string
  absolutePath: string
}

/** What a release walk finds: its regular files, and any other entry (a symlink, a socket, ...). */
export interface ReleaseTree {
  files: ReleaseFile[]
  /** Entries that are neither regular files nor directories: no build makes them. */
  others: ReleaseFile[]
}

/**
 * Directories read between two turns of the event loop. The publisher shares its process with the
 * portal's server (`npm start`), so a walk of 24,000 directories (10,000 articles) must not hold it
 * for the whole walk; each batch takes a few milliseconds.
 */
const DIRS_PER_TURN = 200

/**
 * Every entry of a release directory. Symlinks are never followed (one could lead out of the
 * release, and a web server may serve what it points at), and neither they nor other special files
 * are among `files`: they are listed in `others`, which verification refuses.
 *
 * Each directory is read synchronously and the walk yields between batches: Node's asynchronous
 * recursive readdir took 1.1 s for a release of 10,000 articles where this takes 0.2 s.
 */
export async function walkReleaseTree(root: string): Promise<ReleaseTree> {
  const files: ReleaseFile[] = []
  const others: ReleaseFile[] = []
  const top = path.resolve(root)
  const pending = [top]
  const entryOf = (absolutePath: string): ReleaseFile => ({ absolutePath, urlPath: `/${path.relative(top, absolutePath).split(path.sep).join('/')}` })
  for (let read = 0; pending.length > 0; read++) {
    if (read > 0 && read % DIRS_PER_TURN === 0) await nextTurn()
    const dir = pending.pop()!
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const absolutePath = path.join(dir, entry.name)
      if (entry.isDirectory()) pending.push(absolutePath)
      else (entry.isFile() ? files : others).push(entryOf(absolutePath))
    }
  }
  return { files: files.sort(byUrlPath), others: others.sort(byUrlPath) }
}

/** The regular files of a release (see walkReleaseTree). */
export async function walkRelease(root: string): Promise<ReleaseFile[]> {
  return (await walkReleaseTree(root)).files
}

const byUrlPath = (a: ReleaseFile, b: ReleaseFile) => (a.urlPath < b.urlPath ? -1 : a.urlPath > b.urlPath ? 1 : 0)

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
