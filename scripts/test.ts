/**
 * The one test command (`npm test`): builds what the end-to-end suites need, then runs every
 * Vitest project (content-models, cms, site, publisher, e2e). MongoDB suites run only when
 * MONGODB_URI is set. Ends with a plain "N passed, N failed" line for CI.
 */
import fs from 'node:fs'
import path from 'node:path'
import { ensureAdminBuild, root } from './lib/adminBuild.ts'
import { run, step } from './lib/run.ts'

if (!process.env.MONGODB_URI) {
  console.log('Note: MONGODB_URI is not set, so the MongoDB suites will be skipped (SQLite is tested in full).')
}
await ensureAdminBuild()
step('Running all test projects (vitest run)...')
const report = path.join(root, 'test-results', 'vitest.json')
fs.rmSync(report, { force: true })
const code = await run(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { cwd: root },
)
if (fs.existsSync(report)) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }
  console.log(`\nTests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests + r.numTodoTests} skipped`)
}
process.exit(code)
