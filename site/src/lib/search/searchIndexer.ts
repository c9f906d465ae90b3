import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import * as pagefind from 'pagefind'
import {
  RECENT_SEARCH_MANIFEST, RECENT_SEARCH_PART, SEARCH_PAGE_IDS, SEARCH_PARTS, recentSearchChanges, searchDocument, searchPageKey, searchPartName,
  type RecentSearchChanges, type SearchSource,
} from '@thidua/content-models'
import { readJsonFile } from '../jsonFile.ts'
import { SearchIndexError, documentsDir, runPagefind, writeDocuments } from './pagefindCli.ts'

export { SearchIndexError }

const KEY = Symbol.for('thidua.site.searchSources')
const g = globalThis as unknown as Record<symbol, (() => SearchEntry[]) | undefined>

/**
 * A page to index: its URL, and how to get its content. A fast build lists every page but makes
 * the content of the changed ones only (about 0.15 s less at 10,000 articles).
 */
export interface SearchEntry { url: string; source: () => SearchSource }

function sourceOf(entry: SearchEntry): SearchSource {
  const source = entry.source()
  if (source.url !== entry.url) throw new SearchIndexError(`The search entry ${entry.url} made the content of ${source.url}: lib/search/searchSources.ts must give both the same URL.`)
  return source
}

/** Where the fast path's small index of recent changes goes, beside `pagefind/` (lib/search/searchClient.ts merges it). */
export const RECENT_INDEX_DIR = 'pagefind-recent'

/**
 * Pages per Pagefind run in a full build. Pagefind holds the whole index of a run in memory until it
 * writes it (about 200 KB a page: 2.4 GB at 12,000 pages; 18 GB, and killed, at 120,000), so the
 * index is made in parts of this many pages, one run after the other, each into its own directory;
 * the search page merges them (lib/search/searchClient.ts). 4,000 keeps a run under 0.9 GB, beside
 * the build's own 1-1.2 GB, and the 10,000-article portal's index in 3 parts: a reader's first
 * query fetches a word's chunk from each (3 x 32 KB against 67 KB for one part; the parts' metadata
 * and filters weigh what one part's did). SITE_SEARCH_SHARD_PAGES sets another size (tests use small ones).
 */
const DEFAULT_PART_PAGES = 4_000

function partPages(): number {
  const raw = process.env.SITE_SEARCH_SHARD_PAGES
  if (!raw) return DEFAULT_PART_PAGES
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 1) throw new SearchIndexError(`SITE_SEARCH_SHARD_PAGES must be a whole number of pages, 1 or more, not "${raw}".`)
  return n
}

const EARLY = Symbol.for('thidua.site.searchIndexEarly')
const early = globalThis as unknown as Record<symbol, { outDir?: string; index?: Promise<number>; tookMs?: number } | undefined>

/** Where a full build's index goes (searchIntegration, at astro:build:start): its indexing may then start before the pages render. */
export function searchOutDir(outDir: string): void {
  early[EARLY] = { outDir }
}

/** How long this build's full index took, if it was made while the pages rendered (in ms). */
export function earlyIndexTookMs(): number | undefined {
  return early[EARLY]?.tookMs
}

/**
 * Registers how to get the content to index. A full build starts indexing at once, while Astro
 * renders: the index is made from the content, not the pages, and Pagefind works in a process of
 * its own on the second core. The fast path and SITE_ONLY_PATHS index in finishSearchIndex(), once
 * the pages are rendered. Process-wide, like the image registry, because Astro renders pages and
 * runs integrations in the same process.
 */
export function startSearchIndex(make: () => SearchEntry[]): void {
  g[KEY] ??= make
  const state = early[EARLY]
  if (!state?.outDir || state.index || process.env.SITE_FAST === '1' || process.env.SITE_ONLY_PATHS) return
  const startedAt = Date.now()
  state.index = writeFullIndex(state.outDir).then((pages) => {
    state.tookMs = Date.now() - startedAt
    return pages
  })
  state.index.catch(() => {}) // awaited by finishSearchIndex(); a build failing first never asks
}

/** One part's search documents, written where Pagefind's command reads them: a folder of their own. */
interface Documents { dir: string; count: number }

/**
 * Writes the search documents of one part of the index (`part`: recentSearch.ts SEARCH_PART_FILTER)
 * to a new folder. Not in the output folder: the sitemaps and the release checks walk it while the
 * index runs. pagefindCli.ts documentsRoot() says where (4,000 pages: 45 MB of documents).
 */
async function writePartDocuments(sources: readonly SearchSource[], part: string): Promise<Documents> {
  const dir = await documentsDir()
  try {
    return { dir, count: await writeDocuments(dir, sources.map((s) => [s.url, () => searchDocument(s, { part })] as const)) }
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    throw error
  }
}

/** One Pagefind run over written documents into `outputPath`; the documents are removed after it. */
async function indexDocuments(documents: Documents, outputPath: string): Promise<void> {
  try {
    await runPagefind(documents.dir, outputPath, documents.count)
  } finally {
    await rm(documents.dir, { recursive: true, force: true })
  }
}

/** The index of one set of pages (the fast path's recent changes). */
async function writeIndex(sources: readonly SearchSource[], outputPath: string, part: string): Promise<void> {
  if (!sources.length) return writeEmptyIndex(outputPath)
  await indexDocuments(await writePartDocuments(sources, part), outputPath)
}

/** A portal with nothing to find still gets the search page's scripts: Pagefind's command refuses an empty folder, its client does not. */
async function writeEmptyIndex(outputPath: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' })
    if (!index) throw new SearchIndexError(`Pagefind did not start: ${errors.join('; ')}`)
    const written = await index.writeFiles({ outputPath })
    if (written.errors.length) throw new SearchIndexError(`Pagefind could not write its files: ${written.errors.join('; ')}`)
  } finally {
    await pagefind.close().catch(() => {})
  }
}

/**
 * Writes the full index in parts of at most `size` pages: the first into `outputPath` (where the search
 * page loads Pagefind from), the others into `part-<n>/` under it, listed in `parts.json`.
 * Returns the parts' directories, the first included. The next part's documents are written while
 * Pagefind indexes the previous part.
 */
async function writeParts(sources: readonly SearchSource[], outputPath: string, size: number): Promise<{ dir: string; part: string }[]> {
  const count = Math.max(1, Math.ceil(sources.length / size))
  const parts = Array.from({ length: count }, (_, n) => {
    const sub = n === 0 ? '' : `part-${n + 1}/`
    // Every count-th page: parts of equal size and the same mix of articles, profiles and events,
    // as Pagefind ranks a word by how rare it is in its own index (consecutive slices gave the last,
    // small part of one kind of page a ranking of its own).
    return { sub, dir: path.join(outputPath, sub), part: sub ? searchPartName(sub) : '1', sources: sources.filter((_, i) => i % count === n) }
  })
  const documents = (n: number): Promise<Documents> | null => {
    if (n >= count || !parts[n]!.sources.length) return null
    const written = writePartDocuments(parts[n]!.sources, parts[n]!.part)
    written.catch(() => {}) // awaited in its turn, or removed below
    return written
  }
  let next = documents(0)
  for (let n = 0; n < count; n++) {
    const current = next
    next = null
    try {
      const written = current ? await current : null
      next = documents(n + 1) // while Pagefind indexes this part
      if (written) await indexDocuments(written, parts[n]!.dir)
      else await writeEmptyIndex(parts[n]!.dir)
    } catch (error) {
      await next?.then((d) => rm(d.dir, { recursive: true, force: true }), () => {})
      throw error
    }
  }
  writeFileSync(path.join(outputPath, SEARCH_PARTS), JSON.stringify(parts.filter((p) => p.sub).map((p) => p.sub)))
  return parts.map(({ dir, part }) => ({ dir, part }))
}

/**
 * Each page's part and the id Pagefind gave it there (the name of its fragment file), by URL, over
 * every part: a fast build looks up the full index's copies of the pages it changed here
 * (content-models recentSearch.ts, searchPageKey).
 */
function writePageIds(outputPath: string, parts: readonly { dir: string; part: string }[]): void {
  const ids: Record<string, string> = {}
  for (const { dir, part } of parts) readPageIds(path.join(dir, 'fragment'), part, ids)
  writeFileSync(path.join(outputPath, SEARCH_PAGE_IDS), JSON.stringify(ids))
}

function readPageIds(dir: string, part: string, ids: Record<string, string>): void {
  if (!existsSync(dir)) return // an index of no pages has no fragments
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.pf_fragment')) continue
    const text = gunzipSync(readFileSync(path.join(dir, name))).toString('utf8')
    const url = /^pagefind_dcd\{"url":("(?:[^"\\]|\\.)*")/.exec(text)?.[1]
    if (!url) throw new SearchIndexError(`Unexpected Pagefind fragment ${name}: no URL at its start (Pagefind's format changed?).`)
    ids[JSON.parse(url) as string] = searchPageKey(part, name.slice(0, -'.pf_fragment'.length))
  }
}

/**
 * The fast path's search (content-models recentSearch.ts): indexes every page changed since the
 * live release's full index into `<dist>/pagefind-recent/`, with a manifest naming the full
 * index's stale copies. `base` is the live release the fast build starts from.
 */
async function writeRecentIndex(entries: readonly SearchEntry[], distDir: string, base: string, plan: { render: Iterable<string>; remove: Iterable<string> }): Promise<RecentSearchChanges> {
  const pageIds = readJsonFile<Record<string, string>>(path.join(base, 'pagefind', SEARCH_PAGE_IDS))
  if (!pageIds) throw new SearchIndexError(`The live release ${base} has no pagefind/${SEARCH_PAGE_IDS} (built before search followed the fast path): run a full build.`)
  const previous = readJsonFile<RecentSearchChanges>(path.join(base, RECENT_INDEX_DIR, RECENT_SEARCH_MANIFEST))
  const byUrl = new Map(entries.map((e) => [e.url, e]))
  const { touched, stale, recentUrls } = recentSearchChanges({
    previous: previous?.touched ?? [], rendered: plan.render, removed: plan.remove, sourceUrls: new Set(byUrl.keys()), pageIds,
  })
  const outputPath = path.join(distDir, RECENT_INDEX_DIR)
  if (recentUrls.length) await writeIndex(recentUrls.map((u) => sourceOf(byUrl.get(u)!)), outputPath, RECENT_SEARCH_PART)
  return writeManifest(path.join(base, 'pagefind'), outputPath, { touched, stale, indexed: recentUrls.length })
}

/**
 * Written by full builds too (empty), so the search page never asks for a missing file. `fullIndex`
 * is the release's full index (the live release's on the fast path, whose output holds only the pages it rendered).
 */
function writeManifest(fullIndex: string, outputPath: string, changes: Omit<RecentSearchChanges, 'version'>): RecentSearchChanges {
  mkdirSync(outputPath, { recursive: true })
  const manifest: RecentSearchChanges = { ...changes, version: searchVersion(fullIndex, outputPath, changes) }
  writeFileSync(path.join(outputPath, RECENT_SEARCH_MANIFEST), JSON.stringify(manifest))
  return manifest
}

/** The file Pagefind's client reads first in an index's directory. */
const PAGEFIND_ENTRY = 'pagefind-entry.json'

/**
 * The search a release serves, as a short hash (RecentSearchChanges.version): of the entry file of
 * every index (Pagefind names an index's metadata by a hash of its content, and the entry names
 * the metadata) and of the manifest: content only, no clock, so equal indexes give the same version.
 */
function searchVersion(fullIndex: string, recentIndex: string, changes: Omit<RecentSearchChanges, 'version'>): string {
  const hash = createHash('sha256')
  const parts = readJsonFile<string[]>(path.join(fullIndex, SEARCH_PARTS)) ?? []
  for (const dir of [fullIndex, ...parts.map((p) => path.join(fullIndex, p)), recentIndex]) {
    const entry = path.join(dir, PAGEFIND_ENTRY)
    hash.update(existsSync(entry) ? readFileSync(entry) : '-')
  }
  return hash.update(JSON.stringify(changes)).digest('hex').slice(0, 16)
}

/**
 * Builds the Pagefind index into `<distDir>/pagefind/` and returns how many pages it holds. On the
 * fast path (SITE_FAST=1, SITE_BASE_DIR = the live release) it writes the small index of recent
 * changes instead and returns its manifest; with SITE_ONLY_PATHS (pages named by hand) the live
 * index is kept as it is (null).
 */
export async function finishSearchIndex(distDir: string): Promise<number | RecentSearchChanges | null> {
  if (process.env.SITE_ONLY_PATHS) return null
  const plan = (globalThis as unknown as Record<symbol, { render: Set<string>; remove: Set<string>; fullBuildReason: string | null } | undefined>)[Symbol.for('thidua.site.fastPlan')]
  const fast = process.env.SITE_FAST === '1' && plan && !plan.fullBuildReason
  const started = early[EARLY]
  if (started?.index) {
    if (path.resolve(started.outDir!) !== path.resolve(distDir)) throw new SearchIndexError(`The search index was started in ${started.outDir} but the build wrote ${distDir}.`)
    return started.index
  }
  const entries = takeEntries()
  if (fast) {
    const base = process.env.SITE_BASE_DIR
    if (!base) throw new SearchIndexError('A fast build needs SITE_BASE_DIR, the live release it starts from (site/scripts/build.ts sets it).')
    return writeRecentIndex(entries, distDir, base, plan)
  }
  return writeFullIndex(distDir, entries)
}

function takeEntries(): SearchEntry[] {
  const make = g[KEY]
  if (!make) throw new SearchIndexError('No page registered the search content (lib/site.ts getSite() was never called).')
  g[KEY] = undefined
  return make()
}

async function writeFullIndex(distDir: string, entries?: SearchEntry[]): Promise<number> {
  const sources = (entries ?? takeEntries()).map(sourceOf)
  const outputPath = path.join(distDir, 'pagefind')
  writePageIds(outputPath, await writeParts(sources, outputPath, partPages()))
  writeManifest(outputPath, path.join(distDir, RECENT_INDEX_DIR), { touched: [], stale: [], indexed: 0 })
  return sources.length
}
