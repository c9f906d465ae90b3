import { fileURLToPath } from 'node:url'
import type { Loader } from 'astro/loaders'
import { PUBLIC_FIELDS, type GlobalSlug } from '@thidua/content-models'
import { createFixtureSource } from './fixtureSource.ts'
import { createHttpSource } from './httpSource.ts'
import { writeJournal } from './changeJournal.ts'
import { globalPath } from './requests.ts'
import { globalRecord, writeSyncRecord } from './syncRecord.ts'

/**
 * A Payload global as a one-entry content collection, read anonymously like the collections (the
 * portal's information, issue #13, point 3), its public fields only. A fixture recorded before the
 * global existed answers `{}`, and the pages fall back to the site's configured defaults. Every
 * page shows it (the footer), so each sync journals whether it changed: the fast path builds
 * everything when it did (lib/fastPath.ts).
 */
export function globalLoader(slug: GlobalSlug): Loader {
  return {
    name: `payload-global-${slug}`,
    load: async ({ store, parseData, config }) => {
      const fixture = process.env.FIXTURE || undefined
      const source = fixture ? createFixtureSource(fixture) : createHttpSource(process.env.CMS_URL || 'http://127.0.0.1:3000')
      const answer = (await source.getJson(globalPath(slug))) as Record<string, unknown>
      const data = Object.fromEntries(Object.entries(answer).filter(([key]) => PUBLIC_FIELDS[slug].includes(key)))
      const parsed = await parseData({ id: slug, data })
      const before = store.get(slug)?.data
      store.clear()
      store.set({ id: slug, data: parsed })
      const cacheDir = fileURLToPath(config.cacheDir)
      const same = before !== undefined && JSON.stringify(before) === JSON.stringify(parsed)
      writeJournal(cacheDir, slug, { changed: same ? [] : [{ id: slug, before: null }], removed: [] })
      writeSyncRecord(cacheDir, globalRecord(slug), answer)
    },
  }
}
