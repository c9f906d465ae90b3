import fs from 'node:fs'
import path from 'node:path'
import { BuildFailedError } from '../errors.ts'

const TAIL_LINES = 12

/**
 * A build's output: every line into its log file; the last lines kept, so a failure says why
 * without opening the log; each non-empty line passed to `onOutput` (progress, "Fast path: ...").
 */
export class BuildOutput {
  readonly logFile: string
  #log: fs.WriteStream
  #tail: string[] = []
  #onOutput: ((line: string) => void) | undefined

  constructor(logFile: string, onOutput?: (line: string) => void) {
    fs.mkdirSync(path.dirname(logFile), { recursive: true })
    this.logFile = logFile
    this.#log = fs.createWriteStream(logFile)
    this.#onOutput = onOutput
  }

  line(text: string): void {
    this.#log.write(`${text}\n`)
    if (!text.trim()) return
    this.#tail.push(text)
    if (this.#tail.length > TAIL_LINES) this.#tail.shift()
    this.#onOutput?.(text)
  }

  /** The last `count` lines, for an error message. */
  lastLines(count = 6): string {
    return this.#tail.slice(-count).join('\n')
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.#log.end(() => resolve()))
  }

  /** The error of a failed build: what happened (`failure`, a sentence), its last lines, and where the full log is. */
  failed(failure: string): BuildFailedError {
    const lastLines = this.lastLines()
    return new BuildFailedError(`${failure}${lastLines ? `\n${lastLines}` : ''}\nFull log: ${this.logFile}`, this.logFile)
  }
}

/**
 * Splits one stream's chunks into lines (`\n` or `\r\n`); a line's start waits for its end. One per
 * stream: half a line on stderr must not run into a line on stdout.
 */
export function lineSplitter(onLine: (line: string) => void): { write(chunk: Buffer): void; flush(): void } {
  let partial = ''
  return {
    write(chunk) {
      const lines = (partial + chunk.toString('utf8')).split(/\r?\n/)
      partial = lines.pop() ?? ''
      for (const line of lines) onLine(line)
    },
    flush() {
      if (partial) onLine(partial)
      partial = ''
    },
  }
}
