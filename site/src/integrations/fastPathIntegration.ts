import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import type { AffectedPaths } from '@thidua/content-models'
import { readJsonFile } from '../lib/jsonFile.ts'

/** Where a fast build leaves its plan for scripts/build.ts: which pages it rendered and which to delete. */
export const FAST_PLAN_FILE = 'thidua-fast-plan.json'
/** Where every build leaves what each dynamic page shows, for the next fast build (lib/routes.ts). */
export const PAGE_DEPS_FILE = 'thidua-page-deps.json'
/** Where lib/routes.ts records it during the build. */
export const PAGE_DEPS_KEY = Symbol.for('thidua.site.pageDeps')
/** Where lib/routes.ts records the list pages a fast build leaves for the next (lib/deferredPages.ts). */
export const DEFERRED_KEY = Symbol.for('thidua.site.deferredPages')

/**
 * Writes, into the cache dir: after every build, what each dynamic page shows (lib/routes.ts), which
 * the next fast build compares with what the pages would show now; after a SITE_FAST=1 build, the
 * fast path's plan (lib/fastPath.ts) for scripts/build.ts, with the pages no route produces any more
 * among those to remove and the number of list pages left for the next build (lib/deferredPages.ts).
 */
export function fastPathIntegration(): AstroIntegration {
  let cacheDir = ''
  return {
    name: 'thidua-fast-path',
    hooks: {
      'astro:config:done': ({ config }) => { cacheDir = fileURLToPath(config.cacheDir) },
      'astro:build:done': ({ logger }) => {
        const depsFile = path.join(cacheDir, PAGE_DEPS_FILE)
        const previous = readJsonFile<Record<string, string>>(depsFile) ?? {}
        const recorded = (globalThis as unknown as Record<symbol, Map<string, string> | undefined>)[PAGE_DEPS_KEY] ?? new Map<string, string>()
        writeFileSync(depsFile, JSON.stringify(Object.fromEntries(recorded)))
        if (process.env.SITE_FAST !== '1') return
        const plan = (globalThis as unknown as Record<symbol, AffectedPaths | undefined>)[Symbol.for('thidua.site.fastPlan')]
        const gone = Object.keys(previous).filter((page) => !recorded.has(page))
        const deferred = (globalThis as unknown as Record<symbol, Set<string> | undefined>)[DEFERRED_KEY]?.size ?? 0
        const out = plan
          ? { render: [...plan.render], remove: [...new Set([...plan.remove, ...gone])], deferred, fullBuildReason: plan.fullBuildReason }
          : { render: [], remove: gone, deferred, fullBuildReason: null }
        writeFileSync(path.join(cacheDir, FAST_PLAN_FILE), JSON.stringify(out, null, 1))
        logger.info(out.fullBuildReason ? `fast path declined: ${out.fullBuildReason}; rendered everything` : `fast path: ${out.render.length} page(s) to publish, ${out.remove.length} to remove${deferred ? `, ${deferred} list page(s) left for the next build` : ''}`)
      },
    },
  }
}
