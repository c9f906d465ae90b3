import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { CmsSource } from './cmsSource.ts'
import { FixtureMissingError, LoaderConfigError } from './errors.ts'

/** `index.json` of a recorded fixture: which file answers which request. */
export interface FixtureIndex {
  /** When and from where it was recorded, for humans. */
  recordedAt?: string
  cmsUrl?: string
  /** `/api/...` path and query -> file name inside the fixture directory. */
  responses: Record<string, string>
  /** `/api/media/file/...` path -> file name inside the fixture directory. */
  files?: Record<string, string>
}

export const FIXTURE_INDEX = 'index.json'

/** Makes a request path or a media URL a fixture key: the path and query, without the origin. */
export function fixtureKey(urlOrPath: string): string {
  if (urlOrPath.startsWith('/')) return urlOrPath
  const url = new URL(urlOrPath)
  return `${url.pathname}${url.search}`
}

/**
 * Answers the loader from a recorded fixture (scripts/record-fixture.ts): exactly what anonymous
 * callers got from the CMS when it was recorded. Always a full sync; nothing is invented.
 */
export function createFixtureSource(dir: string): CmsSource {
  const root = path.resolve(dir)
  let index: FixtureIndex
  try {
    index = JSON.parse(readFileSync(path.join(root, FIXTURE_INDEX), 'utf8')) as FixtureIndex
  } catch (error) {
    throw new LoaderConfigError(
      `Cannot read the fixture index ${path.join(root, FIXTURE_INDEX)}: ${(error as Error).message}. ` +
        'Record one with `node scripts/record-fixture.ts` or fix FIXTURE.',
      { cause: error },
    )
  }
  const resolve = (table: Record<string, string> | undefined, key: string) => {
    const file = table?.[key]
    if (!file) {
      throw new FixtureMissingError(
        `The fixture at ${root} has no recorded answer for GET ${key}. Re-record it with scripts/record-fixture.ts ` +
          '(the loader\'s requests changed since it was recorded).',
      )
    }
    return path.join(root, file)
  }
  return {
    key: `fixture:${root}`,
    incremental: false,
    async getJson(requestPath) {
      const key = fixtureKey(requestPath)
      // A collection the CMS did not have when the fixture was recorded (events, issue #11) had no
      // documents then: answer its lists as empty rather than refuse the whole fixture.
      // Likewise a global: an empty answer, and the pages use their defaults.
      if (key.startsWith('/api/globals/') && !index.responses[key]) return {}
      const collection = /^\/api\/([a-z-]+)\?/.exec(key)?.[1]
      if (collection && !index.responses[key] && !Object.keys(index.responses).some((k) => k.startsWith(`/api/${collection}?`))) {
        return { docs: [], totalDocs: 0, limit: 0, totalPages: 1, page: 1, pagingCounter: 1, hasPrevPage: false, hasNextPage: false, prevPage: null, nextPage: null }
      }
      return JSON.parse(await readFile(resolve(index.responses, key), 'utf8'))
    },
    async getBytes(urlOrPath) {
      return readFile(resolve(index.files, fixtureKey(urlOrPath)))
    },
  }
}
