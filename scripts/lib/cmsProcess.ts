import { spawn, type ChildProcess } from 'node:child_process'
import { root } from './adminBuild.ts'

export interface CmsProcess {
  url: string
  child: ChildProcess
  stop: () => Promise<void>
}

/** Waits until `url` answers 200, or fails with what to do after `timeoutMs`. */
async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The CMS exited (code ${child.exitCode}) before it was ready; see its log above.`)
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5000) })
      if (res.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500))
  }
  throw new Error(`The CMS did not answer ${url} within ${timeoutMs / 1000} s. Check the log above, or free the port (HOST/PORT).`)
}

/**
 * Starts the production CMS (next start) and resolves once its API answers: by then migrations have
 * run and, on an empty database, the demo content is seeded (Payload starts in instrumentation.ts).
 */
export async function startCms(env: NodeJS.ProcessEnv): Promise<CmsProcess> {
  const host = env.HOST ?? '127.0.0.1'
  const port = env.PORT ?? '3000'
  const url = `http://${host}:${port}`
  const child = spawn('npm', ['run', 'start', '--silent', '-w', '@thidua/cms'], {
    cwd: root,
    env: { ...env, NODE_ENV: 'production', HOST: host, PORT: port },
    stdio: ['ignore', 'inherit', 'inherit'],
    detached: true,
  })
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return
    const exited = new Promise((r) => child.once('exit', r))
    process.kill(-child.pid, 'SIGTERM')
    const timer = setTimeout(() => child.pid && child.exitCode === null && process.kill(-child.pid, 'SIGKILL'), 10_000)
    await exited
    clearTimeout(timer)
  }
  await waitForHttp(`${url}/api/movements?limit=1&depth=0`, child, 180_000)
  return { url, child, stop }
}
