import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rest, tokenFor } from './helpers/rest.ts'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'

/**
 * "Thông tin cổng" (issue #13, point 3): public by nature (Nghị định 42/2022 asks the portal to
 * show it), kept by the council's staff, never by a unit's account.
 */
const PASSWORD = 'mat-khau-thong-tin-cong-1'
let t: TestPayload
beforeAll(async () => {
  process.env.DEMO_PASSWORD = PASSWORD
  t = await startTestPayload({ seed: true })
})
afterAll(async () => {
  delete process.env.DEMO_PASSWORD
  await t?.cleanup()
})

describe('the portal information', () => {
  it('anonymous callers read it, with the defaults of a fresh portal', async () => {
    const res = await rest('GET', '/api/globals/portal-info?depth=0')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ councilName: 'Hội đồng Thi đua - Khen thưởng tỉnh Sơn Hà', agency: 'Uỷ ban nhân dân tỉnh Sơn Hà' })
    // The year plan stays for signed-in accounts.
    expect((await rest('GET', '/api/globals/year-plan')).status).toBe(403)
  })

  it('staff change it; a unit account cannot; a social link must be https', async () => {
    const editor = await tokenFor(t.payload, 'bientap@thidua.example', PASSWORD)
    const contributor = await tokenFor(t.payload, 'hoaan@thidua.example', PASSWORD)
    expect((await rest('POST', '/api/globals/portal-info', { token: contributor, json: { phone: '0000' } })).status).toBe(403)
    const bad = await rest('POST', '/api/globals/portal-info', { token: editor, json: { socialLinks: [{ label: 'Zalo OA', url: 'javascript:alert(1)' }] } })
    expect(bad.status).toBe(400)
    expect(JSON.stringify(bad.body)).toContain('https://')
    const ok = await rest('POST', '/api/globals/portal-info', { token: editor, json: { licence: 'Giấy phép số 12/GP-TTĐT', socialLinks: [{ label: 'Zalo OA', url: 'https://zalo.me/1234567890' }] } })
    expect(ok.status).toBe(200)
    expect((await rest('GET', '/api/globals/portal-info')).body).toMatchObject({ licence: 'Giấy phép số 12/GP-TTĐT', socialLinks: [{ label: 'Zalo OA', url: 'https://zalo.me/1234567890' }] })
  })
})
