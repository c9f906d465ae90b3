import { spawn } from 'node:child_process'
import { BuildFailedError } from '../errors.ts'
import { BuildOutput, lineSplitter } from './buildOutput.ts'
import type { BuildServerCommand } from './buildServer.ts'

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
  /**
   * A build server that runs the fast builds, given `fastArgs` as its arguments: it stays running
   * between publishes, so a fast build does not start Node and load the build tools each time
   * (build/buildServer.ts). Full builds always run the command above, in a process of their own.
   */
  server?: BuildServerCommand
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

/**
 * Runs the build command in its own process group, its output going to `logFile`. Resolves when
 * it exits 0; otherwise rejects with a BuildFailedError carrying the last lines of output, so the
 * admin sees why without opening the log. A build past `timeoutMs` is killed with its children.
 */
export function runBuildCommand(options: RunBuildOptions): Promise<void> {
  const { build, logFile, timeoutMs } = options
  const output = new BuildOutput(logFile, options.onOutput)
  const streams = [lineSplitter((line) => output.line(line)), lineSplitter((line) => output.line(line))] // stdout's, stderr's
  return new Promise<void>((resolve, reject) => {
    const child = spawn(build.command, build.args, {
      cwd: build.cwd,
      env: { ...process.env, ...build.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    })
    let timedOut = false
    const stop = () => stopGroup(child.pid)
    const timer = setTimeout(() => {
      timedOut = true
      stop()
    }, timeoutMs)
    options.signal?.addEventListener('abort', stop, { once: true })
    // An abort that came while the build was being prepared fires no event: stop at once.
    if (options.signal?.aborted) stop()
    child.stdout.on('data', (chunk: Buffer) => streams[0]!.write(chunk))
    child.stderr.on('data', (chunk: Buffer) => streams[1]!.write(chunk))
    const finish = (error: BuildFailedError | null) => {
      clearTimeout(timer)
      options.signal?.removeEventListener('abort', stop)
      for (const stream of streams) stream.flush()
      void output.close().then(() => (error ? reject(error) : resolve()))
    }
    child.on('error', (error) =>
      finish(new BuildFailedError(`Could not start the site build (${build.command}): ${error.message}. Check the build command and that dependencies are installed.`, logFile)),
    )
    child.on('close', (code, signal) => {
      if (code === 0) return finish(null)
      for (const stream of streams) stream.flush()
      const why = options.signal?.aborted
        ? 'was stopped (the publisher is shutting down)'
        : timedOut
          ? `timed out after ${Math.round(timeoutMs / 1000)} s`
          : signal
            ? `was killed (${signal})`
            : `exited with code ${code}`
      finish(output.failed(`The site build ${why}.`))
    })
  })
}

/** Stops a detached child and everything it started: SIGTERM, then SIGKILL for what is left after 5 s. */
export function stopGroup(pid: number | undefined): void {
  killGroup(pid, 'SIGTERM')
  setTimeout(() => killGroup(pid, 'SIGKILL'), 5000).unref()
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
