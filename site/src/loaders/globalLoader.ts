import { fileURLToPath } from 'node:url'
import type { Loader } from 'astro/loaders'
import { PUBLIC_FIELDS, type GlobalSlug } from '@thidua/content-models'
import { createFixtureSource } from './fixtureSource.ts'
import { createHttpSource } from './httpSource.ts'
import { globalPath } from './requests.ts'
import { globalRecord, writeSyncRecord } from './syncRecord.ts'

/**
 * A Payload global as a one-entry content collection, read anonymously like the collections (the
 * portal's information, issue #13, point 3), its public fields only. A fixture recorded before the
 * global existed answers `{}`, and the pages fall back to the site's configured defaults.
 */
export function globalLoader(slug: GlobalSlug): Loader {
  return {
    name: `payload-global-${slug}`,
    load: async ({ store, parseData, config }) => {
      const fixture = process.env.FIXTURE || undefined
      const source = fixture ? createFixtureSource(fixture) : createHttpSource(process.env.CMS_URL || 'http://127.0.0.1:3000')
      const answer = (await source.getJson(globalPath(slug))) as Record<string, unknown>
      const data = Object.fromEntries(Object.entries(answer).filter(([key]) => PUBLIC_FIELDS[slug].includes(key)))
      store.clear()
      store.set({ id: slug, data: await parseData({ id: slug, data }) })
      writeSyncRecord(fileURLToPath(config.cacheDir), globalRecord(slug), answer)
    },
  }
}
