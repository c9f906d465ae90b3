import { freePort } from './freePort.ts'
import { spawnBuiltCms } from './builtCmsProcess.ts'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const CMS_DIR = path.join(REPO_ROOT, 'cms')

/** The admin build the suites run against; `npm test` builds it first. */
export const cmsBuilt = (): boolean => existsSync(path.join(CMS_DIR, '.next/BUILD_ID'))

export const DEMO_ADMIN = { email: 'quantri@thidua.example', password: 'e2e-demo-password-123' }

export interface RunningCms {
  url: string
  /** Server output so far, for failure messages. */
  log: () => string
  /** An admin's JWT for REST calls (Authorization: JWT …). */
  adminToken: string
  stop: () => Promise<void>
}

async function login(url: string): Promise<string | undefined> {
  try {
    const response = await fetch(`${url}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(DEMO_ADMIN),
    })
    if (!response.ok) return undefined
    return ((await response.json()) as { token?: string }).token
  } catch {
    return undefined // not listening yet
  }
}

/**
 * Starts the production build of the CMS (`next start`) on a free port with a fresh temporary data
 * directory, so the first start migrates and seeds the demo content; resolves once the demo admin
 * can log in (accounts are seeded last).
 */
export async function startBuiltCms({ timeoutMs = 240_000 } = {}): Promise<RunningCms> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'thidua-e2e-'))
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const cms = spawnBuiltCms(CMS_DIR, port, { DATA_DIR: dataDir, DEMO_PASSWORD: DEMO_ADMIN.password })
  const { child, output: log } = cms
  const stop = async () => {
    await cms.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }

  const fail = async (what: string) => {
    await stop()
    return new Error(`${what}. Server output (last 4000 characters):\n${log().slice(-4000)}`)
  }
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null) throw await fail(`The CMS exited with code ${child.exitCode} while starting`)
    // next start keeps listening after Payload failed to initialise; every request would then fail.
    if (/Failed to prepare server|payloadInitError/.test(log())) throw await fail('Payload failed to start in the built CMS')
    const token = await login(url)
    if (token) return { url, log, adminToken: token, stop }
    if (Date.now() > deadline) throw await fail(`The CMS did not accept the demo admin's login within ${timeoutMs / 1000} s`)
    await new Promise((r) => setTimeout(r, 1000))
  }
}
