import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import { connect, createServer } from 'node:net'
import os from 'node:os'
import path from 'node:path'

/** Where scripts/ci/install-ferretdb.sh puts FerretDB (or FERRETDB_BIN). */
export function ferretdbBinary(): string | null {
  const candidates = [process.env.FERRETDB_BIN, path.join(os.homedir(), 'go', 'bin', 'ferretdb')].filter((p): p is string => Boolean(p))
  return candidates.find((p) => fs.existsSync(p)) ?? null
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))))
    })
  })
}

async function waitForPort(port: number, child: ChildProcess, timeoutMs = 30_000): Promise<void> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`FerretDB exited with code ${child.exitCode} before listening`)
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)))
      socket.once('error', () => resolve(false))
    })
    if (open) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`FerretDB did not listen on 127.0.0.1:${port} within ${timeoutMs / 1000} s`)
}

export interface RunningFerretdb {
  uri: string
  stop: () => Promise<void>
}

/**
 * Starts FerretDB on a free loopback port with its embedded SQLite backend in a temporary state
 * directory (issue #12): a real MongoDB-wire-protocol server for the MongoDB test suites.
 */
export async function startFerretdb(binary: string): Promise<RunningFerretdb> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-ferretdb-'))
  const port = await freePort()
  const log = fs.openSync(path.join(dir, 'ferretdb.log'), 'a')
  const child = spawn(
    binary,
    ['--handler=sqlite', `--sqlite-url=file:${dir}/`, `--state-dir=${dir}`, `--listen-addr=127.0.0.1:${port}`, '--debug-addr=-', '--telemetry=disable', '--log-level=warn'],
    { stdio: ['ignore', log, log] },
  )
  await waitForPort(port, child)
  return {
    uri: `mongodb://127.0.0.1:${port}/`,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGTERM')
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
      }
      fs.closeSync(log)
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
