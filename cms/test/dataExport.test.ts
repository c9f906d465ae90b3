import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rest, restBytes, tokenFor } from './helpers/rest.ts'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'

/**
 * Exporting an admin list's current filter (issue #12, point 4) through the REST route the list's
 * "Xuất XLSX / CSV" links call: staff only, Vietnamese headers, the same rows as the filtered
 * list, private columns only for those who may read them.
 */
const PASSWORD = 'mat-khau-xuat-du-lieu-1'
let t: TestPayload
const token: Record<'admin' | 'editor' | 'contributor', string> = {} as never

beforeAll(async () => {
  process.env.DEMO_PASSWORD = PASSWORD
  t = await startTestPayload({ seed: true })
  token.admin = await tokenFor(t.payload, 'quantri@thidua.example', PASSWORD)
  token.editor = await tokenFor(t.payload, 'bientap@thidua.example', PASSWORD)
  token.contributor = await tokenFor(t.payload, 'hoaan@thidua.example', PASSWORD)
})
afterAll(async () => {
  delete process.env.DEMO_PASSWORD
  await t?.cleanup()
})

const download = (path: string, who: keyof typeof token) => restBytes(path, token[who])

async function sheetOf(res: { bytes: Uint8Array }) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(Buffer.from(res.bytes) as never)
  const sheet = workbook.worksheets[0]!
  const rows: string[][] = []
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))))
  return { headers: rows[0]!, rows: rows.slice(1) }
}

describe('exporting a list', () => {
  it('refuses anonymous callers, unit accounts, unknown lists and formats', async () => {
    expect((await rest('GET', '/api/export/exemplars')).status).toBe(401)
    expect((await rest('GET', '/api/export/exemplars', { token: token.contributor })).status).toBe(403)
    expect((await rest('GET', '/api/export/payload-preferences', { token: token.editor })).status).toBe(404)
    expect((await rest('GET', '/api/export/exemplars?format=pdf', { token: token.editor })).status).toBe(400)
  })

  it('the filtered list as XLSX: the same rows, Vietnamese headers and labels, staff-only columns for staff', async () => {
    const res = await download('/api/export/exemplars?format=xlsx&where[kind][equals]=new-model&sort=name', 'editor')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-disposition')).toMatch(/exemplars-\d{4}-\d{2}-\d{2}\.xlsx/)
    const { headers, rows } = await sheetOf(res)
    const expected = await t.payload.find({ collection: 'exemplars', where: { kind: { equals: 'new-model' } }, sort: 'name', draft: true, pagination: false, overrideAccess: true })
    expect(rows.map((r) => r[headers.indexOf('Tên điển hình (cá nhân, tập thể, hộ gia đình)')])).toEqual(expected.docs.map((d) => d.name))
    expect(new Set(rows.map((r) => r[headers.indexOf('Loại điển hình')]))).toEqual(new Set(['Mô hình mới']))
    for (const header of ['Dân tộc', 'Giới tính', 'Thông tin liên hệ (không công khai): Điện thoại', 'Đơn vị đề xuất']) expect(headers).toContain(header)
    expect(headers.some((h) => /privacy|marker/i.test(h))).toBe(false)
  })

  it('CSV with the list search, and accounts limited by account access', async () => {
    const res = await rest('GET', '/api/export/units?format=csv&search=Hoà', { token: token.editor })
    expect(res.status).toBe(200)
    // A byte-order mark first, so Excel opens it as UTF-8 (text() strips it).
    expect(res.text.startsWith('ID,Tên đơn vị')).toBe(true)
    const { bytes } = await download('/api/export/units?format=csv&search=Hoà', 'editor')
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = res.text.trim().split('\r\n').slice(1)
    expect(lines.length).toBeGreaterThan(0)
    expect(lines.every((line) => line.includes('Hoà'))).toBe(true)
    // An editor reads only their own account: that is all an export of accounts gives them.
    const users = await rest('GET', '/api/export/users?format=csv', { token: token.editor })
    expect(users.text.trim().split('\r\n').slice(1)).toHaveLength(1)
    expect(users.text).not.toMatch(/hash|salt/i)
    const all = await rest('GET', '/api/export/users?format=csv', { token: token.admin })
    expect(all.text.trim().split('\r\n').length - 1).toBe((await t.payload.count({ collection: 'users', overrideAccess: true })).totalDocs)
  })

  it('a bad filter is a 400 in Vietnamese, not a 500', async () => {
    const res = await rest('GET', '/api/export/articles?format=csv&where[publishedAt][greater_than]=31/02/2020', { token: token.editor })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(/ngày|Ngày/)
  })
})
