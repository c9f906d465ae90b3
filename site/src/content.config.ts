// From astro/content/config (what astro:content's types point to): a small module of Astro's,
// where importing astro:content compiles Astro's whole page runtime through Vite before content
// can sync, about half a second of every build. test/buildStartup.test.ts guards it.
import { defineCollection } from 'astro/content/config'
import { COLLECTIONS, GLOBALS } from '@thidua/content-models'
import { payloadLoader } from './loaders/payloadLoader.ts'
import { globalLoader } from './loaders/globalLoader.ts'
import { articleSchema, audioSchema, eventSchema, exemplarSchema, mediaSchema, portalInfoSchema, taxonomySchema } from './loaders/schemas.ts'

/**
 * The portal's data: the CMS's public REST answers (env CMS_URL), or a recorded fixture (env
 * FIXTURE). Read through site/src/lib/content.ts, which resolves references between collections.
 */
export const collections = {
  articles: defineCollection({ loader: payloadLoader({ collection: COLLECTIONS.articles, bodyFields: ['body'] }), schema: articleSchema }),
  exemplars: defineCollection({ loader: payloadLoader({ collection: COLLECTIONS.exemplars, bodyFields: ['achievements', 'initiatives'] }), schema: exemplarSchema }),
  // Events (issue #11): a portal may have none yet.
  events: defineCollection({ loader: payloadLoader({ collection: COLLECTIONS.events, bodyFields: ['body'], allowEmpty: true }), schema: eventSchema }),
  // "Thông tin cổng" (issue #13, point 3): footer and about page.
  portal: defineCollection({ loader: globalLoader(GLOBALS.portalInfo), schema: portalInfoSchema }),
  categories: defineCollection({ loader: payloadLoader({ collection: COLLECTIONS.categories }), schema: taxonomySchema }),
  movements: defineCollection({ loader: payloadLoader({ collection: COLLECTIONS.movements }), schema: taxonomySchema }),
  units: defineCollection({ loader: payloadLoader({ collection: COLLECTIONS.units }), schema: taxonomySchema }),
  media: defineCollection({ loader: payloadLoader({ collection: COLLECTIONS.media, allowEmpty: true }), schema: mediaSchema }),
  audio: defineCollection({ loader: payloadLoader({ collection: COLLECTIONS.audio, allowEmpty: true }), schema: audioSchema }),
}
