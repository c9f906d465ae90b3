import { readFileSync } from 'node:fs'
import { paginate, pageParam, type Page } from '@thidua/content-models'
import { fastMode, getAffectedPaths } from './fastPath.ts'
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

/** Keeps the entries this build renders. */
export async function selectPaths<T extends { props: { path: string } }>(entries: T[]): Promise<T[]> {
  const keep = await only()
  return keep === null ? entries : entries.filter((e) => keep.has(e.props.path))
}

/** getStaticPaths entries for a paginated list under `href(n)`: `[...page]` is undefined or `trang/n`. */
export function listRoutes<T, X extends object>(
  items: readonly T[], href: (n: number) => string, extra: X, params: Record<string, string> = {},
) {
  return paginate(items, PER_PAGE).map((page: Page<T>) => ({
    params: { ...params, page: pageParam(page.number) },
    props: { ...extra, page, path: href(page.number) },
  }))
}
