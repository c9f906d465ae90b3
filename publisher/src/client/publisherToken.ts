import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

export const TOKEN_FILE = 'publisher-token'

/**
 * The shared secret of the CMS and the publisher: PUBLISHER_TOKEN, or a random token kept in the
 * data directory both processes use, created by whichever starts first. It guards the build
 * requests and the CMS's canaries endpoint (which lists unpublished paths and private values).
 */
export function publisherToken(dataDir: string, env: NodeJS.ProcessEnv = process.env): string {
  if (env.PUBLISHER_TOKEN) return env.PUBLISHER_TOKEN
  const file = path.join(/*turbopackIgnore: true*/ dataDir, TOKEN_FILE)
  const existing = readToken(file)
  if (existing) return existing
  fs.mkdirSync(dataDir, { recursive: true })
  try {
    fs.writeFileSync(file, randomBytes(24).toString('base64url'), { flag: 'wx', mode: 0o600 })
  } catch (error) {
    // The other process created it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
  }
  const created = readToken(file)
  if (!created) throw new Error(`Could not read the publisher token from ${file}; delete the file and restart.`)
  return created
}

function readToken(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8').trim() || null
  } catch {
    return null
  }
}
