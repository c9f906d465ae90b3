import { existsSync, readFileSync } from 'node:fs'

/**
 * A JSON file the build wrote earlier (a stamp, a record, a manifest), or null when there is none
 * yet. A file that exists but does not parse throws: a half-written record must not pass for "none".
 */
export function readJsonFile<T>(file: string): T | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : null
}
