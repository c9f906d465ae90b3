import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveStatic } from '../../site/test/helpers/staticServer.ts'
import { SITE_FIXTURE, buildPortal, removePortal } from './helpers/siteBuild.ts'

/**
 * The portal in a real browser (Debian's chromium), built from the recorded fixture (issue #4,
 * tests): the home page, an article, a profile and a list at 375 and 1280 px, with no horizontal
 * scroll and no console errors or failed requests; search for `dien hinh` returns results.
 * Screenshots go to test-results/site/.
 */
const SHOTS = path.resolve(import.meta.dirname, '../../test-results/site')
let browser: Browser
let server: Awaited<ReturnType<typeof serveStatic>>

let dist: string | undefined

beforeAll(async () => {
  dist = await buildPortal('e2e-site', SITE_FIXTURE)
  server = await serveStatic(dist)
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  mkdirSync(SHOTS, { recursive: true })
})
afterAll(async () => {
  await browser?.close()
  await server?.close()
  if (dist) removePortal(dist)
})

/** Opens a page and collects everything that went wrong while it loaded. */
async function open(path: string, width: number): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } })
  const problems: string[] = []
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`) })
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`))
  page.on('requestfailed', (r) => problems.push(`failed: ${r.url()}`))
  page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`) })
  page.on('request', (r) => { if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) problems.push(`third-party request: ${r.url()}`) })
  await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' })
  return { page, problems }
}

const PAGES = [
  ['home', '/'],
  ['article', '/bai-viet/dang-thi-hoa-cai-tien-day-chuyen-say-che-tiet-kiem-18-dien-nang/'],
  ['profile', '/dien-hinh/dang-thi-hoa/'],
  ['list', '/bai-viet/'],
  ['units', '/don-vi/'],
] as const

describe.each([375, 1280])('at %i px wide', (width) => {
  it.each(PAGES)('%s renders without horizontal scroll, errors or third-party requests', async (name, url) => {
    const { page, problems } = await open(url, width)
    // Scroll through so lazy images load, then check they all decoded.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += 600) { window.scrollTo(0, y); await new Promise((r) => setTimeout(r, 30)) }
    })
    await page.waitForLoadState('networkidle')
    const layout = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      brokenImages: [...document.images].filter((i) => i.complete && i.naturalWidth === 0).map((i) => i.currentSrc),
      font: getComputedStyle(document.body).fontFamily,
      fontLoaded: document.fonts.check('16px "Be Vietnam Pro"', 'Đắk Lắk'),
    }))
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: true })
    await page.close()
    expect(layout.scrollWidth).toBeLessThanOrEqual(layout.clientWidth)
    expect(layout.brokenImages).toEqual([])
    expect(layout.font).toContain('Be Vietnam Pro')
    expect(layout.fontLoaded).toBe(true)
    expect(problems).toEqual([])
  })
})

describe('keyboard and search', () => {
  it('the first Tab reaches the skip link, which moves focus to the content', async () => {
    const { page } = await open('/', 1280)
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Bỏ qua, đến nội dung chính')
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)
    expect(outline).not.toBe('none')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('noi-dung')
    await page.close()
  })

  it.each(['dien hinh', 'điển hình'])('search for "%s" returns results', async (query) => {
    const { page, problems } = await open('/tim-kiem/', 375)
    await page.fill('#q', query)
    await page.click('button[type="submit"]')
    await page.waitForSelector('[data-results] li')
    const count = await page.locator('[data-results] li').count()
    const status = await page.textContent('[data-status]')
    await page.screenshot({ path: path.join(SHOTS, `search-${query.replace(/\s/g, '-')}.png`), fullPage: true })
    await page.close()
    expect(count).toBeGreaterThan(5)
    expect(status).toMatch(/\d+ kết quả/)
    expect(problems).toEqual([])
  })
})
