import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Document, Packer, Paragraph } from 'docx'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { simplePdf } from '../src/seed/simplePdf.ts'
import { rest, restBytes, tokenFor } from './helpers/rest.ts'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'

/**
 * Events (issue #11) through the REST routes: an organiser sets up a conference with allocations
 * and targets; units enter their delegates and dossiers, each only for itself and only until the
 * deadline; the organiser sees the composition and who is late, exports the programme and the
 * "danh sách trích ngang" (read back by python-docx and openpyxl), sends chosen delegates up to the
 * parent event. Nobody anonymous sees a delegate, a dossier, an allocation or a target.
 */
const PASSWORD = 'mat-khau-hoi-nghi-1'
let t: TestPayload
const token: Record<'admin' | 'editor' | 'hoaAn' | 'dakLam', string> = {} as never
const unit: Record<'hoaAn' | 'dakLam' | 'soYTe', string | number> = {} as never
let provincial: { id: string | number }
let conference: { id: string | number }
const python = spawnSync('python3', ['-c', 'import openpyxl, docx'], { encoding: 'utf8' }).status === 0
const day = 24 * 3600_000

beforeAll(async () => {
  process.env.DEMO_PASSWORD = PASSWORD
  t = await startTestPayload({ seed: true })
  token.admin = await tokenFor(t.payload, 'quantri@thidua.example', PASSWORD)
  token.editor = await tokenFor(t.payload, 'bientap@thidua.example', PASSWORD)
  token.hoaAn = await tokenFor(t.payload, 'hoaan@thidua.example', PASSWORD)
  token.dakLam = await tokenFor(t.payload, 'daklam@thidua.example', PASSWORD)
  for (const [key, name] of [['hoaAn', 'Huyện Hoà An'], ['dakLam', 'Huyện Đắk Lâm'], ['soYTe', 'Sở Y tế']] as const) {
    unit[key] = (await t.payload.find({ collection: 'units', where: { name: { equals: name } }, overrideAccess: true })).docs[0]!.id
  }
})
afterAll(async () => {
  delete process.env.DEMO_PASSWORD
  await t?.cleanup()
})

const create = (collection: string, data: unknown, who: keyof typeof token) => rest('POST', `/api/${collection}`, { token: token[who], json: data })
const delegate = (name: string, extra: Record<string, unknown> = {}) => ({ event: conference.id, name, gender: 'male', ethnicity: 'Kinh', leadership: true, ...extra })

describe('an organiser sets up a conference', () => {
  it('with the Lạng Sơn programme pre-filled, allocations, targets and a deadline', async () => {
    const parent = await create('events', { title: 'Hội nghị biểu dương điển hình tiên tiến tỉnh', eventType: 'honouring-conference', level: 'province', startsAt: new Date(Date.now() + 60 * day).toISOString(), duration: 'morning' }, 'admin')
    expect(parent.status).toBe(201)
    provincial = parent.body.doc
    const res = await create('events', {
      title: 'Hội nghị điển hình tiên tiến khối huyện', eventType: 'honouring-conference', level: 'district-sector', parent: provincial.id,
      startsAt: new Date(Date.now() + 20 * day).toISOString(), duration: 'morning', place: 'Hội trường UBND tỉnh',
      dossierDeadline: new Date(Date.now() + 10 * day).toISOString(), expectedDelegates: 3,
      targets: { women: 40, ethnicMinority: 30, directWorkers: 50 },
      allocations: [{ unit: unit.hoaAn, seats: 2 }, { unit: unit.dakLam, seats: 1 }],
    }, 'editor')
    expect(res.status).toBe(201)
    conference = res.body.doc
    expect(res.body.doc.agenda.map((a: { item: string }) => a.item)[1]).toBe('Chào cờ')
    expect(res.body.doc.agenda.at(-1).item).toMatch(/bế mạc/)
    const talk = await create('events', { title: 'Tọa đàm giao lưu điển hình', eventType: 'talk-exchange', level: 'province', startsAt: new Date().toISOString(), duration: 'afternoon' }, 'editor')
    expect(talk.body.doc.agenda[0].item).toMatch(/Tuyên bố lý do/)
  })
})

describe('units enter their delegates and dossiers', () => {
  it('each for itself: the unit is set from the account, another unit sees none of them', async () => {
    const a = await create('delegates', delegate('Nông Thị Hoa', { gender: 'female', ethnicity: 'Tày', leadership: false, directWorker: true, phone: '0912 000 111', unit: unit.dakLam }), 'hoaAn')
    expect(a.status).toBe(403) // naming another unit is refused
    for (const d of [delegate('Nông Thị Hoa', { gender: 'female', ethnicity: 'Tày', leadership: false, directWorker: true, phone: '0912 000 111' }), delegate('Lục Văn Bình'), delegate('Hoàng Văn Cường')]) {
      const res = await create('delegates', d, 'hoaAn')
      expect(res.status, JSON.stringify(res.body)).toBe(201)
      expect(String(res.body.doc.unit?.id ?? res.body.doc.unit)).toBe(String(unit.hoaAn))
    }
    expect((await create('delegates', delegate('Y Đăm', { ethnicity: 'Ê Đê' }), 'dakLam')).status).toBe(201)
    const seen = await rest('GET', `/api/delegates?where[event][equals]=${conference.id}&limit=50`, { token: token.dakLam })
    expect(seen.body.docs.map((d: { name: string }) => d.name)).toEqual(['Y Đăm'])
  })

  it('not for an event the unit is not invited to, and not after the deadline', async () => {
    const notInvited = await create('delegates', { event: provincial.id, name: 'Người lạ' }, 'hoaAn')
    expect(notInvited.status).toBe(403)
    expect(notInvited.body.errors[0].message).toMatch(/không được mời/)
    await t.payload.update({ collection: 'events', id: conference.id, data: { dossierDeadline: new Date(Date.now() - 2 * day).toISOString() } as never, overrideAccess: true, draft: true })
    const late = await create('delegates', delegate('Đến muộn'), 'hoaAn')
    expect(late.status).toBe(403)
    expect(late.body.errors[0].message).toMatch(/^Đã quá hạn gửi danh sách đại biểu cho “Hội nghị điển hình tiên tiến khối huyện” \(hạn \d\d\/\d\d\/\d{4}\)/)
    // The organisers still can; their late entry is theirs to make.
    expect((await create('delegates', delegate('Bổ sung của Ban Tổ chức', { unit: unit.soYTe }), 'editor')).status).toBe(201)
    await t.payload.update({ collection: 'events', id: conference.id, data: { dossierDeadline: new Date(Date.now() + 10 * day).toISOString() } as never, overrideAccess: true, draft: true })
  })

  it('dossiers: a DOCX and a PDF are taken, a page pretending to be a PDF is not; the files are the unit’s and the council’s only', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Báo cáo tổng kết hội nghị điển hình tiên tiến huyện Hoà An')] }] }))
    const pdf = simplePdf(['Danh sach trich ngang dai bieu huyen Hoa An'])
    const upload = (bytes: Buffer, name: string, kind: string, who: keyof typeof token) => {
      const form = new FormData()
      form.set('file', new Blob([new Uint8Array(bytes)]), name)
      form.set('_payload', JSON.stringify({ event: conference.id, kind }))
      return rest('POST', '/api/dossiers', { token: token[who], form })
    }
    const report = await upload(docx, 'bao-cao-tong-ket.docx', 'summary-report', 'hoaAn')
    expect(report.status, JSON.stringify(report.body)).toBe(201)
    expect(report.body.doc.late).toBe(false)
    const list = await upload(pdf, 'danh-sach.pdf', 'delegate-list', 'hoaAn')
    expect(list.status, JSON.stringify(list.body)).toBe(201)
    const fake = await upload(Buffer.from('<html><script>alert(1)</script></html>'), 'gia-mao.pdf', 'other', 'hoaAn')
    expect(fake.status).toBe(400)
    expect(fake.body.errors[0].message).toMatch(/Chỉ nhận tệp PDF, Word/)
    const url = `/api/dossiers/file/${encodeURIComponent(report.body.doc.filename)}`
    expect((await restBytes(url)).status).toBeGreaterThanOrEqual(400)
    expect((await restBytes(url, token.dakLam)).status).toBeGreaterThanOrEqual(400)
    expect((await restBytes(url, token.editor)).status).toBe(200)
    expect((await rest('GET', '/api/dossiers?limit=10')).status).toBe(403)
  })
})

describe('the organiser sees the delegation and exports it', () => {
  it('composition per unit and in total, with seat and share warnings; who sent what', async () => {
    const res = await rest('GET', `/api/events/${conference.id}/delegates`, { token: token.editor })
    expect(res.status).toBe(200)
    const { rows, total } = res.body.composition
    const hoaAn = rows.find((r: { unit: string }) => r.unit === 'Huyện Hoà An')
    expect(hoaAn).toMatchObject({ seats: 2, delegates: 3, women: 1, ethnicMinority: 1, directWorkers: 1, warnings: ['Vượt số đại biểu được phân bổ: 3/2.'] })
    expect(rows.find((r: { unit: string }) => r.unit === 'Sở Y tế').warnings).toEqual(['Đơn vị không được phân bổ đại biểu.'])
    expect(total).toMatchObject({ seats: 3, delegates: 5, women: 1, ethnicMinority: 2 })
    expect(total.warnings).toEqual(['Vượt số đại biểu được phân bổ: 5/3.', 'Tỷ lệ nữ 20% thấp hơn mục tiêu 40%.', 'Tỷ lệ lao động trực tiếp, không giữ chức vụ lãnh đạo 20% thấp hơn mục tiêu 50%.'])
    const dossiers = res.body.dossiers.map((d: { unitName: string; sent: unknown[] }) => [d.unitName, d.sent.length])
    expect(dossiers).toEqual([['Huyện Hoà An', 2], ['Huyện Đắk Lâm', 0]])
    // A unit sees its own delegates and its own dossiers, not the others'.
    const own = await rest('GET', `/api/events/${conference.id}/delegates`, { token: token.dakLam })
    expect(own.body.delegates.rows.map((r: unknown[]) => r[1])).toEqual(['Y Đăm'])
    expect(own.body.dossiers.map((d: { unitName: string }) => d.unitName)).toEqual(['Huyện Đắk Lâm'])
  })

  it.skipIf(!python)('the programme and the "danh sách trích ngang" open in python-docx and openpyxl', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-event-exports-'))
    const save = async (url: string, name: string) => {
      const res = await restBytes(url, token.editor)
      expect(res.status).toBe(200)
      fs.writeFileSync(path.join(dir, name), res.bytes)
      return path.join(dir, name)
    }
    const docxText = (file: string) => execFileSync('python3', ['-c', `
import sys, docx
d = docx.Document(sys.argv[1])
parts = [p.text for p in d.paragraphs]
for t in d.tables:
    for r in t.rows:
        parts.append(' | '.join(c.text for c in r.cells))
print('\\n'.join(parts))`, file], { encoding: 'utf8' })
    const agenda = docxText(await save(`/api/events/${conference.id}/agenda`, 'ct.docx'))
    expect(agenda).toContain('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM')
    expect(agenda).toMatch(/Số:\s+\/CTr-HĐTĐKT/)
    expect(agenda).toContain('CHƯƠNG TRÌNH')
    expect(agenda).toContain('08:00 | Chào cờ |')
    const list = docxText(await save(`/api/events/${conference.id}/delegates?format=docx`, 'ds.docx'))
    expect(list).toContain('DANH SÁCH')
    expect(list).toMatch(/\d \| Nông Thị Hoa \| {2}\| Nữ \| Tày \|/)
    const sheet = JSON.parse(execFileSync('python3', ['-c', `
import sys, json, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(json.dumps({ 'sheets': wb.sheetnames, 'rows': [[c for c in r] for r in wb.worksheets[0].iter_rows(values_only=True)] }, ensure_ascii=False))`, await save(`/api/events/${conference.id}/delegates?format=xlsx`, 'ds.xlsx')], { encoding: 'utf8' }))
    expect(sheet.sheets).toEqual(['Danh sách trích ngang', 'Cơ cấu đại biểu'])
    expect(sheet.rows[0]).toEqual(['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Dân tộc', 'Chức vụ, nơi công tác', 'Đơn vị cử', 'Lãnh đạo, quản lý', 'Lao động trực tiếp', 'Danh hiệu, khen thưởng', 'Tham luận'])
    expect(sheet.rows).toHaveLength(6)
    fs.rmSync(dir, { recursive: true, force: true })
  })

  it('chooses delegates for the parent event, each once; a unit cannot', async () => {
    const list = await rest('GET', `/api/delegates?where[event][equals]=${conference.id}&where[name][equals]=Nông Thị Hoa`, { token: token.editor })
    const id = list.body.docs[0].id
    expect((await rest('POST', `/api/events/${conference.id}/choose-delegates`, { token: token.hoaAn, json: { delegates: [id] } })).status).toBe(403)
    const first = await rest('POST', `/api/events/${conference.id}/choose-delegates`, { token: token.editor, json: { delegates: [id] } })
    expect(first.body).toMatchObject({ created: 1, skipped: 0 })
    expect((await rest('POST', `/api/events/${conference.id}/choose-delegates`, { token: token.editor, json: { delegates: [id] } })).body).toMatchObject({ created: 0, skipped: 1 })
    const up = await rest('GET', `/api/delegates?where[event][equals]=${provincial.id}`, { token: token.editor })
    expect(up.body.docs.map((d: { name: string; ethnicity: string }) => [d.name, d.ethnicity])).toEqual([['Nông Thị Hoa', 'Tày']])
  })
})

describe('what anonymous callers see', () => {
  it('a published event without allocations, targets or deadline; no delegates, no dossiers, no phone anywhere', async () => {
    await t.payload.update({
      collection: 'events', id: conference.id, overrideAccess: true,
      data: { _status: 'published', workflowState: 'published', awards: [{ form: 'bang-khen', title: 'Bằng khen của Ban Chấp hành LĐLĐ tỉnh', decisionNumber: '123/QĐ-LĐLĐ', recipientName: 'Nông Thị Hoa', recipientUnit: unit.hoaAn }] } as never,
    })
    const res = await rest('GET', `/api/events/${conference.id}?depth=2`)
    expect(res.status).toBe(200)
    for (const field of ['targets', 'dossierDeadline', 'expectedDelegates', 'internalNotes']) expect(res.body).not.toHaveProperty(field)
    // Payload keeps an array field's key when read access strips it; its rows are gone.
    expect(res.body.allocations ?? []).toEqual([])
    expect(res.body.reviewHistory ?? []).toEqual([])
    expect(res.body.awards[0]).toMatchObject({ title: 'Bằng khen của Ban Chấp hành LĐLĐ tỉnh', recipientName: 'Nông Thị Hoa' })
    expect((await rest('GET', '/api/delegates')).status).toBe(403)
    expect((await rest('GET', `/api/events/${conference.id}/delegates`)).status).toBe(401)
    expect((await rest('GET', `/api/events/${provincial.id}`)).status).toBe(404)
    const everything = (await rest('GET', '/api/events?depth=2&limit=100')).text + (await rest('POST', '/api/graphql', { json: { query: '{ Events { docs { title awards { recipientName } } } }' } })).text
    expect(everything).not.toContain('0912 000 111')
    expect(everything).not.toContain('Tày')
  })
})
