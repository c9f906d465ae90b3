import { cpSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { FIXTURE_DIR } from './buildSite.ts'

interface FixtureIndex { responses: Record<string, string>; files: Record<string, string> }

/** A copy of the recorded CMS fixture in `dir`, to edit without touching the original. */
export function copyFixture(dir: string): string {
  cpSync(FIXTURE_DIR, dir, { recursive: true })
  return dir
}

/**
 * Changes documents of one collection in a fixture copy, as an edit in the CMS would show up in
 * the anonymous REST answers the portal is built from.
 */
export function editFixtureDocs<T = Record<string, unknown>>(dir: string, collection: string, edit: (docs: T[]) => void): void {
  const index = JSON.parse(readFileSync(path.join(dir, 'index.json'), 'utf8')) as FixtureIndex
  const files = Object.entries(index.responses).filter(([request]) => request.startsWith(`/api/${collection}?`)).map(([, file]) => file)
  if (files.length === 0) throw new Error(`The fixture has no recorded list of ${collection}`)
  for (const file of files) {
    const full = path.join(dir, file)
    const page = JSON.parse(readFileSync(full, 'utf8')) as { docs: T[] }
    edit(page.docs)
    writeFileSync(full, JSON.stringify(page, null, 1))
  }
}
