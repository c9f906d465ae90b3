/**
 * The one test command (`npm test`): type-checks every package (`npm run typecheck`, when no
 * projects are named), builds what the end-to-end suites need, starts FerretDB when no
 * MONGODB_URI is given (issue #12), then runs every Vitest project (content-models, cms, site,
 * publisher, e2e) and the CMS suites again on MongoDB's protocol (cms-mongodb). Prints the count of
 * tests run on each database and names every failed test, and ends with a plain "N passed, N failed"
 * line for CI.
 */
import fs from 'node:fs'
import path from 'node:path'
import { ensureAdminBuild, root } from './lib/adminBuild.ts'
import { ferretdbBinary, startFerretdb, type RunningFerretdb } from './lib/ferretdb.ts'
import { run, step } from './lib/run.ts'
import { failedTests, type Report } from './lib/testReport.ts'

async function vitest(args: string[], name: string): Promise<{ code: number; report: Report | null }> {
  const file = path.join(root, 'test-results', `${name}.json`)
  fs.rmSync(file, { force: true })
  const code = await run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`, ...args], { cwd: root })
  return { code, report: fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Report) : null }
}

const asked = process.argv.slice(2)
let typecheckCode = 0
if (!asked.length) {
  step('Type-checking every package (tsc --noEmit)...')
  typecheckCode = await run('npm', ['run', '--silent', 'typecheck'], { cwd: root })
}
await ensureAdminBuild()

let ferret: RunningFerretdb | null = null
if (!process.env.MONGODB_URI) {
  const binary = ferretdbBinary()
  if (binary) {
    step('Starting FerretDB (MongoDB wire protocol, embedded SQLite) for the MongoDB suites...')
    ferret = await startFerretdb(binary)
    process.env.MONGODB_URI = ferret.uri
    process.env.MONGODB_COMPAT ??= 'ferretdb'
    console.log(`FerretDB listening at ${ferret.uri}`)
  } else {
    console.log('Note: no MONGODB_URI and no FerretDB (run scripts/ci/install-ferretdb.sh): the MongoDB suites are skipped.')
  }
}

const results: Array<{ label: string; code: number; report: Report | null }> = []
try {
  step('Running all test projects (vitest run)...')
  const main = asked.length ? asked : ['--project', 'content-models', '--project', 'cms', '--project', 'site', '--project', 'publisher', '--project', 'e2e']
  results.push({ label: 'SQLite and the rest', ...(await vitest(main, 'vitest')) })
  if (process.env.MONGODB_URI && (!asked.length || asked.includes('cms-mongodb'))) {
    step(`Running the CMS suites on MongoDB's protocol (${ferret ? 'FerretDB' : process.env.MONGODB_URI})...`)
    results.push({ label: 'MongoDB', ...(await vitest(['--project', 'cms-mongodb'], 'vitest-mongodb')) })
  }
} finally {
  await ferret?.stop()
}

const failures = results.flatMap((r) => (r.report ? failedTests(r.report, root).map((line) => `${r.label}: ${line}`) : []))
if (failures.length) console.log(`\nFailed:\n${failures.join('\n')}\n`)
const sum = (pick: (r: Report) => number) => results.reduce((total, r) => total + (r.report ? pick(r.report) : 0), 0)
for (const r of results) {
  if (r.report) console.log(`${r.label}: ${r.report.numPassedTests} passed, ${r.report.numFailedTests} failed, ${r.report.numPendingTests + r.report.numTodoTests} skipped`)
}
if (typecheckCode !== 0) console.log('Type check: failed (see the tsc errors above; `npm run typecheck` repeats them)')
console.log(`\nTests: ${sum((r) => r.numPassedTests)} passed, ${sum((r) => r.numFailedTests)} failed, ${sum((r) => r.numPendingTests + r.numTodoTests)} skipped`)
process.exit(typecheckCode !== 0 || results.some((r) => r.code !== 0) ? 1 : 0)
