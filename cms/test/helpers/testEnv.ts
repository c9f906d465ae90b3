import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Vitest setup file: runs before each test file's imports, so the Payload config (which reads the
 * environment when it is first imported) always sees this file's own temporary database.
 */
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-test-'))
process.env.DATA_DIR = dataDir
process.env.DATABASE_URI = `file:${path.join(dataDir, 'test.db')}`
process.env.PAYLOAD_SECRET = 'test-secret-not-for-production'
process.env.DEMO_PASSWORD = 'demo-password-123'
process.env.SEED_DEMO ??= 'false'
