import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { outbox } from '../src/email/outbox.ts'
import { sendQuotaReminders } from '../src/jobs/sendQuotaReminders.ts'
import { rest, tokenFor } from './helpers/rest.ts'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'

/**
 * The council's year (issue #10) on the seeded demo database, through the REST routes: registrations
 * and their isolation, the scoreboard's and the annual report's contents for each role, the exports
 * read back by independent readers (Python's openpyxl and python-docx), and the reminders.
 */
const PASSWORD = 'mat-khau-nam-thi-dua-1'
let t: TestPayload
const token: Record<'admin' | 'editor' | 'hoaAn' | 'dakLam', string> = {} as never
const unitId: Record<string, number> = {}
const year = new Date(Date.now() + 7 * 3600_000).getUTCFullYear()

beforeAll(async () => {
  process.env.DEMO_PASSWORD = PASSWORD
  process.env.EMAIL_TRANSPORT = 'memory'
  t = await startTestPayload({ seed: true })
  token.admin = await tokenFor(t.payload, 'quantri@thidua.example', PASSWORD)
  token.editor = await tokenFor(t.payload, 'bientap@thidua.example', PASSWORD)
  token.hoaAn = await tokenFor(t.payload, 'hoaan@thidua.example', PASSWORD)
  token.dakLam = await tokenFor(t.payload, 'daklam@thidua.example', PASSWORD)
  for (const name of ['Huyện Hoà An', 'Huyện Đắk Lâm']) {
    const { docs } = await t.payload.find({ collection: 'units', where: { name: { equals: name } }, overrideAccess: true })
    unitId[name] = docs[0]!.id as number
  }
})
afterAll(async () => {
  delete process.env.DEMO_PASSWORD
  delete process.env.EMAIL_TRANSPORT
  await t?.cleanup()
})

describe('the scoreboard over REST (issue #10, points 3 and 7)', () => {
  it('refuses anonymous callers', async () => {
    expect((await rest('GET', `/api/reports/quota?year=${year}`)).status).toBe(401)
    expect((await rest('GET', `/api/reports/annual?year=${year}&format=xlsx`)).status).toBe(401)
  })

  it('refuses a bad year or format with a Vietnamese message', async () => {
    const badYear = await rest('GET', '/api/reports/quota?year=abc', { token: token.editor })
    expect(badYear.status).toBe(400)
    expect(badYear.body.errors[0].message).toMatch(/Năm/)
    expect((await rest('GET', `/api/reports/annual?year=${year}&format=pdf`, { token: token.editor })).status).toBe(400)
  })

  it('shows staff every unit with quota, with a year of history: some met every period, some missed some', async () => {
    const res = await rest('GET', `/api/reports/quota?year=${year}`, { token: token.editor })
    expect(res.status).toBe(200)
    const units = res.body.units as Array<{ name: string; period: string; met: number; required: number; periods: Array<{ key: string; state: string; count: number; items: unknown[] }> }>
    expect(units.length).toBeGreaterThanOrEqual(10)
    const hoaAn = units.find((u) => u.name === 'Huyện Hoà An')!
    expect(hoaAn.period).toBe('month')
    expect(hoaAn.periods).toHaveLength(12)
    const withQuota = units.filter((u) => u.period !== 'none' && u.required > 0)
    expect(withQuota.some((u) => u.met === u.required)).toBe(true)
    expect(withQuota.some((u) => u.met < u.required)).toBe(true)
    for (const unit of units) for (const p of unit.periods) expect(p.items).toHaveLength(p.count)
    expect(res.body.totals.month).toHaveLength(12)
  })

  it('shows a contributor its own unit only', async () => {
    const res = await rest('GET', `/api/reports/quota?year=${year}`, { token: token.hoaAn })
    expect(res.status).toBe(200)
    expect(res.body.units.map((u: { name: string }) => u.name)).toEqual(['Huyện Hoà An'])
  })

  it('filters by unit type and cluster', async () => {
    const departments = await rest('GET', `/api/reports/quota?year=${year}&unitType=department`, { token: token.editor })
    expect(departments.body.units.length).toBeGreaterThan(0)
    expect(departments.body.units.every((u: { type: string; period: string }) => u.type === 'department' && u.period === 'quarter')).toBe(true)
    const cluster = await rest('GET', `/api/reports/quota?year=${year}&cluster=${encodeURIComponent('Khối doanh nghiệp')}`, { token: token.editor })
    expect(cluster.body.units.map((u: { cluster: string }) => u.cluster)).toEqual(['Khối doanh nghiệp', 'Khối doanh nghiệp'])
  })
})

describe('registrations (issue #10, point 2)', () => {
  let id: number

  it('lands in the contributor’s unit, for the plan’s year, marked late after 15/8', async () => {
    const res = await rest('POST', '/api/registrations', { token: token.hoaAn, json: { name: 'Mô hình “Chi hội phụ nữ tiết kiệm”', kind: 'new-model', subjectType: 'collective', plannedQuarter: '4', unit: unitId['Huyện Đắk Lâm'] } })
    expect(res.status).toBe(403)
    const ok = await rest('POST', '/api/registrations', { token: token.hoaAn, json: { name: 'Mô hình “Chi hội phụ nữ tiết kiệm”', kind: 'new-model', subjectType: 'collective', plannedQuarter: '4' } })
    expect(ok.status).toBe(201)
    id = ok.body.doc.id
    const stored = await t.payload.findByID({ collection: 'registrations', id, overrideAccess: true, depth: 0 })
    expect(stored).toMatchObject({ unit: unitId['Huyện Hoà An'], status: 'submitted', year })
    const afterDeadline = Date.now() >= Date.UTC(year, 7, 15, 17)
    expect(stored.late).toBe(afterDeadline)
  })

  it('is invisible and untouchable for another unit and for anonymous callers', async () => {
    expect((await rest('GET', `/api/registrations/${id}`, { token: token.dakLam })).status).toBe(404)
    expect([403, 404]).toContain((await rest('PATCH', `/api/registrations/${id}`, { token: token.dakLam, json: { name: 'sửa trộm' } })).status)
    expect((await rest('GET', '/api/registrations')).status).toBe(403)
    const list = await rest('GET', '/api/registrations?limit=100', { token: token.dakLam })
    expect(list.body.docs.every((r: { unit: { id: number } | number }) => (typeof r.unit === 'object' ? r.unit.id : r.unit) === unitId['Huyện Đắk Lâm'])).toBe(true)
  })

  it('is returned by the council only with a reason, corrected by the unit and then accepted', async () => {
    expect((await rest('PATCH', `/api/registrations/${id}`, { token: token.hoaAn, json: { status: 'accepted' } })).status).toBe(200)
    expect((await t.payload.findByID({ collection: 'registrations', id, overrideAccess: true })).status).toBe('submitted')
    const noReason = await rest('PATCH', `/api/registrations/${id}`, { token: token.editor, json: { status: 'returned' } })
    expect(noReason.status).toBe(403)
    expect(noReason.body.errors[0].message).toMatch(/ý kiến/)
    expect((await rest('PATCH', `/api/registrations/${id}`, { token: token.editor, json: { status: 'returned', reviewComment: 'Nêu rõ số hội viên tham gia.' } })).status).toBe(200)
    expect((await rest('PATCH', `/api/registrations/${id}`, { token: token.hoaAn, json: { description: '45 hội viên tham gia.' } })).status).toBe(200)
    expect((await t.payload.findByID({ collection: 'registrations', id, overrideAccess: true })).status).toBe('submitted')
    expect((await rest('PATCH', `/api/registrations/${id}`, { token: token.editor, json: { status: 'accepted' } })).status).toBe(200)
    const locked = await rest('PATCH', `/api/registrations/${id}`, { token: token.hoaAn, json: { name: 'Đổi tên sau khi duyệt' } })
    expect(locked.status).toBe(403)
  })
})

describe('the annual report (issue #10, points 6-7)', () => {
  const download = async (format: string, who: keyof typeof token = 'editor') => {
    const res = await rest('GET', `/api/reports/annual?year=${year}&format=${format}`, { token: token[who] })
    return res
  }

  it('gives per-unit figures and provincial totals as JSON', async () => {
    const res = await download('json')
    expect(res.status).toBe(200)
    expect(res.body.title).toBe(`Báo cáo kết quả tuyên truyền, giới thiệu điển hình năm ${year}`)
    const hoaAn = res.body.units.find((u: { unitName: string }) => u.unitName === 'Huyện Hoà An')
    expect(hoaAn.periodsRequired).toBeGreaterThan(0)
    expect(hoaAn.registrations).toBeGreaterThan(0)
    expect(res.body.totals.profiles + res.body.totals.stories).toBeGreaterThan(10)
    expect(res.body.totals.registrationsDelivered).toBeGreaterThan(0)
    expect(res.body.totals.registrationsLate).toBeGreaterThan(0)
    expect(res.body.totals.returned).toBeGreaterThan(0)
    expect(res.body.totals.medianDaysToPublication).toBeGreaterThan(0)
    const mine = await download('json', 'hoaAn')
    expect(mine.body.units.map((u: { unitName: string }) => u.unitName)).toEqual(['Huyện Hoà An'])
    // A unit's own report carries no province-wide figure (found by attacking the first version).
    expect(mine.body.totals.medianDaysToPublication).toBe(mine.body.units[0].medianDaysToPublication)
    expect(mine.body.totals.stories).toBe(mine.body.units[0].stories)
  })

  it('exports CSV with Vietnamese headers and a total row', async () => {
    const res = await download('csv')
    expect(res.status).toBe(200)
    const lines = res.text.replace(/^\ufeff/, '').trim().split('\r\n')
    expect(lines[0]).toMatch(/^Đơn vị,Cụm, khối thi đua|^Đơn vị,"Cụm, khối thi đua"/)
    expect(lines.at(-1)).toMatch(/^Toàn tỉnh,/)
    expect(lines.some((l) => l.startsWith('Huyện Hoà An,'))).toBe(true)
  })

  const python = spawnSync('python3', ['-c', 'import openpyxl, docx'], { encoding: 'utf8' })
  const readers = python.status === 0
  if (!readers) console.warn('[cms] XLSX/DOCX read-back skipped: pip install openpyxl python-docx (.ci/run does).')

  it.skipIf(!readers)('exports an XLSX workbook that openpyxl reads: sheets, Vietnamese headers, frozen row, filters, numbers', async () => {
    const res = await fetchBinary('xlsx')
    const file = path.join(os.tmpdir(), `bao-cao-${process.pid}.xlsx`)
    fs.writeFileSync(file, res)
    onTestFinished(() => fs.rmSync(file, { force: true }))
    const out = JSON.parse(execFileSync('python3', ['-c', `
import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
ws = wb['Tổng hợp']
rows = [[c.value for c in r] for r in ws.iter_rows()]
print(json.dumps({'sheets': wb.sheetnames, 'freeze': ws.freeze_panes, 'filter': ws.auto_filter.ref, 'headers': rows[0], 'rows': rows[1:]}, ensure_ascii=False))
`, file], { encoding: 'utf8' }))
    expect(out.sheets).toEqual(['Tổng hợp', 'Theo kỳ', 'Theo loại', 'Theo lĩnh vực', 'Theo phong trào'])
    expect(out.freeze).toBe('A2')
    expect(out.filter).toMatch(/^A1:/)
    expect(out.headers.slice(0, 3)).toEqual(['Đơn vị', 'Cụm, khối thi đua', 'Số kỳ đạt'])
    const hoaAn = out.rows.find((r: unknown[]) => r[0] === 'Huyện Hoà An')
    const json = (await download('json')).body.units.find((u: { unitName: string }) => u.unitName === 'Huyện Hoà An')
    expect(hoaAn[2]).toBe(json.periodsMet)
    expect(hoaAn[3]).toBe(json.periodsRequired)
    expect(out.rows.at(-1)[0]).toBe('Toàn tỉnh')
  })

  it.skipIf(!readers)('exports a DOCX in the administrative form that python-docx reads: motto, issuer, number, date line, title, table, signature', async () => {
    const res = await fetchBinary('docx')
    const file = path.join(os.tmpdir(), `bao-cao-${process.pid}.docx`)
    fs.writeFileSync(file, res)
    onTestFinished(() => fs.rmSync(file, { force: true }))
    const text = execFileSync('python3', ['-c', `
import sys, docx
d = docx.Document(sys.argv[1])
parts = [p.text for p in d.paragraphs]
for t in d.tables:
    for r in t.rows:
        parts.append(' | '.join(c.text for c in r.cells))
print('\\n'.join(parts))
`, file], { encoding: 'utf8' })
    expect(text).toContain('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(text).toContain('Độc lập - Tự do - Hạnh phúc')
    expect(text).toContain('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG')
    expect(text).toMatch(/Số:\s+\/BC-HĐTĐKT/)
    expect(text).toMatch(/Sơn Hà, ngày\s+tháng\s+năm \d{4}/)
    expect(text).toContain(`Kết quả tuyên truyền, giới thiệu điển hình năm ${year}`)
    expect(text).toMatch(/Huyện Hoà An \| Cụm thi đua các huyện, thị xã, thành phố \| \d+ \| \d+/)
    expect(text).toContain('Nơi nhận:')
    expect(text).toContain('CHỦ TỊCH')
  })
})

/** The binary body of an export, through the same route handler. */
async function fetchBinary(format: string): Promise<Buffer> {
  const { guardedRest } = await import('../src/security/guardedRest.ts')
  const config = (await import('../src/payload.config.ts')).default
  const { GET } = guardedRest(config)
  const url = new URL(`http://localhost/api/reports/annual?year=${year}&format=${format}`)
  const res = await GET(new Request(url, { headers: { Authorization: `JWT ${token.editor}` } }), { params: Promise.resolve({ slug: ['reports', 'annual'] }) })
  expect(res.status).toBe(200)
  return Buffer.from(await res.arrayBuffer())
}

describe('reminders (issue #10, point 4)', () => {
  it('sends exactly the due reminders, once: a second run sends none', async () => {
    // Five days before the end of the current month in Vietnam.
    const now = new Date()
    const vn = new Date(now.getTime() + 7 * 3600_000)
    const monthEnd = Date.UTC(vn.getUTCFullYear(), vn.getUTCMonth() + 1, 1) - 7 * 3600_000
    const at = new Date(monthEnd - 5 * 86_400_000)
    const before = outbox.length
    const first = await sendQuotaReminders(t.payload, at)
    await new Promise((resolve) => setTimeout(resolve, 200))
    const board = (await rest('GET', `/api/reports/quota?year=${vn.getUTCFullYear()}`, { token: token.editor })).body
    const behindNow = board.units.filter((u: { periods: Array<{ key: string; state: string }> }) =>
      u.periods.some((p) => p.key === `${vn.getUTCFullYear()}-${String(vn.getUTCMonth() + 1).padStart(2, '0')}` && p.state === 'in-progress'),
    )
    const periodKey = `${vn.getUTCFullYear()}-${String(vn.getUTCMonth() + 1).padStart(2, '0')}`
    const { docs: logged } = await t.payload.find({ collection: 'reminder-log', where: { kind: { equals: 'quota' } }, pagination: false, overrideAccess: true, depth: 1 })
    const remindedUnits = logged.filter((r) => (r as { periodKey: string }).periodKey === periodKey).map((r) => ((r as { unit: { name: string } }).unit).name).sort()
    expect(remindedUnits).toEqual(behindNow.map((u: { name: string }) => u.name).sort())
    expect(remindedUnits.length).toBeGreaterThan(0)
    // Each reminder that had someone to send to left as one e-mail to the unit's contributors.
    const mails = outbox.slice(before)
    expect(mails.filter((m) => /chưa giới thiệu điển hình/.test(m.subject))).toHaveLength(first.filter((k) => k.startsWith('quota:')).length)
    for (const mail of mails) expect(mail.text).toContain('Thư tự động')
    expect(await sendQuotaReminders(t.payload, at)).toEqual([])
    const log = await t.payload.count({ collection: 'reminder-log', overrideAccess: true })
    expect(log.totalDocs).toBeGreaterThanOrEqual(first.length)
  })

  it('reminds units with no registration 30 and 7 days before 15/8, each once', async () => {
    const planYear = year
    const thirty = new Date(Date.UTC(planYear, 7, 15, 17) - 25 * 86_400_000)
    const sent30 = (await sendQuotaReminders(t.payload, thirty)).filter((k) => k.startsWith('registration-30:'))
    const seven = new Date(Date.UTC(planYear, 7, 15, 17) - 5 * 86_400_000)
    const sent7 = (await sendQuotaReminders(t.payload, seven)).filter((k) => k.startsWith('registration-7:'))
    const { docs: registered } = await t.payload.find({ collection: 'registrations', where: { year: { equals: planYear } }, pagination: false, overrideAccess: true, depth: 0 })
    const registeredUnits = new Set(registered.map((r) => String((r as { unit: number }).unit)))
    for (const key of [...sent30, ...sent7]) expect(registeredUnits.has(key.split(':')[1]!)).toBe(false)
    expect(sent30.length).toBe(sent7.length)
    expect(await sendQuotaReminders(t.payload, seven)).toEqual([])
  })

  it('is a scheduled Payload task', () => {
    const task = t.payload.config.jobs.tasks?.find((x) => x.slug === 'quotaReminders')
    expect(task?.schedule?.[0]?.cron).toBeTruthy()
  })
})
