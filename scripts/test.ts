/**
 * The one test command (`npm test`): builds what the end-to-end suites need, then runs every
 * Vitest project (content-models, cms, site, e2e). MongoDB suites run only when MONGODB_URI is set.
 */
import { ensureAdminBuild, root } from './lib/adminBuild.ts'
import { run, step } from './lib/run.ts'

if (!process.env.MONGODB_URI) {
  console.log('Note: MONGODB_URI is not set, so the MongoDB suites will be skipped (SQLite is tested in full).')
}
await ensureAdminBuild()
step('Running all test projects (vitest run)...')
const code = await run('npx', ['vitest', 'run', ...process.argv.slice(2)], { cwd: root })
process.exit(code)
