import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { outbox } from '../src/email/outbox.ts'
import { rest, restBytes, tokenFor } from './helpers/rest.ts'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'

/**
 * Importing from spreadsheets (issue #12, point 3) through the real REST routes: the template,
 * the preview's verdicts on bad files, a good import, a re-import that changes nothing, accounts
 * with an invitation instead of a password, and who may do what.
 */
const PASSWORD = 'mat-khau-nhap-du-lieu-1'
let t: TestPayload
const token: Record<'admin' | 'editor' | 'contributor', string> = {} as never

beforeAll(async () => {
  process.env.DEMO_PASSWORD = PASSWORD
  process.env.EMAIL_TRANSPORT = 'memory'
  t = await startTestPayload({ seed: true })
  token.admin = await tokenFor(t.payload, 'quantri@thidua.example', PASSWORD)
  token.editor = await tokenFor(t.payload, 'bientap@thidua.example', PASSWORD)
  token.contributor = await tokenFor(t.payload, 'hoaan@thidua.example', PASSWORD)
})
afterAll(async () => {
  delete process.env.DEMO_PASSWORD
  delete process.env.EMAIL_TRANSPORT
  await t?.cleanup()
})

async function xlsx(headers: string[], rows: unknown[][], edit?: (sheet: ExcelJS.Worksheet) => void): Promise<Blob> {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Dữ liệu')
  sheet.addRow(headers)
  for (const row of rows) sheet.addRow(row)
  edit?.(sheet)
  return new Blob([new Uint8Array(await workbook.xlsx.writeBuffer())])
}
const csv = (text: string) => new Blob([new TextEncoder().encode(text)])

function form(kind: string, file: Blob, name = 'du-lieu.xlsx') {
  const data = new FormData()
  data.set('kind', kind)
  data.set('file', file, name)
  return data
}
const preview = (kind: string, file: Blob, who: keyof typeof token = 'editor') => rest('POST', '/api/import/preview', { token: token[who], form: form(kind, file) })
const commit = (kind: string, file: Blob, who: keyof typeof token = 'editor') => rest('POST', '/api/import/commit', { token: token[who], form: form(kind, file) })

const UNIT_HEADERS = ['Tên đơn vị', 'Loại đơn vị', 'Đơn vị cấp trên', 'Cụm, khối thi đua']

describe('who may import', () => {
  it('refuses anonymous callers, contributors, and editors importing accounts', async () => {
    const file = await xlsx(UNIT_HEADERS, [['Xã Thử', 'Xã', '', '']])
    expect((await rest('POST', '/api/import/preview', { form: form('units', file) })).status).toBe(401)
    expect((await preview('units', file, 'contributor')).status).toBe(403)
    const users = await preview('users', await xlsx(['Họ và tên', 'Email', 'Đơn vị'], [['A', 'a@x.example', 'Huyện Hoà An']]), 'editor')
    expect(users.status).toBe(403)
    expect(users.body.errors[0].message).toBe('Chỉ quản trị viên được nhập tài khoản.')
    expect((await rest('GET', '/api/import/template?kind=units')).status).toBe(401)
    expect((await rest('GET', '/api/import/template?kind=secrets', { token: token.editor })).status).toBe(400)
  })
})

describe('the template', () => {
  it('is an XLSX whose header row is the columns the importer reads; filled in, it imports', async () => {
    const res = await fetchTemplate('units')
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(res as never)
    const sheet = workbook.worksheets[0]!
    expect(sheet.getRow(1).values).toEqual([undefined, 'Tên đơn vị', 'Loại đơn vị', 'Đơn vị cấp trên', 'Cụm, khối thi đua', 'Giới thiệu'])
    expect(workbook.worksheets[1]!.name).toBe('Hướng dẫn')
    sheet.addRow(['Xã Mẫu Sơn', 'Xã, phường, thị trấn', 'Huyện Hoà An', 'Cụm các xã'])
    const filled = new Blob([new Uint8Array(await workbook.xlsx.writeBuffer())])
    const planned = await preview('units', filled)
    expect(planned.body.counts).toEqual({ create: 1, update: 0, unchanged: 0, error: 0 })
  })
})

async function fetchTemplate(kind: string) {
  const res = await restBytes(`/api/import/template?kind=${kind}`, token.admin)
  expect(res.status).toBe(200)
  return Buffer.from(res.bytes)
}

describe('bad files get the documented verdict and write nothing', () => {
  const cases: Array<[string, () => Promise<Blob>, number, RegExp]> = [
    ['wrong columns', () => xlsx(['Đơn vị nào', 'Ghi chú'], [['Xã A', '']]), 200, /Thiếu cột bắt buộc “Tên đơn vị”/],
    ['an unknown parent unit', () => xlsx(UNIT_HEADERS, [['Xã A', 'Xã', 'Huyện Không Tồn Tại', '']]), 200, /Không có đơn vị cấp trên “Huyện Không Tồn Tại”/],
    ['a duplicate row', () => xlsx(UNIT_HEADERS, [['Xã A', 'Xã', '', ''], ['Xã A', 'Xã', '', '']]), 200, /Trùng với dòng 2/],
    ['a formula', () => xlsx(UNIT_HEADERS, [['Xã A', 'Xã', '', { formula: 'UPPER("cụm")', result: 'CỤM' }]]), 200, /công thức/],
    ['a CSV formula', async () => csv('Tên đơn vị,Loại đơn vị\r\nXã A,"=HYPERLINK(""http://x"")"\r\n'), 200, /công thức/],
    ['an Excel 97 file', async () => new Blob([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])]), 422, /\.xls/],
    ['a CSV not in UTF-8', async () => new Blob([new Uint8Array([0x54, 0xea, 0x6e, 0x2c, 0x4c, 0x6f, 0xe1, 0x69, 0x0a])]), 422, /UTF-8/],
    ['an empty file', async () => new Blob([]), 422, /rỗng/],
  ]
  it.each(cases)('%s', async (_name, make, status, message) => {
    const before = (await t.payload.count({ collection: 'units', overrideAccess: true })).totalDocs
    const res = await preview('units', await make())
    expect(res.status).toBe(status)
    expect(JSON.stringify(res.body)).toMatch(message)
    expect((await commit('units', await make())).status).toBe(422)
    expect((await t.payload.count({ collection: 'units', overrideAccess: true })).totalDocs).toBe(before)
  })
})

describe('units', () => {
  it('a semicolon CSV in NFD with a parent from a later row imports as NFC; the same file again changes nothing', async () => {
    const text = ['Tên đơn vị;Loại đơn vị;Đơn vị cấp trên;Cụm, khối thi đua', 'Xã Nà Khoang;Xã;Phòng Văn hoá Bảo Yên;Cụm miền núi', 'Phòng Văn hoá Bảo Yên;Sở, ban, ngành;;'].join('\r\n').normalize('NFD')
    const planned = await preview('units', csv(text))
    expect(planned.status).toBe(200)
    expect(planned.body.rows.map((r: { line: number; verdict: string }) => [r.line, r.verdict])).toEqual([[2, 'create'], [3, 'create']])
    const done = await commit('units', csv(text))
    expect(done.status).toBe(200)
    expect(done.body.created).toBe(2)
    const { docs } = await t.payload.find({ collection: 'units', where: { name: { equals: 'Xã Nà Khoang' } }, depth: 1, overrideAccess: true })
    expect(docs).toHaveLength(1)
    expect((docs[0]!.parent as { name: string }).name).toBe('Phòng Văn hoá Bảo Yên')
    expect(docs[0]!.cluster).toBe('Cụm miền núi')
    const again = await commit('units', csv(text))
    expect(again.status).toBe(422)
    expect(again.body.errors[0].message).toMatch(/Không có gì mới/)
    expect(again.body.plan.counts).toEqual({ create: 0, update: 0, unchanged: 2, error: 0 })
  })
})

describe('contributor accounts', () => {
  it('the administrator imports accounts without passwords; each gets an invitation whose link sets a password', async () => {
    const before = outbox.length
    const file = await xlsx(['Họ và tên', 'Email', 'Vai trò', 'Đơn vị'], [['Lường Thị Mai', 'Mai@BaoYen.example', 'Cộng tác viên', 'Huyện Hoà An']])
    const res = await commit('users', file, 'admin')
    expect(res.status).toBe(200)
    expect(res.body.invited).toEqual(['mai@baoyen.example'])
    const mail = outbox.slice(before).find((m) => String(m.to).includes('mai@baoyen.example'))!
    expect(mail.subject).toMatch(/Mời tham gia/)
    const tokenInMail = /\/admin\/reset\/([\w-]+)/.exec(mail.text ?? '')![1]!
    await t.payload.resetPassword({ collection: 'users', data: { token: tokenInMail, password: 'mat-khau-cua-mai-1' }, overrideAccess: true })
    const login = await t.payload.login({ collection: 'users', data: { email: 'mai@baoyen.example', password: 'mat-khau-cua-mai-1' } })
    expect(login.user.role).toBe('contributor')
    expect((await commit('users', file, 'admin')).status).toBe(422)
  })
})

describe('exemplars', () => {
  const headers = ['Tên điển hình', 'Đơn vị đề xuất', 'Đối tượng', 'Loại điển hình', 'Khen thưởng', 'Ngày sinh', 'Dân tộc']
  it('imports past exemplars as drafts with their awards and private data, never public; adding an award later updates', async () => {
    const rows = [['Hoàng Văn Thụ Nhập', 'Huyện Hoà An', 'Cá nhân', 'Điển hình tiên tiến', 'Chiến sĩ thi đua cơ sở (2019); Bằng khen của Chủ tịch UBND tỉnh (2021, UBND tỉnh)', '05/03/1985', 'Tày']]
    const res = await commit('exemplars', await xlsx(headers, rows))
    expect(res.status).toBe(200)
    const { docs } = await t.payload.find({ collection: 'exemplars', where: { name: { equals: 'Hoàng Văn Thụ Nhập' } }, draft: true, overrideAccess: true })
    expect(docs[0]).toMatchObject({ _status: 'draft', ethnicity: 'Tày', awards: [{ title: 'Chiến sĩ thi đua cơ sở', year: 2019 }, { title: 'Bằng khen của Chủ tịch UBND tỉnh', year: 2021, issuer: 'UBND tỉnh' }] })
    expect(String((docs[0]!.contact as { dateOfBirth: string }).dateOfBirth)).toMatch(/^1985-03-05/)
    expect((await rest('GET', '/api/exemplars?where[name][equals]=Hoàng Văn Thụ Nhập')).body.docs).toEqual([])
    expect((await commit('exemplars', await xlsx(headers, rows))).status).toBe(422)
    rows[0]![4] += '; Giấy khen (2023)'
    const more = await preview('exemplars', await xlsx(headers, rows))
    expect(more.body.rows[0]).toMatchObject({ verdict: 'update', changes: ['Khen thưởng (+1)'] })
  })

  it('an award added to a published profile lands as a draft, and the same file again changes nothing', async () => {
    const live = (await t.payload.find({ collection: 'exemplars', where: { _status: { equals: 'published' } }, limit: 1, depth: 1, overrideAccess: true })).docs[0]!
    const rows = [[live.name, (live.unit as { name: string }).name, '', '', 'Giấy khen của Chủ tịch UBND huyện (2025)', '', '']]
    expect((await commit('exemplars', await xlsx(headers, rows))).body).toMatchObject({ updated: 1 })
    expect(((await t.payload.findByID({ collection: 'exemplars', id: live.id, overrideAccess: true })).awards ?? []).length).toBe((live.awards ?? []).length)
    const again = await commit('exemplars', await xlsx(headers, rows))
    expect(again.status).toBe(422)
    expect(again.body.plan.counts).toEqual({ create: 0, update: 0, unchanged: 1, error: 0 })
  })

  it('a 5,000-row workbook gets a verdict on every row, a bad date named with its row', async () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [`Điển hình số ${i + 1}`, 'Huyện Hoà An', 'Cá nhân', 'Nhân tố mới', '', i === 4321 ? '31/02/2020' : '01/01/1990', ''])
    const res = await preview('exemplars', await xlsx(headers, rows))
    expect(res.status).toBe(200)
    expect(res.body.counts).toEqual({ create: 4999, update: 0, unchanged: 0, error: 1 })
    expect(res.body.rows.find((r: { verdict: string }) => r.verdict === 'error')).toMatchObject({ line: 4323, messages: ['Ngày sinh: “31/02/2020”: tháng 2/2020 không có ngày 31.'] })
  })
})

describe('the command line', () => {
  const root = path.resolve(import.meta.dirname, '../..')
  const run = (...args: string[]) => spawnSync(process.execPath, [path.join(root, 'scripts/import.ts'), ...args], { cwd: root, env: process.env, encoding: 'utf8', timeout: 180_000 })

  it('npm run import -- FILE --dry-run prints every verdict and writes nothing; without it, it imports; errors exit 1', async () => {
    const file = path.join(t.dataDir, 'don-vi.csv')
    fs.writeFileSync(file, 'Tên đơn vị,Loại đơn vị,Đơn vị cấp trên\r\nXã Dòng Lệnh,Xã,Huyện Hoà An\r\n')
    const dry = run(file, '--dry-run')
    expect(dry.stdout).toContain('units, 1 dòng: 1 thêm mới, 0 cập nhật, 0 không đổi, 0 lỗi.')
    expect(dry.stdout).toContain('--dry-run: không ghi gì.')
    expect(dry.status).toBe(0)
    const count = async () => (await t.payload.count({ collection: 'units', where: { name: { equals: 'Xã Dòng Lệnh' } }, overrideAccess: true })).totalDocs
    expect(await count()).toBe(0)
    const real = run(file)
    expect(real.stdout).toContain('Đã nhập: 1 thêm mới, 0 cập nhật')
    expect(await count()).toBe(1)
    expect(run(file).stdout).toContain('Không có gì mới để nhập.')
    fs.writeFileSync(file, 'Tên đơn vị,Loại đơn vị\r\nXã Lỗi,Tỉnh lỵ\r\n')
    const bad = run(file, '--dry-run')
    expect(bad.status).toBe(1)
    expect(bad.stdout).toMatch(/dòng 2 \(Xã Lỗi\): LỖI: “Tỉnh lỵ” không phải loại đơn vị hợp lệ/)
  }, 300_000)
})
