import { affectedPaths, ancestorsOf, COLLECTIONS, eventProfileIds, GLOBALS, type AffectedPaths, type DocSnapshot, type Id } from '@thidua/content-models'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { PAGE_DEPS_FILE } from '../integrations/fastPathIntegration.ts'
import { readJsonFile } from './jsonFile.ts'
import { readJournal } from '../loaders/changeJournal.ts'
import { PER_PAGE } from './siteConfig.ts'
import { getSite } from './site.ts'
import { perBuild } from './buildScope.ts'

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
  // Taxonomy and media: names and links on many pages, and the portal's information (the footer of
  // every page): a full build. Events (issue #11) take the
  // fast path: their pages, and the pages showing them through their dependencies (lib/routes.ts).
  const other: string[] = [COLLECTIONS.categories, COLLECTIONS.movements, COLLECTIONS.units, COLLECTIONS.media, COLLECTIONS.audio, GLOBALS.portalInfo]
    .filter((c) => { const j = readJournal(cacheDir, c); return j === null || j.changed.length + j.removed.length > 0 })
  // Without a journal (no sync recorded one), what changed is unknown: a full build.
  const eventChanges = readJournal(cacheDir, COLLECTIONS.events)
  if (eventChanges === null) other.push(COLLECTIONS.events)
  const snap = (d: { slug: string; publishedAt?: string | null; createdAt?: string; field?: { id: Id } | null; unit?: { id: Id } | null; movements?: readonly { id: Id }[] }): DocSnapshot => ({
    slug: d.slug, publishedAt: d.publishedAt ?? null, createdAt: d.createdAt ?? null, field: d.field?.id ?? null, unit: d.unit?.id ?? null,
    movements: ids(d.movements),
  })
  const categories = [...site.categories.values()]
  const units = [...site.units.values()]
  const articleChanges = readJournal(cacheDir, COLLECTIONS.articles)
  const plan = affectedPaths(
    {
      articles: articleChanges ?? undefined, exemplars: readJournal(cacheDir, COLLECTIONS.exemplars) ?? undefined,
      events: eventChanges ?? undefined, other,
    },
    {
      articles: site.articles.map((a) => ({ id: a.id, ...snap(a), tags: a.tags ?? [], exemplars: ids(a.exemplars) })),
      exemplars: site.exemplarList.map((e) => ({ id: e.id, ...snap(e), kind: e.kind, subjectType: e.subjectType })),
      events: site.events.map((e) => ({ id: e.id, slug: e.slug, exemplars: eventProfileIds(e) })),
      perPage: PER_PAGE,
      fieldWithAncestors: ancestorsOf(categories),
      unitWithAncestors: ancestorsOf(units),
      fieldSlug: (id) => site.categories.get(id)?.slug,
      movementSlug: (id) => site.movements.get(id)?.slug,
      unitSlug: (id) => site.units.get(id)?.slug,
    },
  )
  if (plan.fullBuildReason) return plan
  // What each page showed at the last build (lib/routes.ts selectPaths): without it, pages whose
  // lists shifted could not be found.
  if (!existsSync(path.join(cacheDir, PAGE_DEPS_FILE))) return { ...plan, fullBuildReason: 'the last build left no record of what each page shows' }
  return plan
}

/** What each dynamic page showed at the last build, by path (see lib/routes.ts). */
export function getPreviousPageDeps(): Promise<Record<string, string>> {
  return perBuild('fastPath.previousDeps', async () => {
    const file = path.join(process.env.SITE_CACHE_DIR ?? '', PAGE_DEPS_FILE)
    return readJsonFile<Record<string, string>>(file) ?? {}
  })
}

/** The articles ("a:id"), profiles ("e:id") and events ("v:id") the last sync found new or changed. */
export function getChangedKeys(): Promise<Set<string>> {
  return perBuild('fastPath.changedKeys', async () => {
    const cacheDir = process.env.SITE_CACHE_DIR ?? ''
    const keys = new Set<string>()
    for (const [prefix, collection] of [['a', COLLECTIONS.articles], ['e', COLLECTIONS.exemplars], ['v', COLLECTIONS.events]] as const) {
      for (const c of readJournal(cacheDir, collection)?.changed ?? []) keys.add(`${prefix}:${c.id}`)
    }
    return keys
  })
}

/** Whether the last sync removed an article, a profile or an event (unpublished or deleted); read once per build. */
export function syncRemovedAny(): boolean {
  return perBuild('fastPath.removedAny', () => {
    const cacheDir = process.env.SITE_CACHE_DIR ?? ''
    return [COLLECTIONS.articles, COLLECTIONS.exemplars, COLLECTIONS.events].some((c) => (readJournal(cacheDir, c)?.removed.length ?? 0) > 0)
  })
}

/** Handed to integrations/fastPathIntegration.ts, which writes it for the build wrapper. */
export const FAST_PLAN_KEY = Symbol.for('thidua.site.fastPlan')

/** The pages the fast path renders and removes; computed once per build. */
export function getAffectedPaths(): Promise<AffectedPaths> {
  return perBuild('fastPath.plan', () => compute().then((plan) => {
    ;(globalThis as unknown as Record<symbol, AffectedPaths>)[FAST_PLAN_KEY] = plan
    return plan
  }))
}
