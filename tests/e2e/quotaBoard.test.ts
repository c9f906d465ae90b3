import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_ADMIN, REPO_ROOT, startBuiltCms, type RunningCms } from './helpers/startBuiltCms.ts'
import { CHROMIUM, adminBrowserMissing } from './helpers/adminBrowser.ts'

/**
 * "Theo dõi chỉ tiêu" in a real browser against the production build with the demo history
 * (issue #10, tests): the scoreboard renders for the administrator (every unit) and for a
 * contributor (its own row only), a cell links to its items, and the annual report downloads.
 */
const SCREENSHOTS = path.join(REPO_ROOT, 'test-results', 'quota-board')
const missing = adminBrowserMissing('scoreboard')

describe.skipIf(missing !== undefined)('the scoreboard in the admin', () => {
  let cms: RunningCms
  let browser: Browser
  const WAIT = { timeout: 30_000 }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true })
    cms = await startBuiltCms()
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] })
  })
  afterAll(async () => {
    await browser?.close()
    await cms?.stop()
  })

  async function signIn(email: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1500, height: 1000 }, locale: 'vi-VN', acceptDownloads: true })
    const page = await context.newPage()
    await page.goto(`${cms.url}/admin/login`)
    await page.locator('input[name="email"]').fill(email)
    await page.locator('input[name="password"]').fill(DEMO_ADMIN.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
    return page
  }

  it('shows the administrator every unit, grouped by cluster, with the dashboard link', async () => {
    const page = await signIn(DEMO_ADMIN.email)
    await expect.poll(() => page.locator('.quota-notice').textContent(), WAIT).toContain('Theo dõi chỉ tiêu')
    await page.locator('.quota-notice a', { hasText: 'Theo dõi chỉ tiêu' }).click()
    await page.waitForURL(/\/admin\/chi-tieu/, WAIT)
    await expect.poll(() => page.locator('.quota-board__table tbody tr[data-unit]').count(), WAIT).toBeGreaterThanOrEqual(10)
    const groups = await page.locator('.quota-board__group th').allTextContents()
    expect(groups).toEqual(expect.arrayContaining(['Cụm thi đua các huyện, thị xã, thành phố', 'Khối các sở, ban, ngành']))
    expect(await page.locator('td[data-state="met"]').count()).toBeGreaterThan(0)
    expect(await page.locator('td[data-state="missed"]').count()).toBeGreaterThan(0)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'admin.png'), fullPage: true })

    // A met cell lists the stories and profiles that count for it.
    const cell = page.locator('td[data-state="met"] a').first()
    const count = Number(await cell.locator('.quota-cell__count').textContent())
    await cell.click()
    await expect.poll(() => page.locator('#chi-tiet li').count(), WAIT).toBe(count)
    const item = page.locator('#chi-tiet li a').first()
    expect(await item.getAttribute('href')).toMatch(/^\/admin\/collections\/(articles|exemplars)\/\d+$/)

    const download = page.waitForEvent('download')
    await page.locator('a', { hasText: 'Tải báo cáo năm (XLSX)' }).click()
    expect((await download).suggestedFilename()).toMatch(/^bao-cao-gioi-thieu-dien-hinh-\d{4}\.xlsx$/)
    await page.context().close()
  })

  it('shows a contributor its own unit’s row only, and the notice of its current period', async () => {
    const page = await signIn('hoaan@thidua.example')
    await expect.poll(() => page.locator('.quota-notice').textContent(), WAIT).toMatch(/Huyện Hoà An|hoàn thành chỉ tiêu/)
    await page.goto(`${cms.url}/admin/chi-tieu`)
    await expect.poll(() => page.locator('.quota-board__table tbody tr[data-unit]').count(), WAIT).toBe(1)
    expect(await page.locator('.quota-board__table tbody tr[data-unit] th').textContent()).toBe('Huyện Hoà An')
    expect(await page.locator('select[name="cluster"]').count()).toBe(0)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'contributor.png'), fullPage: true })
    await page.context().close()
  })
})
