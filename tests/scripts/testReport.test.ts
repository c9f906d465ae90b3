import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { failedTests, type Report } from '../../scripts/lib/testReport.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-test-report-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

/** Runs Vitest itself on a small project and returns the JSON report it writes. */
function vitestReport(files: Record<string, string>): Report {
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text)
  fs.writeFileSync(path.join(dir, 'vitest.config.mjs'), "export default { test: { include: ['*.test.mjs'] } }\n")
  const out = path.join(dir, 'report.json')
  try {
    execFileSync(path.join(root, 'node_modules/.bin/vitest'), ['run', '--root', dir, '--reporter=json', `--outputFile.json=${out}`], { cwd: dir, stdio: 'pipe' })
  } catch {
    // Vitest exits 1 when a test fails: the report is what is read.
  }
  return JSON.parse(fs.readFileSync(out, 'utf8')) as Report
}

describe('the summary npm test ends with', () => {
  it('names each failed test with its file and the first line of its error, and nothing that passed', () => {
    const report = vitestReport({
      'sums.test.mjs': [
        "import { describe, expect, it } from 'vitest'",
        "describe('sums', () => {",
        "  it('adds', () => expect(1 + 1).toBe(2))",
        "  it('subtracts', () => expect(3 - 1, 'ba trừ một').toBe(1))",
        '})',
      ].join('\n'),
      'broken.test.mjs': "throw new Error('không tải được tệp')\n",
    })
    expect(report.numFailedTests).toBe(1)
    const lines = failedTests(report, dir).sort()
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatch(/^✗ broken\.test\.mjs: .*không tải được tệp/)
    expect(lines[1]).toMatch(/^✗ sums\.test\.mjs › sums subtracts: .*ba trừ một/)
    expect(lines.join('\n')).not.toMatch(/\u001b\[/)
    expect(lines.join('\n')).not.toContain('adds')
  })

  it('is empty when everything passed', () => {
    fs.rmSync(path.join(dir, 'broken.test.mjs'), { force: true })
    const report = vitestReport({ 'sums.test.mjs': "import { it, expect } from 'vitest'\nit('adds', () => expect(2).toBe(2))\n" })
    expect(report.numPassedTests).toBe(1)
    expect(failedTests(report, dir)).toEqual([])
  })
})
