import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, describe, expect, it } from 'vitest'
import { renderMarkdown } from '@thidua/content-models/markdown/renderMarkdown'
import { bodyKey, hasBody, readBodyHtml, writeBody } from '../src/loaders/bodyStore.ts'
import type { CmsSource } from '../src/loaders/cmsSource.ts'
import { fetchAll } from '../src/loaders/fetchDocs.ts'
import { BodyRenderer } from '../src/loaders/renderBodies.ts'

const dirs: string[] = []
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'thidua-bodies-test-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const markdown = (i: number) => `## Mục ${i}\n\nChị **Hoà** số ${i} làm [việc tốt](https://example.gov.vn/${i}).\n\n<script>alert(${i})</script>`

describe('BodyRenderer renders each body once into the body store, as a sync meets them', () => {
  it('renders 1,000 bodies on worker threads, each stored as the renderer makes it, a repeated or stored body not again', async () => {
    const dir = tempDir()
    const stored = markdown(0)
    writeBody(dir, bodyKey(stored), stored, 'ĐÃ CÓ')
    const renderer = new BodyRenderer(dir)
    await renderer.add(bodyKey(stored), stored)
    for (let i = 1; i <= 1000; i++) await renderer.add(bodyKey(markdown(i)), markdown(i))
    for (let i = 1; i <= 10; i++) await renderer.add(bodyKey(markdown(i)), markdown(i))
    expect(await renderer.finish()).toBe(1000)
    for (const i of [1, 2, 399, 400, 401, 777, 1000]) expect(readBodyHtml(dir, bodyKey(markdown(i)))).toBe(renderMarkdown(markdown(i)))
    expect(readBodyHtml(dir, bodyKey(markdown(500)))).not.toContain('<script')
    expect(readBodyHtml(dir, bodyKey(stored))).toBe('ĐÃ CÓ')
  })

  it('keeps its process alive until the workers are done, outside a test runner too', () => {
    // A build's process has nothing else to wait for while the bodies render: workers that did not
    // hold it open let it exit in the middle of the sync, silently.
    const dir = tempDir()
    const script = `
      import { BodyRenderer } from ${JSON.stringify(pathToFileURL(path.resolve(import.meta.dirname, '../src/loaders/renderBodies.ts')).href)}
      import { bodyKey } from ${JSON.stringify(pathToFileURL(path.resolve(import.meta.dirname, '../src/loaders/bodyStore.ts')).href)}
      const renderer = new BodyRenderer(process.argv[2])
      for (let i = 0; i < 1000; i++) await renderer.add(bodyKey('Bài ' + i), 'Bài ' + i)
      console.log('rendered', await renderer.finish())`
    const file = path.join(tempDir(), 'render.mjs')
    writeFileSync(file, script)
    const run = spawnSync(process.execPath, [file, dir], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.stdout.trim()).toBe('rendered 1000')
    expect(run.status).toBe(0)
    expect(readBodyHtml(dir, bodyKey('Bài 999'))).toBe('<p>Bài 999</p>\n')
  })

  it('renders a few bodies without workers', async () => {
    const dir = tempDir()
    const renderer = new BodyRenderer(dir)
    for (let i = 1; i <= 3; i++) await renderer.add(bodyKey(markdown(i)), markdown(i))
    expect(hasBody(dir, bodyKey(markdown(1)))).toBe(false)
    expect(await renderer.finish()).toBe(3)
    expect(readBodyHtml(dir, bodyKey(markdown(3)))).toBe(renderMarkdown(markdown(3)))
  })

  it('fails when a worker cannot store a body, instead of finishing without it', async () => {
    const blocked = path.join(tempDir(), 'not-a-folder')
    writeFileSync(blocked, 'a file where the body store should be')
    const renderer = new BodyRenderer(blocked)
    const run = async () => {
      for (let i = 1; i <= 1000; i++) await renderer.add(bodyKey(markdown(i)), markdown(i))
      return renderer.finish()
    }
    await expect(run()).rejects.toThrow(/ENOTDIR|EEXIST/)
    await renderer.close()
  })
})

describe('a full sync holds one page of the CMS answer at a time', () => {
  it('asks for the next page only once the previous one has been handled', async () => {
    const asked: string[] = []
    const source: CmsSource = {
      key: 'test', incremental: true,
      getJson: async (url: string) => {
        asked.push(url)
        const page = Number(/page=(\d+)/.exec(url)![1])
        return { docs: [{ id: page }], totalDocs: 3, hasNextPage: page < 3 }
      },
    } as CmsSource
    const pages = fetchAll(source, 'articles', 1, 0, { requests: 0 })
    expect((await pages.next()).value).toEqual([{ id: 1 }])
    expect(asked).toHaveLength(1)
    expect((await pages.next()).value).toEqual([{ id: 2 }])
    expect(asked).toHaveLength(2)
    const rest = []
    for await (const docs of pages) rest.push(...docs)
    expect(rest).toEqual([{ id: 3 }])
  })

  it('still fails when the CMS stops short of the total it announced', async () => {
    const source = { key: 'test', incremental: true, getJson: async () => ({ docs: [{ id: 1 }], totalDocs: 500, hasNextPage: false }) } as unknown as CmsSource
    const drain = async () => { for await (const _ of fetchAll(source, 'articles', 100, 0, { requests: 0 })) { /* read */ } }
    await expect(drain()).rejects.toThrow(/listed 500 documents but returned only 1/)
  })
})
