import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * How many documents each collection had at the last successful load, kept in a small JSON file
 * beside Astro's cache. Not in the store's meta: Astro clears the whole store when its config
 * changes, and the guard against a sudden drop must survive exactly such a rebuild.
 *
 * Reads and writes are synchronous on purpose: Astro runs the collections' loaders concurrently,
 * and a synchronous read-modify-write cannot interleave within one process.
 */
type Counts = Record<string, { count: number; at: string }>

function read(file: string): Counts {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Counts
  } catch {
    return {}
  }
}

/** The last good count of `collection` read from `source`, or null if never recorded. */
export function readLastGoodCount(file: string, source: string, collection: string): number | null {
  return read(file)[`${source}|${collection}`]?.count ?? null
}

/** Records a successful load. */
export function writeLastGoodCount(file: string, source: string, collection: string, count: number): void {
  const counts = read(file)
  counts[`${source}|${collection}`] = { count, at: new Date().toISOString() }
  mkdirSync(path.dirname(file), { recursive: true })
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, `${JSON.stringify(counts, null, 2)}\n`)
  renameSync(tmp, file)
}
