import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_ADMIN, REPO_ROOT, startBuiltCms, type RunningCms } from './helpers/startBuiltCms.ts'
import { CHROMIUM, adminBrowserMissing } from './helpers/adminBrowser.ts'

/**
 * Import, export and backup from the admin in a real browser on the production build (issue #12,
 * points 3-5): the administrator reaches "Nhập, xuất, sao lưu dữ liệu" from the side menu, downloads
 * the template, uploads a file with an error and sees it on its row, uploads the fixed file and
 * confirms; exports the filtered unit list; takes a backup and sees it listed.
 */
const SCREENSHOTS = path.join(REPO_ROOT, 'test-results', 'data-tools')
const missing = adminBrowserMissing('data tools')

describe.skipIf(missing !== undefined)('import, export and backup in the admin', () => {
  let cms: RunningCms
  let browser: Browser
  let page: Page
  const WAIT = { timeout: 30_000 }

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true })
    cms = await startBuiltCms()
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] })
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'vi-VN', acceptDownloads: true })
    page = await context.newPage()
    await page.goto(`${cms.url}/admin/login`)
    await page.locator('input[name="email"]').fill(DEMO_ADMIN.email)
    await page.locator('input[name="password"]').fill(DEMO_ADMIN.password)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
  })
  afterAll(async () => {
    await browser?.close()
    await cms?.stop()
  })

  async function workbook(rows: string[][]): Promise<string> {
    const book = new ExcelJS.Workbook()
    const sheet = book.addWorksheet('Đơn vị')
    sheet.addRow(['Tên đơn vị', 'Loại đơn vị', 'Đơn vị cấp trên'])
    for (const row of rows) sheet.addRow(row)
    const file = path.join(SCREENSHOTS, `don-vi-${rows.length}-${Date.now()}.xlsx`)
    writeFileSync(file, new Uint8Array(await book.xlsx.writeBuffer()))
    return file
  }

  it('imports units: the template, a preview that names the bad row, then the fixed file confirmed', async () => {
    // From the side menu, as an editor would find it.
    await page.locator('button.nav-toggler').first().click()
    await page.locator('nav.tool-links a', { hasText: 'Nhập, xuất, sao lưu dữ liệu' }).click()
    await page.waitForURL(/\/admin\/du-lieu/, WAIT)
    await page.locator('select').first().selectOption('units')
    const template = page.waitForEvent('download')
    await page.locator('a', { hasText: 'Tải tệp mẫu (XLSX)' }).click()
    expect((await template).suggestedFilename()).toBe('mau-nhap-units.xlsx')

    const fileInput = page.locator('input[type="file"]')
    await fileInput.setInputFiles(await workbook([['Xã Trình Duyệt', 'Xã', 'Huyện Hoà An'], ['Xã Sai Loại', 'Tỉnh lỵ', '']]))
    await page.locator('button', { hasText: 'Xem trước' }).click()
    await expect.poll(() => page.locator('#import-preview-title').textContent(), WAIT).toContain('1 thêm mới, 0 cập nhật, 0 không đổi, 1 lỗi')
    expect(await page.locator('.data-tools__row--error').textContent()).toContain('“Tỉnh lỵ” không phải loại đơn vị hợp lệ')
    expect(await page.locator('button', { hasText: 'Xác nhận nhập' }).isDisabled()).toBe(true)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'preview-error.png'), fullPage: true })

    await fileInput.setInputFiles(await workbook([['Xã Trình Duyệt', 'Xã', 'Huyện Hoà An'], ['Xã Sai Loại', 'Xã, phường, thị trấn', '']]))
    await page.locator('button', { hasText: 'Xem trước' }).click()
    await expect.poll(() => page.locator('#import-preview-title').textContent(), WAIT).toContain('2 thêm mới')
    await page.locator('button', { hasText: 'Xác nhận nhập 2 dòng' }).click()
    await expect.poll(() => page.locator('[role="status"]').first().textContent(), WAIT).toContain('Đã nhập: 2 thêm mới')
    const res = await fetch(`${cms.url}/api/units?where[name][equals]=Xã Trình Duyệt&depth=1`)
    expect((await res.json()).docs[0].parent.name).toBe('Huyện Hoà An')
  })

  it('exports the filtered unit list from the list view', async () => {
    await page.goto(`${cms.url}/admin/collections/units?search=Trình Duyệt`)
    const link = page.locator('.export-links a', { hasText: 'Xuất CSV' })
    await link.waitFor(WAIT)
    const download = page.waitForEvent('download')
    await link.click()
    const file = await (await download).path()
    const { readFileSync } = await import('node:fs')
    const lines = readFileSync(file, 'utf8').trim().split('\r\n')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain('Xã Trình Duyệt')
  })

  it('takes a backup and lists it for download', async () => {
    await page.goto(`${cms.url}/admin/du-lieu`)
    await page.locator('button', { hasText: 'Sao lưu ngay' }).click()
    await expect.poll(() => page.locator('#backup-title ~ [role="status"]').textContent(), { timeout: 60_000 }).toMatch(/Đã sao lưu: thidua-\d{8}T\d{6}Z/)
    await expect.poll(() => page.locator('#backup-title ~ table a').count(), WAIT).toBeGreaterThanOrEqual(1)
    await page.screenshot({ path: path.join(SCREENSHOTS, 'backup.png'), fullPage: true })
  })
})
