import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.cleanup())

describe('Payload on an empty embedded database', () => {
  it('creates the schema through the shipped migrations', async () => {
    const { totalDocs } = await t.payload.count({ collection: 'articles', overrideAccess: true })
    expect(totalDocs).toBe(0)
  })
})
