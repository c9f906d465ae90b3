import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'

export interface TestPayload {
  payload: Payload
  dataDir: string
  cleanup: () => Promise<void>
}

/**
 * Boots the real Payload config on a fresh temporary SQLite file (migrated through the shipped
 * migrations, no mocks). `seed: true` loads the demo content as a first start would.
 */
export async function startTestPayload(options: { seed?: boolean } = {}): Promise<TestPayload> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-test-'))
  process.env.DATA_DIR = dataDir
  process.env.DATABASE_URI = `file:${path.join(dataDir, 'test.db')}`
  process.env.PAYLOAD_SECRET = 'test-secret-not-for-production'
  process.env.SEED_DEMO = options.seed ? 'true' : 'false'
  process.env.DEMO_PASSWORD = 'demo-password-123'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../src/payload.config.ts')
  const payload = await getPayload({ config })
  return {
    payload,
    dataDir,
    cleanup: async () => {
      await payload.destroy()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
