import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { readJsonFile } from '../lib/jsonFile.ts'

/**
 * What each loader stored at this build's sync: a collection's documents as [id, updatedAt], a
 * global's answer as received. The build records the signature of exactly this in the release's
 * stamp (scripts/sourceSignature.ts), so a later build skips Astro only when the CMS now holds what
 * the release was built from, even if documents came and went while this build ran.
 */
const DIR = 'thidua-synced'

export type SyncedDocs = Array<[id: string, updatedAt: string | null]>

const fileOf = (cacheDir: string, name: string) => path.join(cacheDir, DIR, `${name}.json`)

/** Removed before each Astro build, so a record is always this build's. */
export function clearSyncRecords(cacheDir: string): void {
  rmSync(path.join(cacheDir, DIR), { recursive: true, force: true })
}

export function writeSyncRecord(cacheDir: string, name: string, value: SyncedDocs | Record<string, unknown>): void {
  const file = fileOf(cacheDir, name)
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(`${file}.tmp`, JSON.stringify(value))
  renameSync(`${file}.tmp`, file)
}

export function readSyncRecord<T extends SyncedDocs | Record<string, unknown>>(cacheDir: string, name: string): T | null {
  const file = fileOf(cacheDir, name)
  return readJsonFile<T>(file)
}

/** The record's name of a global (collections use their slug). */
export const globalRecord = (slug: string) => `global-${slug}`
