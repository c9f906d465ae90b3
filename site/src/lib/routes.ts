import { readFileSync } from 'node:fs'
import { paginate, pageParam, type Page } from '@thidua/content-models'
import { PER_PAGE } from './siteConfig.ts'

/**
 * The fast path (README, "Publishing one change"): when SITE_ONLY_PATHS names a JSON file with a
 * list of page paths, dynamic routes render only those; static pages (home, indexes) always render.
 */
const only: ReadonlySet<string> | null = (() => {
  const file = process.env.SITE_ONLY_PATHS
  if (!file) return null
  return new Set(JSON.parse(readFileSync(file, 'utf8')) as string[])
})()

/** Whether this build renders every page (false on the fast path). */
export const isFullBuild = only === null

/** Keeps the entries a partial build asks for; every entry in a full build. */
export function selectPaths<T extends { props: { path: string } }>(entries: T[]): T[] {
  return only === null ? entries : entries.filter((e) => only.has(e.props.path))
}

/** getStaticPaths entries for a paginated list under `href(n)`: `[...page]` is undefined or `trang/n`. */
export function listRoutes<T, X extends object>(
  items: readonly T[], href: (n: number) => string, extra: X, params: Record<string, string> = {},
) {
  return selectPaths(paginate(items, PER_PAGE).map((page: Page<T>) => ({
    params: { ...params, page: pageParam(page.number) },
    props: { ...extra, page, path: href(page.number) },
  })))
}
