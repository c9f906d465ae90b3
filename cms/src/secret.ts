import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { dataDir } from './paths.ts'

/**
 * PAYLOAD_SECRET from the environment, or one generated on first start and kept in the data
 * directory, so a fresh clone runs with no configuration and sessions survive restarts.
 */
export function payloadSecret(): string {
  if (process.env.PAYLOAD_SECRET) return process.env.PAYLOAD_SECRET
  const file = path.join(/*turbopackIgnore: true*/ dataDir(), 'payload-secret')
  if (!fs.existsSync(file)) fs.writeFileSync(file, randomBytes(32).toString('hex'), { mode: 0o600 })
  return fs.readFileSync(file, 'utf8').trim()
}
