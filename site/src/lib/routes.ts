import { readFileSync } from 'node:fs'
import { paginate, pageParam, type Page } from '@thidua/content-models'
import { DEFERRED_KEY, PAGE_DEPS_KEY } from '../integrations/fastPathIntegration.ts'
import { DEFER_SHIFTED_ENV, onlyShifted } from './deferredPages.ts'
import { fastMode, getAffectedPaths, getChangedKeys, getPreviousPageDeps, syncRemovedAny } from './fastPath.ts'
import { PER_PAGE } from './siteConfig.ts'

/**
 * Which pages of the dynamic routes this build renders: all of them, or on the fast path only
 * those the last sync touched (SITE_FAST=1) or listed in SITE_ONLY_PATHS=<json file>.
 */
const explicit: ReadonlySet<string> | null = process.env.SITE_ONLY_PATHS
  ? new Set(JSON.parse(readFileSync(process.env.SITE_ONLY_PATHS, 'utf8')) as string[])
  : null

/** Whether this build renders every page (false on the fast path). */
export const isFullBuild = explicit === null && !fastMode

async function only(): Promise<ReadonlySet<string> | null> {
  if (explicit) return explicit
  if (!fastMode) return null
  const affected = await getAffectedPaths()
  return affected.fullBuildReason ? null : affected.render
}

/**
 * What each page of the dynamic routes shows from the content, in order ("a:12" an article, "e:3" a
 * profile; the pager's numbers too), recorded by every build for the next fast build (issue #14,
 * point 1): a page is rendered again when what it shows changed since the build of the live release
 * (a story moved to the next list page, a new related story) or when something it shows changed
 * (a title, a slug, a photo). Pages no longer produced are removed.
 */
const recorded: Map<string, string> = ((globalThis as unknown as Record<symbol, Map<string, string>>)[PAGE_DEPS_KEY] ??= new Map())

/** A document's key in a page's dependencies. */
export const docKey = (collection: 'a' | 'e' | 'v', id: unknown) => `${collection}:${String(id)}`

async function depsChanged(before: string | undefined, deps: readonly string[]): Promise<boolean> {
  if (before === undefined || before !== deps.join(' ')) return true
  const changed = await getChangedKeys()
  return deps.some((key) => changed.has(key))
}

/**
 * The list pages this build leaves as they are live (lib/deferredPages.ts), for
 * integrations/fastPathIntegration.ts: only with SITE_DEFER_SHIFTED=1 on the fast path, and never
 * when the sync removed a document.
 */
const deferred: Set<string> = ((globalThis as unknown as Record<symbol, Set<string>>)[DEFERRED_KEY] ??= new Set())
const deferring = fastMode && explicit === null && process.env[DEFER_SHIFTED_ENV] === '1'

/**
 * Keeps the entries this build renders: all of them, or on the fast path those the change journal
 * names (content-models affectedPaths) and those whose dependencies changed (`deps`; by default
 * the ones listRoutes() puts in the props).
 */
export async function selectPaths<T extends { props: { path: string; deps?: readonly string[] } }>(entries: T[], deps: (entry: T) => readonly string[] = (e) => e.props.deps ?? []): Promise<T[]> {
  const signatures = entries.map((e) => deps(e))
  entries.forEach((e, i) => recorded.set(e.props.path, signatures[i]!.join(' ')))
  const keep = await only()
  if (keep === null) return entries
  if (explicit) return entries.filter((e) => keep.has(e.props.path))
  const plan = (await getAffectedPaths()).render
  const selected: T[] = []
  const previous = await getPreviousPageDeps()
  const mayDefer = deferring && !syncRemovedAny()
  for (const [i, e] of entries.entries()) {
    const before = previous[e.props.path]
    if (!keep.has(e.props.path)) {
      if (!(await depsChanged(before, signatures[i]!))) continue
      if (mayDefer && onlyShifted(before, signatures[i]!, await getChangedKeys())) {
        // The live page stays, and what it shows is recorded as before: the next build renders it.
        recorded.set(e.props.path, before!)
        deferred.add(e.props.path)
        continue
      }
    }
    selected.push(e)
    // The plan then names every page this build renders: the search index re-indexes them all (an
    // article naming a profile that was unpublished shows, and is found by, its name no more).
    plan.add(e.props.path)
  }
  return selected
}

/** The key of an item of a list: an entry of a mixed list, an article or a profile. */
function itemKey(x: unknown): string {
  const entry = x as { type?: string; item?: { id: unknown }; id?: unknown; exemplars?: unknown }
  if (entry.item && entry.type) return docKey(entry.type === 'article' ? 'a' : 'e', entry.item.id)
  return docKey('exemplars' in (entry as object) ? 'a' : 'e', entry.id)
}

/** getStaticPaths entries for a paginated list under `href(n)`: `[...page]` is undefined or `trang/n`. */
export function listRoutes<T, X extends object>(
  items: readonly T[], href: (n: number) => string, extra: X, params: Record<string, string> = {},
) {
  return paginate(items, PER_PAGE).map((page: Page<T>) => ({
    params: { ...params, page: pageParam(page.number) },
    props: { ...extra, page, path: href(page.number), deps: [`page:${page.number}/${page.total}/${items.length}`, ...page.items.map(itemKey)] },
  }))
}

