import { affectedPaths, ancestorsOf, COLLECTIONS, type AffectedPaths, type DocSnapshot, type Id } from '@thidua/content-models'
import { readJournal } from '../loaders/changeJournal.ts'
import { PER_PAGE } from './siteConfig.ts'
import { getSite } from './site.ts'

/**
 * The fast path (README, "Publishing one change"): with SITE_FAST=1 the dynamic routes render only
 * the pages the last sync's changes touch (content-models affectedPaths); static pages always
 * render. SITE_ONLY_PATHS=<json file> names the pages explicitly instead.
 */
export const fastMode = process.env.SITE_FAST === '1'

const ids = (refs: readonly { id: Id }[] | null | undefined) => (refs ?? []).map((r) => r.id)

async function compute(): Promise<AffectedPaths> {
  const cacheDir = process.env.SITE_CACHE_DIR ?? ''
  const site = await getSite()
  // Events (issue #11) touch the events pages, profiles and the calendar: a full build, like the taxonomy.
  const other = [COLLECTIONS.events, COLLECTIONS.categories, COLLECTIONS.movements, COLLECTIONS.units, COLLECTIONS.media, COLLECTIONS.audio]
    .filter((c) => { const j = readJournal(cacheDir, c); return j === null || j.changed.length + j.removed.length > 0 })
  const snap = (d: { slug: string; publishedAt?: string | null; createdAt?: string; field?: { id: Id } | null; unit?: { id: Id } | null; movements?: readonly { id: Id }[] }): DocSnapshot => ({
    slug: d.slug, publishedAt: d.publishedAt ?? null, createdAt: d.createdAt ?? null, field: d.field?.id ?? null, unit: d.unit?.id ?? null,
    movements: ids(d.movements),
  })
  const categories = [...site.categories.values()]
  const units = [...site.units.values()]
  return affectedPaths(
    { articles: readJournal(cacheDir, COLLECTIONS.articles) ?? undefined, exemplars: readJournal(cacheDir, COLLECTIONS.exemplars) ?? undefined, other },
    {
      articles: site.articles.map((a) => ({ id: a.id, ...snap(a), tags: a.tags ?? [], exemplars: ids(a.exemplars) })),
      exemplars: site.exemplarList.map((e) => ({ id: e.id, ...snap(e), kind: e.kind, subjectType: e.subjectType })),
      perPage: PER_PAGE,
      fieldWithAncestors: ancestorsOf(categories),
      unitWithAncestors: ancestorsOf(units),
      fieldSlug: (id) => site.categories.get(id)?.slug,
      movementSlug: (id) => site.movements.get(id)?.slug,
      unitSlug: (id) => site.units.get(id)?.slug,
    },
  )
}

let cached: Promise<AffectedPaths> | undefined

/** Handed to integrations/fastPathIntegration.ts, which writes it for the build wrapper. */
export const FAST_PLAN_KEY = Symbol.for('thidua.site.fastPlan')

/** The pages the fast path renders and removes; computed once per build. */
export function getAffectedPaths(): Promise<AffectedPaths> {
  cached ??= compute().then((plan) => {
    ;(globalThis as unknown as Record<symbol, AffectedPaths>)[FAST_PLAN_KEY] = plan
    return plan
  })
  return cached
}
