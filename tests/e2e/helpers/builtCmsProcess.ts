import { spawn, type ChildProcess } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const NEXT_BIN = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../node_modules/next/dist/bin/next')

export interface BuiltCmsProcess {
  child: ChildProcess
  /** Everything the server printed so far, for failure messages. */
  output: () => string
  /** Stops the server and the workers it forked. */
  stop: () => Promise<void>
}

/**
 * Runs a production build of the CMS (`next start` in `cmsDir`) on 127.0.0.1:`port`, with
 * NODE_ENV=production, the embedded database and `env` on top of this process's environment.
 */
export function spawnBuiltCms(cmsDir: string, port: number, env: Record<string, string | undefined>): BuiltCmsProcess {
  let output = ''
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: cmsDir,
    detached: true,
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URI: '', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return { child, output: () => output, stop: () => stopProcess(child) }
}

function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.pid === undefined) return resolve()
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 10_000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    process.kill(-child.pid, 'SIGTERM') // the whole group: next start forks workers
  })
}
