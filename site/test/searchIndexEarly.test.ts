import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * A full build indexes the content for search while Astro renders (Pagefind is a process of its
 * own, so it uses the second core), not after: the index is made from the content, not the pages.
 * Each case runs in a process of its own: the registration is process-wide, as in a build.
 */
const run = (mode: string, env: NodeJS.ProcessEnv = process.env) => spawnSync(process.execPath, [path.join(import.meta.dirname, 'fixtures/scripts/indexEarly.ts'), mode], { encoding: 'utf8', timeout: 120_000, env })

describe('the full search index starts before the pages are rendered', () => {
  it('is written before finishSearchIndex() is called, which then gives its page count, leaving no documents behind', () => {
    // Pagefind's command reads the search documents from a temporary folder, removed once indexed.
    const tmp = mkdtempSync(path.join(tmpdir(), 'thidua-tmpdir-'))
    const r = run('early', { ...process.env, SITE_SEARCH_DOCUMENTS_DIR: tmp })
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain('before finish: indexed')
    expect(r.stdout).toContain('pages: 300')
    expect(r.status).toBe(0)
    expect(readdirSync(tmp).filter((name) => name.startsWith('thidua-search-'))).toEqual([])
    rmSync(tmp, { recursive: true, force: true })
  }, 150_000)

  it('makes a big index in parts, writing the next part\'s documents while Pagefind indexes one, and leaves none behind', () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'thidua-tmpdir-'))
    const r = run('early', { ...process.env, SITE_SEARCH_DOCUMENTS_DIR: tmp, SITE_SEARCH_SHARD_PAGES: '100' })
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain('pages: 300')
    expect(r.stdout).toContain('parts: ["part-2/","part-3/"]')
    expect(r.stdout).toContain('part-3/pagefind-entry.json: yes')
    expect(readdirSync(tmp).filter((name) => name.startsWith('thidua-search-'))).toEqual([])
    rmSync(tmp, { recursive: true, force: true })
  }, 150_000)

  it('removes every part\'s documents when Pagefind fails on the first, the next part\'s included', () => {
    const tmp = mkdtempSync(path.join(tmpdir(), 'thidua-tmpdir-'))
    const failing = path.join(tmp, 'pagefind-fails')
    writeFileSync(failing, '#!/bin/sh\necho "Error: no space left on device" >&2\nexit 3\n', { mode: 0o755 })
    const r = run('failing', { ...process.env, SITE_SEARCH_DOCUMENTS_DIR: tmp, SITE_SEARCH_SHARD_PAGES: '100', PAGEFIND_BINARY_PATH: failing })
    expect(r.stderr).toMatch(/SearchIndexError: The search index was not written: Pagefind exited with 3:\s+Error: no space left on device/)
    expect(r.status).not.toBe(0)
    expect(readdirSync(tmp).filter((name) => name.startsWith('thidua-search-'))).toEqual([])
    rmSync(tmp, { recursive: true, force: true })
  }, 150_000)

  it('writes an index with no pages for a portal with nothing to find (Pagefind\'s command refuses an empty folder)', () => {
    const r = run('empty')
    expect(r.stderr).toBe('')
    expect(r.stdout).toContain('before finish: indexed')
    expect(r.stdout).toContain('pages: 0')
    expect(r.status).toBe(0)
  }, 150_000)

  it('waits for the end on the fast path, which indexes only the pages it rendered', () => {
    const r = run('fast')
    expect(r.stdout).toContain('before finish: not indexed')
    expect(r.status).toBe(0)
  }, 30_000)

  it('refuses to finish an index started for another output folder', () => {
    const r = run('elsewhere')
    expect(r.stdout).toMatch(/SearchIndexError: The search index was started in .*thidua-early-index-.* but the build wrote .*thidua-other-dist-/)
    expect(r.status).toBe(0)
  }, 150_000)
})
