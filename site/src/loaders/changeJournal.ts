import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { CollectionChanges, DocSnapshot } from '@thidua/content-models'

/**
 * What the last sync changed, per collection, with each changed document as it was before: the
 * fast path (src/lib/fastPath.ts) derives from it which pages to render and which old URLs to drop.
 * Rewritten by every sync (an unchanged collection writes empty lists).
 */
export function journalDir(cacheDir: string): string {
  return path.join(cacheDir, 'thidua-changes')
}

const idOf = (ref: unknown): string | null =>
  ref == null ? null : typeof ref === 'object' ? String((ref as { id: unknown }).id) : String(ref)

/** The fields of a stored document the page lists depend on. */
export function snapshot(data: Record<string, unknown> | undefined): DocSnapshot | null {
  if (!data || typeof data.slug !== 'string') return null
  const ids = (v: unknown) => (Array.isArray(v) ? v.map(idOf).filter((x): x is string => x !== null) : [])
  return {
    slug: data.slug,
    publishedAt: (data.publishedAt as string | null | undefined) ?? null,
    createdAt: (data.createdAt as string | null | undefined) ?? null,
    field: idOf(data.field),
    movements: ids(data.movements),
    unit: idOf(data.unit),
    tags: Array.isArray(data.tags) ? (data.tags as string[]) : [],
    exemplars: ids(data.exemplars),
    kind: (data.kind as DocSnapshot['kind']) ?? null,
    subjectType: (data.subjectType as DocSnapshot['subjectType']) ?? null,
  }
}

export function writeJournal(cacheDir: string, collection: string, changes: CollectionChanges): void {
  const dir = journalDir(cacheDir)
  mkdirSync(dir, { recursive: true })
  const file = path.join(dir, `${collection}.json`)
  writeFileSync(`${file}.tmp`, JSON.stringify({ at: new Date().toISOString(), ...changes }))
  renameSync(`${file}.tmp`, file)
}

/** The last sync's changes of `collection`, or null when no journal exists. */
export function readJournal(cacheDir: string, collection: string): CollectionChanges | null {
  try {
    return JSON.parse(readFileSync(path.join(journalDir(cacheDir), `${collection}.json`), 'utf8')) as CollectionChanges
  } catch {
    return null
  }
}
