import fs from 'node:fs'
import path from 'node:path'
import { run, step } from './run.ts'

export const root = path.resolve(import.meta.dirname, '..', '..')
const cmsDir = path.join(root, 'cms')
const buildId = path.join(cmsDir, '.next', 'BUILD_ID')

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue
    newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs)
  }
  return newest
}

/** Whether the admin's production build is missing or older than the sources it was built from. */
export function adminBuildIsStale(): boolean {
  if (!fs.existsSync(buildId)) return true
  const built = fs.statSync(buildId).mtimeMs
  const sources = [path.join(cmsDir, 'src'), path.join(root, 'content-models', 'src')]
  return sources.some((dir) => newestMtime(dir) > built) || fs.statSync(path.join(cmsDir, 'next.config.mjs')).mtimeMs > built
}

/** Builds the Payload admin (Next production build, ~1-2 min on two cores) when it is stale. */
export async function ensureAdminBuild(): Promise<void> {
  if (!adminBuildIsStale()) {
    step('Admin build is up to date (cms/.next).')
    return
  }
  step('Building the CMS admin (next build, about 1-2 minutes on two cores)...')
  const started = Date.now()
  const code = await run('npm', ['run', 'build', '-w', '@thidua/cms'], { cwd: root, env: { ...process.env, NODE_ENV: 'production' } })
  if (code !== 0) throw new Error(`The admin build failed (exit ${code}); see the Next.js output above.`)
  console.log(`  admin built in ${((Date.now() - started) / 1000).toFixed(0)} s`)
}
