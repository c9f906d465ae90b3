import { spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { BuildFailedError } from '../errors.ts'

/**
 * The command that builds the portal into a directory (the site's build script, or a test double).
 * `{outDir}` in `args` is replaced by that directory; it is also in the env as OUT_DIR.
 */
export interface BuildCommand {
  command: string
  args: string[]
  cwd?: string
  env?: Record<string, string>
  /**
   * Extra arguments for a fast build (only what changed since the live release), added when every
   * change since that release is known; the live release's directory is then in SITE_BASE_DIR.
   */
  fastArgs?: string[]
}

export interface RunBuildOptions {
  build: Pick<BuildCommand, 'command' | 'args' | 'cwd' | 'env'>
  /** Extra environment for this build (output directory, changed documents...). */
  env: Record<string, string>
  logFile: string
  timeoutMs: number
  /** Each line the build prints, e.g. to show progress during the first build at start. */
  onOutput?: (line: string) => void
  /** Aborting kills the build and its children (shutdown). */
  signal?: AbortSignal
}

const TAIL_LINES = 12

/**
 * Runs the build command in its own process group, its output going to `logFile`. Resolves when
 * it exits 0; otherwise rejects with a BuildFailedError carrying the last lines of output, so the
 * admin sees why without opening the log. A build past `timeoutMs` is killed with its children.
 */
export function runBuildCommand(options: RunBuildOptions): Promise<void> {
  const { build, logFile, timeoutMs } = options
  fs.mkdirSync(path.dirname(logFile), { recursive: true })
  const log = fs.createWriteStream(logFile)
  const tail: string[] = []
  // Lines are split per stream: a line half-written to stderr must not run into one on stdout.
  const partial = ['', ''] // stdout's, stderr's
  const collector = (stream: 0 | 1) => (chunk: Buffer) => {
    log.write(chunk)
    const lines = (partial[stream] + chunk.toString('utf8')).split(/\r?\n/)
    partial[stream] = lines.pop() ?? ''
    takeLines(lines)
  }
  const takeLines = (lines: string[]) => {
    for (const line of lines) {
      if (!line.trim()) continue
      tail.push(line)
      if (tail.length > TAIL_LINES) tail.shift()
      options.onOutput?.(line)
    }
  }
  return new Promise<void>((resolve, reject) => {
    const child = spawn(build.command, build.args, {
      cwd: build.cwd,
      env: { ...process.env, ...build.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    let timedOut = false
    const stop = () => {
      killGroup(child.pid, 'SIGTERM')
      setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000).unref()
    }
    const timer = setTimeout(() => {
      timedOut = true
      stop()
    }, timeoutMs)
    options.signal?.addEventListener('abort', stop, { once: true })
    // An abort that came while the build was being prepared fires no event: stop at once.
    if (options.signal?.aborted) stop()
    child.stdout.on('data', collector(0))
    child.stderr.on('data', collector(1))
    const finish = (error: BuildFailedError | null) => {
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', stop)
      for (const rest of partial) if (rest.trim()) tail.push(rest)
      log.end(() => (error ? reject(error) : resolve()))
    }
    child.on('error', (error) =>
      finish(new BuildFailedError(`Could not start the site build (${build.command}): ${error.message}. Check the build command and that dependencies are installed.`, logFile)),
    )
    child.on('close', (code, signal) => {
      if (code === 0) return finish(null)
      const why = options.signal?.aborted
        ? 'was stopped (the publisher is shutting down)'
        : timedOut
          ? `timed out after ${Math.round(timeoutMs / 1000)} s`
          : signal
            ? `was killed (${signal})`
            : `exited with code ${code}`
      const lastLines = tail.slice(-6).join('\n')
      finish(new BuildFailedError(`The site build ${why}.${lastLines ? `\n${lastLines}` : ''}\nFull log: ${logFile}`, logFile))
    })
  })
}

/** Kills a detached child and everything it started (npm -> astro -> workers). */
export function killGroup(pid: number | undefined, signal: NodeJS.Signals): void {
  if (!pid) return
  try {
    process.kill(-pid, signal)
  } catch {
    // Already gone.
  }
}
