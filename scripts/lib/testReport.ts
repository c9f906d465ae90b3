/**
 * Reads Vitest's JSON report for the summary `npm test` ends with: the counts, and every failed
 * test named with the first line of its error, so that the last lines of a CI log say what failed.
 */
import path from 'node:path'

interface AssertionResult { status: string; fullName: string; failureMessages?: string[] | null }
interface FileResult { name: string; status: string; message?: string; assertionResults: AssertionResult[] }
export interface Report {
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  testResults?: FileResult[]
}

// Vitest's messages carry ANSI colours; the summary is read as plain text.
// eslint-disable-next-line no-control-regex
const ansi = /\u001b\[[0-9;]*m/g

function firstLine(message: string | undefined): string {
  const line = (message ?? '').replace(ansi, '').split('\n').find((l) => l.trim()) ?? ''
  return line.trim().slice(0, 300)
}

/** One line per failed test, and per test file that failed outside its tests (a hook, an import). */
export function failedTests(report: Report, root: string): string[] {
  const lines: string[] = []
  for (const file of report.testResults ?? []) {
    const name = path.relative(root, file.name)
    const failed = file.assertionResults.filter((t) => t.status === 'failed')
    for (const test of failed) lines.push(`✗ ${name} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`)
    if (!failed.length && file.status === 'failed') lines.push(`✗ ${name}: ${firstLine(file.message) || 'the file failed outside its tests'}`)
  }
  return lines
}
