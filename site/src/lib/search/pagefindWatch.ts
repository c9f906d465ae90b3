import { listProcesses } from '../processList.ts'

/**
 * The names Pagefind's process may have (as Linux's comm gives them, at most 15 characters): the
 * npm package's binaries, or the one PAGEFIND_BINARY_PATH / PAGEFIND_EXTENDED_BINARY_PATH names.
 */
function pagefindNames(): string[] {
  const configured = [process.env.PAGEFIND_BINARY_PATH, process.env.PAGEFIND_EXTENDED_BINARY_PATH].filter((p): p is string => Boolean(p))
  return ['pagefind', ...configured.map((p) => p.split(/[\\/]/).pop()!.slice(0, 15))]
}

/**
 * Whether a Pagefind process (its npm client's backend) is a live child of `pid`, read from Linux's
 * /proc; null where there is no /proc to read. A zombie (exited, not yet reaped) is not running.
 */
export function pagefindRunning(pid = process.pid): boolean | null {
  const names = pagefindNames()
  const processes = listProcesses()
  if (!processes) return null
  return processes.some((p) => p.ppid === pid && p.state !== 'Z' && names.some((n) => p.comm.startsWith(n)))
}

/**
 * Watches for Pagefind's process to go away while its answers are awaited. Pagefind's client
 * notices an error on its pipe but not its process's exit: killed while we wait (out of memory),
 * its answers never come. In build.ts's own process Node then runs out of work and the
 * `beforeExit` guard speaks; in the warm build server, which stays up for the next request,
 * nothing would, until the publisher's build timeout. `stopped` rejects once a Pagefind child seen
 * running, or said to have `started` (it answered), is gone; it never rejects where /proc cannot
 * be read.
 */
export function watchPagefind(intervalMs = 500): { stopped: Promise<never>; started: () => void; stop: () => void } {
  let timer: NodeJS.Timeout | undefined
  let seen = false
  const stopped = new Promise<never>((_, reject) => {
    timer = setInterval(() => {
      const running = pagefindRunning()
      if (running === null) return clearInterval(timer)
      if (running) seen = true
      else if (seen) {
        clearInterval(timer)
        reject(new Error('the indexer (Pagefind) stopped before answering, most likely killed for lack of memory (see `dmesg`)'))
      }
    }, intervalMs)
    timer.unref()
  })
  stopped.catch(() => {}) // raced by the caller; not an unhandled rejection once it stopped looking
  return { stopped, started: () => { seen = true }, stop: () => clearInterval(timer) }
}
