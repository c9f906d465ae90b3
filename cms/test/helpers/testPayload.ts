import fs from 'node:fs'
import type { Payload } from 'payload'

export interface TestPayload {
  payload: Payload
  dataDir: string
  cleanup: () => Promise<void>
}

/**
 * Boots the real Payload config on this test file's fresh temporary SQLite file (set up by
 * testEnv.ts; migrated through the shipped migrations, no mocks). `seed: true` loads the demo
 * content as a first start would.
 */
export async function startTestPayload(options: { seed?: boolean } = {}): Promise<TestPayload> {
  const dataDir = process.env.DATA_DIR
  if (!dataDir?.includes('thidua-test-')) throw new Error('startTestPayload needs cms/test/helpers/testEnv.ts as a Vitest setup file')
  process.env.SEED_DEMO = options.seed ? 'true' : 'false'
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../src/payload.config.ts')
  const payload = await getPayload({ config })
  return {
    payload,
    dataDir,
    cleanup: async () => {
      // On MongoDB each test file has its own database: drop it.
      const connection = (payload.db as { connection?: { dropDatabase?: () => Promise<unknown> } }).connection
      if (process.env.DATABASE_URI?.startsWith('mongodb')) await connection?.dropDatabase?.().catch(() => undefined)
      await payload.destroy()
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
