import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateFixture } from '../../site/test/helpers/generateFixture.ts'
import { serveStatic } from '../../site/test/helpers/staticServer.ts'
import { buildPortal } from './helpers/siteBuild.ts'

/**
 * Search ranking (issue #4, point 3), on a generated portal of 600 articles and 120 profiles whose
 * names mix Hoà with Hoàng and Hoài, and places Đắk Lắk and Đà Nẵng: the folded query must find
 * the pages, and the page that matches best must come first, not a prefix match.
 */
let browser: Browser
let server: Awaited<ReturnType<typeof serveStatic>>

beforeAll(async () => {
  const fixture = path.join(mkdtempSync(path.join(tmpdir(), 'thidua-search-fixture-')), 'cms')
  await generateFixture({ dir: fixture, articles: 600, exemplars: 120, images: 3 })
  server = await serveStatic(await buildPortal('e2e-search', fixture))
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function search(query: string): Promise<{ title: string; summary: string }[]> {
  const page = await browser.newPage()
  await page.goto(`${server.url}/tim-kiem/?q=${encodeURIComponent(query)}`)
  await page.waitForFunction(() => /kết quả/.test(document.querySelector('[data-status]')?.textContent ?? ''))
  const results = await page.$$eval('[data-results] li', (lis) => lis.map((li) => ({ title: li.querySelector('a')!.textContent!, summary: li.querySelector('p')!.textContent! })))
  await page.close()
  return results
}

const hasWord = (text: string, word: string) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'u').test(text.normalize('NFC'))

describe('search folds Vietnamese and ranks the best match first', () => {
  it.each(['hoa', 'hòa', 'hoà', 'HOÀ'])('"%s" puts pages titled with the word "Hoà" first, before Hoàng and Hoài', async (query) => {
    const results = await search(query)
    expect(results.length).toBeGreaterThan(10)
    for (const r of results.slice(0, 5)) expect(hasWord(r.title, 'Hoà'), r.title).toBe(true)
  })

  it('the same results whichever way "Hoà" is typed', async () => {
    const [a, b, c] = await Promise.all([search('hoa'), search('hòa'), search('hoà')])
    expect(b.map((r) => r.title)).toEqual(a.map((r) => r.title))
    expect(c.map((r) => r.title)).toEqual(a.map((r) => r.title))
  })

  it.each([
    ['dak lak', 'Đắk Lắk'],
    ['Đắk Lắk', 'Đắk Lắk'],
    ['da nang', 'Đà Nẵng'],
    ['dien hinh tien tien', 'điển hình tiên tiến'],
  ])('"%s" finds "%s", with the title matches first', async (query, expected) => {
    const results = await search(query)
    expect(results.length).toBeGreaterThan(5)
    for (const r of results.slice(0, 5)) expect(`${r.title} ${r.summary}`.toLowerCase(), r.title).toContain(expected.toLowerCase())
  })
})
