import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statfsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { searchDocument } from '@thidua/content-models'
import { SearchIndexError, documentsDir, documentsRoot, runPagefind, writeDocuments } from '../src/lib/search/pagefindCli.ts'

const dirs: string[] = []
const tempDir = (name: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), `thidua-${name}-`))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  delete process.env.PAGEFIND_BINARY_PATH
  if (savedDir === undefined) delete process.env.SITE_SEARCH_DOCUMENTS_DIR
  else process.env.SITE_SEARCH_DOCUMENTS_DIR = savedDir
})
const savedDir = process.env.SITE_SEARCH_DOCUMENTS_DIR

const doc = (url: string, title: string) => [url, () => searchDocument({ url, title, summary: 'Sapô.', keywords: [], text: `${title}: thi đua yêu nước.`, type: 'Bài viết' })] as const

/** The search index is made by Pagefind's command over a folder of search documents (lib/search/pagefindCli.ts). */
describe("Pagefind's command", () => {
  it('indexes every document written, each under the URL it was given', async () => {
    const site = tempDir('search-docs')
    const out = tempDir('search-out')
    const count = await writeDocuments(site, [doc('/bai-viet/hoa-binh/', 'Hoà Bình'), doc('/dien-hinh/nguyen-van-an/', 'Nguyễn Văn An')])
    expect(count).toBe(2)
    await runPagefind(site, out, count)
    expect(readdirSync(path.join(out, 'fragment')).filter((f) => f.endsWith('.pf_fragment'))).toHaveLength(2)
    expect(readdirSync(out)).toContain('pagefind.js')
  }, 30_000)

  it('refuses a URL that Pagefind would not give back unchanged, naming it', async () => {
    for (const url of ['/bai-viet/khong-gach-cheo', '/bai-viet/../ngoai/', '/bài viết/', 'bai-viet/x/']) {
      await expect(writeDocuments(tempDir('search-docs'), [doc(url, 'X')])).rejects.toThrow(`The page ${JSON.stringify(url)} cannot be indexed`)
    }
  })

  it('refuses the same page twice', async () => {
    await expect(writeDocuments(tempDir('search-docs'), [doc('/a/', 'A'), doc('/a/', 'B')])).rejects.toThrow('The page /a/ was given to the search index twice.')
  })

  it('fails when Pagefind indexed fewer pages than were written', async () => {
    const site = tempDir('search-docs')
    await writeDocuments(site, [doc('/a/', 'A'), doc('/b/', 'B')])
    // Three expected, two there: the count Pagefind reports is checked, not assumed.
    const error = await runPagefind(site, tempDir('search-out'), 3).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(SearchIndexError)
    expect((error as Error).message).toMatch(/^The search index is incomplete: Pagefind indexed 2 of 3 pages/)
  }, 30_000)

  it('says what to do when its program is missing', async () => {
    process.env.PAGEFIND_BINARY_PATH = '/nonexistent/pagefind'
    const site = tempDir('search-docs')
    await writeDocuments(site, [doc('/a/', 'A')])
    await expect(runPagefind(site, tempDir('search-out'), 1)).rejects.toThrow(/Pagefind \(\/nonexistent\/pagefind\) did not start: .*ENOENT.*Run npm install, or set PAGEFIND_BINARY_PATH/)
  })

  it("removes the documents' folders of builds that were killed, not those of running ones", async () => {
    const tmp = tempDir('tmpdir')
    const gone = spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout.trim()
    mkdirSync(path.join(tmp, `thidua-search-${gone}-killed`, 'bai-viet', 'a'), { recursive: true })
    mkdirSync(path.join(tmp, `thidua-search-${process.pid}-running`))
    mkdirSync(path.join(tmp, 'thidua-search-fixture-other'))
    process.env.SITE_SEARCH_DOCUMENTS_DIR = tmp
    const dir = await documentsDir()
    expect(path.dirname(dir)).toBe(tmp)
    expect(readdirSync(tmp).sort()).toEqual([path.basename(dir), `thidua-search-${process.pid}-running`, 'thidua-search-fixture-other'].sort())
    expect(path.basename(dir)).toMatch(new RegExp(`^thidua-search-${process.pid}-`))
  })

  it('puts the documents in memory (/dev/shm) when it has room, else in TMPDIR; SITE_SEARCH_DOCUMENTS_DIR wins', () => {
    const shm = (() => {
      try {
        const fs = statfsSync('/dev/shm')
        return fs.bavail * fs.bsize
      } catch {
        return 0
      }
    })()
    delete process.env.SITE_SEARCH_DOCUMENTS_DIR
    expect(documentsRoot()).toBe(shm >= 512 * 1024 * 1024 ? '/dev/shm' : tmpdir())
    process.env.SITE_SEARCH_DOCUMENTS_DIR = '/srv/tam'
    expect(documentsRoot()).toBe('/srv/tam')
  })
})
