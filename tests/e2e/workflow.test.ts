import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_ADMIN, REPO_ROOT, startBuiltCms, type RunningCms } from './helpers/startBuiltCms.ts'
import { CHROMIUM, adminBrowserMissing } from './helpers/adminBrowser.ts'

/**
 * The review flow in the Vietnamese admin, in a real browser against the production build (issue
 * #3, "done when"): the seed's contributor, editor and publisher carry a story from draft to the
 * portal, with a return for changes on the way, using only the admin's buttons.
 */
const SCREENSHOTS = path.join(REPO_ROOT, 'test-results', 'workflow')
const PASSWORD = DEMO_ADMIN.password
const PEOPLE = { contributor: 'hoaan@thidua.example', editor: 'bientap@thidua.example', publisher: DEMO_ADMIN.email }

const missing = adminBrowserMissing('workflow')

describe.skipIf(missing !== undefined)('the review flow in the admin', () => {
  let cms: RunningCms
  let browser: Browser
  let articleUrl = ''
  const title = 'Cô giáo cắm bản ở Pác Nặm (thử nghiệm quy trình)'

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true })
    cms = await startBuiltCms()
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    })
  })
  afterAll(async () => {
    await browser?.close()
    await cms?.stop()
  })

  /** A fresh browser session signed in as `email`. */
  async function signIn(email: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1500, height: 1000 }, locale: 'vi-VN' })
    const page = await context.newPage()
    await page.goto(`${cms.url}/admin/login`)
    await page.locator('input[name="email"]').fill(email)
    await page.locator('input[name="password"]').fill(PASSWORD)
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
    return page
  }
  const panel = (page: Page) => page.locator('.workflow-panel')
  const stateOf = (page: Page) => panel(page).locator('.workflow-panel__state strong')

  const WAIT = { timeout: 30_000 }

  /** Clicks a workflow button and waits for the page it reloads to show the new state. */
  async function act(page: Page, button: string, expectedState: string, comment?: string) {
    if (comment) await panel(page).locator('textarea').fill(comment)
    const reloaded = page.waitForEvent('load', WAIT)
    await panel(page).getByRole('button', { name: button, exact: true }).click()
    await reloaded
    await expect.poll(() => stateOf(page).textContent(), WAIT).toBe(expectedState)
  }

  it('lets the unit contributor write a draft and send it for review, without any Publish button', async () => {
    const page = await signIn(PEOPLE.contributor)
    await expect.poll(() => page.locator('.workflow-queue').textContent(), WAIT).toContain('Bị trả lại')
    await page.goto(`${cms.url}/admin/collections/articles/create`)
    await page.locator('#field-title').fill(title)
    await page.locator('#action-save-draft').click()
    await page.waitForURL(/\/admin\/collections\/articles\/\d+/, { timeout: 30_000 })
    articleUrl = page.url()
    await expect.poll(() => stateOf(page).textContent(), WAIT).toBe('Bản nháp')
    expect(await page.locator('#action-save').count()).toBe(0)
    await page.screenshot({ path: path.join(SCREENSHOTS, '1-contributor-draft.png') })
    await act(page, 'Gửi duyệt', 'Đã gửi, chờ duyệt')
    await page.context().close()
  })

  it('lets the board editor take it and return it with a comment', async () => {
    const page = await signIn(PEOPLE.editor)
    await expect.poll(() => page.locator('.workflow-queue [data-queue="waiting"]').textContent(), WAIT).toMatch(/[1-9]\d* bài viết/)
    await page.goto(articleUrl)
    await act(page, 'Nhận duyệt', 'Đang duyệt')
    expect(await panel(page).getByRole('button', { name: 'Yêu cầu chỉnh sửa' }).isDisabled()).toBe(true)
    await act(page, 'Yêu cầu chỉnh sửa', 'Cần chỉnh sửa', 'Đề nghị bổ sung số học sinh và ảnh lớp học.')
    await expect.poll(() => panel(page).locator('.workflow-panel__history').textContent(), WAIT).toContain('Đề nghị bổ sung số học sinh')
    await page.screenshot({ path: path.join(SCREENSHOTS, '2-editor-returned.png') })
    await page.context().close()
  })

  it('shows the contributor the comment, and takes the corrected story back for review', async () => {
    const page = await signIn(PEOPLE.contributor)
    await page.goto(articleUrl)
    await expect.poll(() => panel(page).locator('.workflow-panel__history').textContent(), WAIT).toContain('Đề nghị bổ sung số học sinh và ảnh lớp học.')
    await page.locator('#field-title').fill(`${title}: 27 học sinh người Dao`)
    await page.locator('#action-save-draft').click()
    await expect.poll(() => panel(page).getByRole('button', { name: 'Gửi duyệt lại' }).isEnabled(), WAIT).toBe(true)
    await act(page, 'Gửi duyệt lại', 'Đã gửi, chờ duyệt')
    await page.context().close()
  })

  it('lets the editor approve it and the publisher publish it to the portal', async () => {
    const editor = await signIn(PEOPLE.editor)
    await editor.goto(articleUrl)
    await act(editor, 'Nhận duyệt', 'Đang duyệt')
    await act(editor, 'Duyệt', 'Đã duyệt, chờ xuất bản')
    expect(await panel(editor).getByRole('button', { name: 'Xuất bản' }).count()).toBe(0)
    await editor.context().close()

    const id = articleUrl.split('/').pop()
    expect((await fetch(`${cms.url}/api/articles/${id}`)).status).toBe(404)
    const publisher = await signIn(PEOPLE.publisher)
    await expect.poll(() => publisher.locator('.workflow-queue [data-queue="approved"]').textContent(), WAIT).toMatch(/[1-9]\d* bài viết/)
    await publisher.goto(articleUrl)
    // One publish path (issue #9, point 6): no Payload publish or schedule button, one status label.
    await expect.poll(() => publisher.locator('.workflow-status').textContent(), WAIT).toContain('Đã duyệt, chờ xuất bản')
    expect(await publisher.locator('#action-save').count()).toBe(0)
    expect(await publisher.getByRole('button', { name: 'Lịch xuất bản' }).count()).toBe(0)
    await act(publisher, 'Xuất bản', 'Đã xuất bản')
    await expect.poll(() => panel(publisher).locator('.workflow-panel__history li').count(), WAIT).toBe(7)
    await publisher.screenshot({ path: path.join(SCREENSHOTS, '3-published.png') })
    await publisher.context().close()

    const live = await fetch(`${cms.url}/api/articles/${id}`)
    expect(live.status).toBe(200)
    // Security headers of the built CMS (issue #9, point 5).
    const admin = await fetch(`${cms.url}/admin/login`)
    expect(admin.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(admin.headers.get('x-content-type-options')).toBe('nosniff')
    expect(admin.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    expect(admin.headers.get('x-powered-by')).toBeNull()
    expect(live.headers.get('x-content-type-options')).toBe('nosniff')
    expect(((await live.json()) as { title: string }).title).toBe(`${title}: 27 học sinh người Dao`)
  })
})
