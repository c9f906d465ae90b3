import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { parseFeed as parseWithRowanmanning } from '@rowanmanning/feed-parser'
import { parseJsonFeed, parseRssFeed } from 'feedsmith'
import { chromium, type Browser, type Page } from 'playwright-core'
import RssParser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { currentRelease } from '@thidua/publisher'
import { CHROMIUM, adminBrowserMissing } from './helpers/adminBrowser.ts'
import { ADMIN, asAdmin, stackMissing, startPublishingStack, type PublishingStack } from './helpers/publishingStack.ts'

/**
 * Events end to end (issue #11) on the built CMS with the demo seed, as `npm start` runs it: the
 * portal's events section and pages (375 and 1280 px), the profile showing the award, the event
 * feeds read by three npm parsers and Python's feedparser, the .ics read by Python's icalendar, no
 * delegate's data anywhere in the release; then in the admin an organiser sets up a conference, a
 * unit's contributor enters a delegate and sends a dossier, the organiser downloads the list.
 */
const SHOTS = path.resolve(import.meta.dirname, '../../test-results/events')
const missing = stackMissing() ?? adminBrowserMissing('events')
const python = (module: string) => spawnSync('python3', ['-c', `import ${module}`], { stdio: 'ignore' }).status === 0

describe.skipIf(missing !== undefined && missing !== null)('events on the portal and in the admin', () => {
  let stack: PublishingStack
  let browser: Browser
  const get = async (p: string) => {
    const res = await fetch(`${stack.portal.url}${p}`)
    return { status: res.status, text: await res.text(), type: res.headers.get('content-type') ?? '' }
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true })
    stack = await startPublishingStack()
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] })
  }, 600_000)
  afterAll(async () => {
    await browser?.close()
    await stack?.stop()
  })

  it('the footer and the about page carry the portal information kept in the CMS; the login page the council’s name', async () => {
    const home = await get('/')
    expect(home.text).toMatch(/<address class="portal-info"[^>]*>[\s\S]*Cơ quan chủ quản: Uỷ ban nhân dân tỉnh Sơn Hà[\s\S]*Chịu trách nhiệm nội dung:/)
    expect((await get('/gioi-thieu/')).text).toContain('Số 1 đường Trần Hưng Đạo')
    const login = await (await fetch(`${stack.cmsUrl}/admin/login`)).text()
    expect(login).toContain('Hội đồng Thi đua - Khen thưởng tỉnh Sơn Hà')
  })

  it('lists upcoming and past events, per level', async () => {
    const list = await get('/su-kien/')
    expect(list.status).toBe(200)
    const upcoming = list.text.slice(list.text.indexOf('Sắp diễn ra'), list.text.indexOf('Đã diễn ra'))
    expect(upcoming).toContain('Hội nghị biểu dương điển hình tiên tiến tỉnh Sơn Hà')
    expect(upcoming).toContain('Tọa đàm, giao lưu gương người tốt, việc tốt tỉnh Sơn Hà')
    expect(list.text.slice(list.text.indexOf('Đã diễn ra'))).toContain('Hội nghị điển hình tiên tiến huyện Hoà An')
    const grassroots = await get('/su-kien/cap/grassroots/')
    expect(grassroots.text).toContain('Công đoàn cơ sở Trường THPT Hoà An')
    expect(grassroots.text).not.toContain('huyện Hoà An</a>')
  })

  it('an event page has the programme, the honoured with links, the awards with decisions, photos and the story about it', async () => {
    const page = await get('/su-kien/hoi-nghi-dien-hinh-tien-tien-huyen-hoa-an/')
    expect(page.status).toBe(200)
    expect(page.text).toContain('<h2 id="chuong-trinh">Chương trình</h2>')
    expect(page.text).toContain('Chào cờ')
    expect(page.text).toMatch(/<a href="\/dien-hinh\/[a-z0-9-]+\/">[^<]+<\/a>/)
    expect(page.text).toContain('Quyết định số 215/QĐ-UBND')
    expect(page.text).toContain('Tổ hợp tác chè Khuổi Phầy')
    expect(page.text).toContain('Bài viết về sự kiện')
    expect(page.text).toContain('/su-kien/hoi-nghi-bieu-duong-dien-hinh-tien-tien-tinh-son-ha/')
    // An awarded profile says where it was honoured.
    const awarded = /Quyết định số 215\/QĐ-UBND[\s\S]*?/.test(page.text)
    expect(awarded).toBe(true)
    const profileLink = /<h2 id="khen-thuong">[\s\S]*?<a href="(\/dien-hinh\/[a-z0-9-]+\/)">/.exec(page.text)![1]!
    const profile = await get(profileLink)
    expect(profile.text).toContain('Biểu dương, khen thưởng tại hội nghị')
    expect(profile.text).toContain('Giấy khen của Chủ tịch UBND huyện Hoà An')
  })

  it.each([375, 1280])('renders at %i px without horizontal scroll or errors', async (width) => {
    const page: Page = await browser.newPage({ viewport: { width, height: 900 } })
    const problems: string[] = []
    page.on('pageerror', (e) => problems.push(e.message))
    page.on('response', (r) => { if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`) })
    for (const p of ['/su-kien/', '/su-kien/hoi-nghi-dien-hinh-tien-tien-huyen-hoa-an/']) {
      await page.goto(`${stack.portal.url}${p}`, { waitUntil: 'networkidle' })
      const layout = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }))
      expect(layout.scroll).toBeLessThanOrEqual(layout.client)
      await page.screenshot({ path: path.join(SHOTS, `${p.split('/').filter(Boolean).join('-')}-${width}.png`), fullPage: true })
    }
    await page.close()
    expect(problems).toEqual([])
  })

  it('the event feeds parse in three npm parsers and in Python’s feedparser, and are listed in the OPML and on the press page', async () => {
    const rss = await get('/su-kien/rss.xml')
    expect(rss.type).toContain('application/rss+xml')
    const a = parseWithRowanmanning(rss.text)
    const b = await new RssParser().parseString(rss.text)
    const c = parseRssFeed(rss.text)
    expect(a.items.length).toBe(4)
    expect(b.items.map((i) => i.guid)).toEqual(a.items.map((i) => i.id))
    expect((c.items ?? []).map((i) => i.guid?.value)).toEqual(a.items.map((i) => i.id))
    expect(a.items.map((i) => i.title)).toContain('Hội nghị biểu dương điển hình tiên tiến tỉnh Sơn Hà')
    const json = parseJsonFeed((await get('/su-kien/feed.json')).text)
    expect(json.items?.map((i) => i.id)).toEqual(a.items.map((i) => i.id))
    expect((await get('/feeds.opml')).text).toContain('/su-kien/rss.xml')
    expect((await get('/bao-chi/')).text).toContain('/su-kien/lich.ics')
    if (python('feedparser')) {
      const file = path.join(os.tmpdir(), `su-kien-${process.pid}.xml`)
      writeFileSync(file, rss.text)
      onTestFinished(() => rmSync(file, { force: true }))
      const out = JSON.parse(execFileSync('python3', ['-c', 'import feedparser, json, sys\nd = feedparser.parse(sys.argv[1])\nprint(json.dumps({"bozo": d.bozo, "n": len(d.entries)}))', file], { encoding: 'utf8' }))
      expect(out).toEqual({ bozo: false, n: 4 })
    } else console.warn('[e2e] feedparser missing: pip install feedparser (.ci/run does)')
  })

  it.skipIf(!python('icalendar'))('the .ics calendar is RFC 5545 that Python’s icalendar reads: one VEVENT per event, times in UTC, places and links', async () => {
    const ics = await get('/su-kien/lich.ics')
    expect(ics.type).toContain('text/calendar')
    const file = path.join(os.tmpdir(), `lich-${process.pid}.ics`)
    writeFileSync(file, ics.text)
    onTestFinished(() => rmSync(file, { force: true }))
    const events = JSON.parse(execFileSync('python3', ['-c', `
import icalendar, json, sys
cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())
out = []
for e in cal.walk('VEVENT'):
    out.append({ 'summary': str(e['SUMMARY']), 'start': e['DTSTART'].dt.isoformat(), 'end': e['DTEND'].dt.isoformat(), 'uid': str(e['UID']), 'location': str(e.get('LOCATION', '')), 'url': str(e.get('URL', '')) })
print(json.dumps(out, ensure_ascii=False))
`, file], { encoding: 'utf8' })) as { summary: string; start: string; end: string; uid: string; location: string; url: string }[]
    expect(events).toHaveLength(4)
    const provincial = events.find((e) => e.summary === 'Hội nghị biểu dương điển hình tiên tiến tỉnh Sơn Hà')!
    expect(provincial.location).toBe('Hội trường Trung tâm Hội nghị tỉnh Sơn Hà')
    expect(provincial.url).toMatch(/\/su-kien\/hoi-nghi-bieu-duong-dien-hinh-tien-tien-tinh-son-ha\/$/)
    // 08:00 to the end of the morning session (11:30) in Vietnam: 01:00-04:30 UTC.
    expect(provincial.start).toMatch(/T01:00:00\+00:00$/)
    expect(provincial.end).toMatch(/T04:30:00\+00:00$/)
    expect(new Set(events.map((e) => e.uid)).size).toBe(4)
  })

  it('search works on the live portal under its Content-Security-Policy (scripts are files, not inline)', async () => {
    const page = await browser.newPage()
    const blocked: string[] = []
    page.on('console', (m) => { if (/Content Security Policy|Refused to execute/i.test(m.text())) blocked.push(m.text()) })
    await page.goto(`${stack.portal.url}/tim-kiem/?q=${encodeURIComponent('điển hình')}`)
    await page.waitForFunction(() => /kết quả/.test(document.querySelector('[data-status]')?.textContent ?? ''), undefined, { timeout: 30_000 })
    expect(await page.locator('[data-results] li').count()).toBeGreaterThan(0)
    await page.close()
    expect(blocked).toEqual([])
  })

  it('an image inserted into a story is the portal’s own responsive copy in the page and the feed, never the CMS’s (issue #13, point 2)', async () => {
    const feed = JSON.parse((await get('/feed.json')).text) as { items: { url: string; content_html: string }[] }
    const item = feed.items.find((i) => i.content_html.includes('Ảnh hoạt động chèn trong bài'))!
    expect(item.content_html).toMatch(/<figure><img src="http:\/\/127\.0\.0\.1:\d+\/_img\/[^"]+\.jpg" alt="Ảnh hoạt động chèn trong bài" width="\d+" height="\d+"><figcaption>Quê hương Sơn Hà/)
    const page = (await get(new URL(item.url).pathname)).text
    expect(page).toMatch(/<figure><picture><source type="image\/avif" srcset="\/_img\/[^"]+"[^>]*><img src="\/_img\/[^"]+" srcset="[^"]+" sizes="[^"]+" width="\d+" height="\d+" alt="Ảnh hoạt động chèn trong bài" loading="lazy"/)
    expect(page).toContain('Ảnh: Ban Thi đua - Khen thưởng tỉnh')
    expect(page).not.toContain('/api/media/file/')
  })

  it('no delegate, allocation or dossier reaches the release', async () => {
    const release = path.join(stack.releasesDir, (await currentRelease(stack.releasesDir))!)
    const delegates = await asAdmin(stack, 'GET', '/api/delegates?limit=100&depth=0')
    expect(delegates.docs.length).toBeGreaterThanOrEqual(38)
    const secrets = delegates.docs.flatMap((d: { phone?: string; position?: string }) => [d.phone, d.position]).filter(Boolean) as string[]
    const files = (dir: string): string[] => readdirSync(dir).flatMap((n) => { const p = path.join(dir, n); return statSync(p).isDirectory() ? files(p) : [p] })
    const text = files(release).filter((f) => /\.(html|xml|json|ics|txt)$/.test(f)).map((f) => readFileSync(f, 'utf8')).join('\n')
    for (const secret of secrets) expect(text).not.toContain(secret)
    expect(text).not.toContain('/api/dossiers/')
    expect(text).not.toContain('Phân bổ đại biểu')
  })

  describe('in the admin', () => {
    async function signIn(email: string): Promise<Page> {
      const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: 'vi-VN', acceptDownloads: true })
      const page = await context.newPage()
      await page.goto(`${stack.cmsUrl}/admin/login`)
      await page.locator('input[name="email"]').fill(email)
      await page.locator('input[name="password"]').fill(ADMIN.password)
      await page.locator('button[type="submit"]').click()
      await page.waitForURL((url) => !url.pathname.endsWith('/login'), { timeout: 60_000 })
      return page
    }
    const WAIT = { timeout: 30_000 }
    let eventId: string | number
    /** Payload renders fields only once they scroll into view: scroll down until the panel is there. */
    async function showPanel(page: Page) {
      await page.getByText('Đại biểu và hồ sơ (Ban Tổ chức)').first().scrollIntoViewIfNeeded()
      for (let i = 0; i < 20 && (await page.locator('.event-panel').count()) === 0; i++) {
        await page.mouse.wheel(0, 400)
        await page.waitForTimeout(200)
      }
      await page.locator('.event-panel').first().scrollIntoViewIfNeeded()
    }

    it('an organiser sets up a conference: the programme is pre-filled, the panel shows composition and downloads', async () => {
      const page = await signIn(ADMIN.email)
      await page.goto(`${stack.cmsUrl}/admin/collections/events/create`)
      await page.locator('input[name="title"]').fill('Hội nghị điển hình tiên tiến huyện Đắk Lâm')
      await expect.poll(() => page.locator('input[name="agenda.1.item"]').inputValue(), WAIT).toBe('Chào cờ')
      // Payload's date picker, typed in its display format (HH:mm dd/MM/yyyy).
      await page.locator('#field-startsAt input').first().fill('08:00 15/06/2027')
      await page.keyboard.press('Enter')
      await page.locator('#field-title').click()
      await page.screenshot({ path: path.join(SHOTS, 'admin-event-form.png'), fullPage: true })
      await page.locator('#action-save-draft').click()
      await page.waitForURL(/\/admin\/collections\/events\/(\d+|[0-9a-f]{24})$/, WAIT)
      const last = page.url().split('/').pop()!
      eventId = /^\d+$/.test(last) ? Number(last) : last
      // Allocate seats to Huyện Đắk Lâm through the API (the array UI is Payload's own) and reload.
      const units = await asAdmin(stack, 'GET', `/api/units?where[name][equals]=${encodeURIComponent('Huyện Đắk Lâm')}`)
      await asAdmin(stack, 'PATCH', `/api/events/${eventId}?draft=true`, { allocations: [{ unit: units.docs[0].id, seats: 1 }], targets: { women: 50 }, dossierDeadline: new Date(Date.now() + 7 * 86_400_000).toISOString() })
      await page.reload()
      await showPanel(page)
      await expect.poll(() => page.locator('.event-panel__table').first().textContent(), WAIT).toContain('Huyện Đắk Lâm')
      await page.screenshot({ path: path.join(SHOTS, 'admin-event.png'), fullPage: true })
      await page.context().close()
    })

    it('a unit’s contributor enters a delegate and sends a dossier; the organiser sees both and downloads the list', async () => {
      const api = async (token: string, method: string, route: string, body?: BodyInit, type?: string) => {
        const res = await fetch(`${stack.cmsUrl}${route}`, { method, headers: { authorization: `JWT ${token}`, ...(type ? { 'content-type': type } : {}) }, body })
        return { status: res.status, body: await res.json().catch(() => null) }
      }
      const page = await signIn('daklam@thidua.example')
      await page.goto(`${stack.cmsUrl}/admin/collections/delegates/create`)
      await page.locator('input[name="name"]').fill('Y Bhim Niê')
      await page.locator('input[name="ethnicity"]').fill('Ê Đê')
      // The event: Payload's relationship select, searched by title.
      await page.locator('#field-event').click()
      await page.keyboard.type('Đắk Lâm')
      await page.locator('.rs__option', { hasText: 'Hội nghị điển hình tiên tiến huyện Đắk Lâm' }).click()
      await page.screenshot({ path: path.join(SHOTS, 'admin-delegate-form.png'), fullPage: true })
      await page.locator('#action-save').click()
      await page.waitForURL(/\/admin\/collections\/delegates\/(\d+|[0-9a-f]{24})$/, WAIT)
      // No "API" tab for a unit's account (issue #13, point 5).
      expect(await page.getByRole('link', { name: 'API', exact: true }).count()).toBe(0)
      // A dossier, as a unit sends it: a PDF through the REST upload the admin's form uses.
      const login = await (await fetch(`${stack.cmsUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'daklam@thidua.example', password: ADMIN.password }) })).json()
      const form = new FormData()
      form.set('file', new Blob([readFileSync(path.join(import.meta.dirname, 'fixtures/bao-cao.pdf'))]), 'bao-cao.pdf')
      form.set('_payload', JSON.stringify({ event: eventId, kind: 'summary-report' }))
      const sent = await api(login.token, 'POST', '/api/dossiers', form)
      expect(sent.status).toBe(201)
      await page.context().close()

      const organiser = await signIn(ADMIN.email)
      await organiser.goto(`${stack.cmsUrl}/admin/collections/events/${eventId}`)
      await expect.poll(() => organiser.getByRole('link', { name: 'API', exact: true }).count(), WAIT).toBe(1)
      await showPanel(organiser)
      await expect.poll(() => organiser.locator('.event-panel__table').first().textContent(), WAIT).toContain('Tỷ lệ nữ 0% thấp hơn mục tiêu 50%')
      expect(await organiser.locator('.event-panel__table').nth(1).textContent()).toContain('bao-cao')
      const download = organiser.waitForEvent('download')
      await organiser.locator('a', { hasText: 'Danh sách trích ngang (XLSX)' }).click()
      const file = await (await download).path()
      expect(statSync(file).size).toBeGreaterThan(1000)
      await organiser.context().close()
    })
  })
})
