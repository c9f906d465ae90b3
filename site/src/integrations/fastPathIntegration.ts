import { writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { AstroIntegration } from 'astro'
import type { AffectedPaths } from '@thidua/content-models'

/** Where a fast build leaves its plan for scripts/build.ts: which pages it rendered and which to delete. */
export const FAST_PLAN_FILE = 'thidua-fast-plan.json'

/** Writes the fast path's plan (lib/fastPath.ts) into the cache dir at the end of a SITE_FAST=1 build. */
export function fastPathIntegration(): AstroIntegration {
  let cacheDir = ''
  return {
    name: 'thidua-fast-path',
    hooks: {
      'astro:config:done': ({ config }) => { cacheDir = fileURLToPath(config.cacheDir) },
      'astro:build:done': ({ logger }) => {
        if (process.env.SITE_FAST !== '1') return
        const plan = (globalThis as unknown as Record<symbol, AffectedPaths | undefined>)[Symbol.for('thidua.site.fastPlan')]
        const out = plan
          ? { render: [...plan.render], remove: [...plan.remove], fullBuildReason: plan.fullBuildReason }
          : { render: [], remove: [], fullBuildReason: null }
        writeFileSync(path.join(cacheDir, FAST_PLAN_FILE), JSON.stringify(out, null, 1))
        logger.info(out.fullBuildReason ? `fast path declined: ${out.fullBuildReason}; rendered everything` : `fast path: ${out.render.length} page(s) to publish, ${out.remove.length} to remove`)
      },
    },
  }
}
