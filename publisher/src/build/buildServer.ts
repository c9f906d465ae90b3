import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { BuildOutput, lineSplitter } from './buildOutput.ts'
import { killGroup, stopGroup, type RunBuildOptions } from './runBuildCommand.ts'

/**
 * A long-lived process that runs builds one after another (the site's scripts/buildServer.ts, or a
 * test double): it keeps its modules loaded between publishes, so a fast build does not pay for
 * starting Node and loading the site's build tools each time (issue #14).
 *
 * Protocol: one request per line on its stdin, `{"id", "args", "env"}` (the build's arguments and
 * its environment on top of the server's own); the build's output on stdout and stderr; then, on
 * each of the two, a line `BUILD_DONE` followed by `{"id", "code", "exiting"?}`. Code 0: built.
 * `exiting`: the server stops after this build (memory, or a failure), so the next one starts anew.
 */
export interface BuildServerCommand {
  command: string
  args: string[]
  cwd?: string
  env?: Record<string, string>
}

export const BUILD_DONE = '\u001eBUILD_DONE '

interface Running {
  id: string
  child: ChildProcessWithoutNullStreams
  output: BuildOutput
  /** Streams whose BUILD_DONE line came: both before the build is over, so no line of it is lost. */
  done: Set<0 | 1>
  code: number | null
  /** Ends the build: failed with `error`, or as its BUILD_DONE line said. */
  settle: (error: string | null) => void
}

/**
 * The publisher's side of a build server: starts it (again when it stopped), sends one build at a
 * time and gives its output and outcome as runBuildCommand does for a build process of its own.
 */
export class BuildServer {
  readonly #command: BuildServerCommand
  #child: ChildProcessWithoutNullStreams | null = null
  #running: Running | null = null
  /** Lines printed while no build ran (the server starting): given to the next build's log. */
  #idleLines: string[] = []
  #requests = 0

  constructor(command: BuildServerCommand) {
    this.#command = command
  }

  /** The server's process id while it runs (a test's check that builds shared one process). */
  get pid(): number | null {
    return this.#child?.pid ?? null
  }

  /** Starts the server now (it loads its modules while no build waits), unless it runs. */
  start(): void {
    if (this.#child) return
    const child = spawn(this.#command.command, this.#command.args, {
      cwd: this.#command.cwd,
      env: { ...process.env, ...this.#command.env },
      stdio: ['pipe', 'pipe', 'pipe'],
      detached: true,
    })
    this.#child = child
    const streams = ([0, 1] as const).map((stream) => lineSplitter((line) => this.#line(child, stream, line)))
    child.stdout.on('data', (chunk: Buffer) => streams[0]!.write(chunk))
    child.stderr.on('data', (chunk: Buffer) => streams[1]!.write(chunk))
    child.stdin.on('error', () => {}) // a server that died: its exit says so
    const gone = (why: string) => {
      if (this.#child === child) this.#child = null
      for (const stream of streams) stream.flush()
      if (this.#running?.child === child) this.#running.settle(`The build server ${why} during the build.`)
    }
    child.on('error', (error) => gone(`could not start (${this.#command.command}: ${error.message}; check that dependencies are installed)`))
    // 'close', not 'exit': its output may still be unread at 'exit', the BUILD_DONE lines of a build
    // it finished before stopping (its memory limit) or the last lines of one it died in.
    child.on('close', (code, signal) => gone(signal ? `was killed (${signal})` : `stopped (exit code ${code})`))
  }

  /** One build, as runBuildCommand runs one (same options; `build` gives only the arguments). */
  run(options: Omit<RunBuildOptions, 'build'> & { args: string[] }): Promise<void> {
    if (this.#running) return Promise.reject(new Error('A build is already running on this build server; builds run one at a time.'))
    const { logFile, timeoutMs, signal } = options
    const output = new BuildOutput(logFile, options.onOutput)
    for (const line of this.#idleLines.splice(0)) output.line(line)
    this.start()
    const child = this.#child!
    const id = String(++this.#requests)
    return new Promise<void>((resolve, reject) => {
      let why: string | null = null
      const stop = (reason: string) => {
        why ??= reason
        if (this.#child === child) this.#child = null // the next build must not be sent to it
        stopGroup(child.pid)
      }
      const onAbort = () => stop('was stopped (the publisher is shutting down)')
      const timer = setTimeout(() => stop(`timed out after ${Math.round(timeoutMs / 1000)} s`), timeoutMs)
      signal?.addEventListener('abort', onAbort, { once: true })
      const running: Running = {
        id, child, output, done: new Set(), code: null,
        settle: (error) => {
          if (this.#running !== running) return
          this.#running = null
          clearTimeout(timer)
          signal?.removeEventListener('abort', onAbort)
          const failed = why ? `The site build ${why}.` : error ?? (running.code === 0 ? null : `The site build exited with code ${running.code}.`)
          const failure = failed ? output.failed(failed) : null
          void output.close().then(() => (failure ? reject(failure) : resolve()))
        },
      }
      this.#running = running
      if (signal?.aborted) onAbort()
      child.stdin.write(`${JSON.stringify({ id, args: options.args, env: options.env })}\n`)
    })
  }

  /** Stops the server (the publisher shuts down); a build it runs fails. */
  close(): void {
    const child = this.#child
    this.#child = null
    if (!child) return
    child.stdin.end()
    killGroup(child.pid, 'SIGTERM')
  }

  #line(child: ChildProcessWithoutNullStreams, stream: 0 | 1, line: string): void {
    const running = this.#running?.child === child ? this.#running : null
    if (line.startsWith(BUILD_DONE)) {
      let done: { id?: unknown; code?: unknown; exiting?: unknown }
      try {
        done = JSON.parse(line.slice(BUILD_DONE.length)) as typeof done
      } catch {
        return
      }
      if (!running || done.id !== running.id) return
      running.done.add(stream)
      running.code = typeof done.code === 'number' ? done.code : 1
      // A server that stops after this build takes no more: the next build starts another.
      if (done.exiting === true && this.#child === child) this.#child = null
      if (running.done.size === 2) running.settle(null)
      return
    }
    if (running) running.output.line(line)
    else {
      this.#idleLines.push(line)
      if (this.#idleLines.length > 50) this.#idleLines.shift()
    }
  }
}
