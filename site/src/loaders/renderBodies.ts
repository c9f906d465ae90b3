import os from 'node:os'
import { Worker } from 'node:worker_threads'
import { renderMarkdown } from '@thidua/content-models/markdown/renderMarkdown'
import { hasBody, writeBody } from './bodyStore.ts'

/** Below this many bodies, starting workers costs more than it saves. */
const PARALLEL_FROM = 400
/** Bodies per message to a worker. */
const CHUNK = 50

type Body = [key: string, markdown: string]
/** A worker and how many chunks it holds; `failed`: why it stopped, if it did. */
interface Slot { worker: Worker; busy: number; failed?: Error }

/**
 * Renders the bodies a sync meets that are not yet in the body store, on every core, as they
 * arrive: a cold build of 10,000 articles spends ~1 ms of CPU per body in marked and sanitize-html,
 * which Astro would otherwise do on one core while rendering pages. Bodies are handed over in small
 * chunks and at most a few chunks per worker wait, so a sync holds a page of the CMS's answer at a
 * time, never every body (issue #14, point 6), and the workers render while the next page downloads.
 * Fewer than PARALLEL_FROM bodies in all are rendered here, without workers.
 */
export class BodyRenderer {
  private readonly seen = new Set<string>()
  private pending: Body[] = []
  private workers: Slot[] | undefined
  private waiting: (() => void)[] = []
  private rendered = 0
  private readonly dir: string

  constructor(dir: string) {
    this.dir = dir
  }

  /** Queues a body (skipped if stored or already queued); resolves once the workers have room for more. */
  async add(key: string, markdown: string): Promise<void> {
    if (this.seen.has(key) || hasBody(this.dir, key)) return
    this.seen.add(key)
    this.pending.push([key, markdown])
    this.rendered++
    if (!this.workers && this.rendered < PARALLEL_FROM) return
    this.workers ??= this.start()
    while (this.pending.length >= CHUNK) {
      await this.room()
      this.dispatch(this.pending.splice(0, CHUNK))
    }
  }

  /** Renders what is left and waits for the workers; returns how many bodies were rendered. */
  async finish(): Promise<number> {
    try {
      if (!this.workers) {
        for (const [key, md] of this.pending) writeBody(this.dir, key, md, renderMarkdown(md))
      } else {
        if (this.pending.length) {
          await this.room()
          this.dispatch(this.pending)
        }
        for (;;) {
          this.check()
          if (!this.workers.some((w) => w.busy > 0)) break
          await this.idle()
        }
      }
      this.pending = []
      return this.rendered
    } finally {
      await this.close()
    }
  }

  /** Stops the workers (after a failure, or from finish()). */
  async close(): Promise<void> {
    const workers = this.workers ?? []
    this.workers = []
    await Promise.all(workers.map((w) => w.worker.terminate()))
  }

  private start(): Slot[] {
    const count = Math.max(1, Math.min(os.availableParallelism(), 8))
    return Array.from({ length: count }, () => {
      const entry: Slot = { worker: new Worker(new URL('./renderBodiesWorker.ts', import.meta.url), { workerData: { dir: this.dir } }), busy: 0 }
      entry.worker.on('message', () => {
        entry.busy--
        this.wake()
      })
      entry.worker.once('error', (error) => {
        entry.failed = error
        this.wake()
      })
      entry.worker.once('exit', (code) => {
        if (entry.busy > 0 && !entry.failed) entry.failed = new Error(`body renderer exited with code ${code}`)
        this.wake()
      })
      return entry
    })
  }

  /** Fails with a worker's error, if one failed. */
  private check(): void {
    const failed = this.workers?.find((w) => w.failed)?.failed
    if (failed) throw failed
  }

  private dispatch(chunk: Body[]): void {
    const target = this.workers!.reduce((a, b) => (b.busy < a.busy ? b : a))
    target.busy++
    target.worker.postMessage(chunk)
  }

  /** Waits until a worker has fewer than two chunks in hand. */
  private async room(): Promise<void> {
    for (;;) {
      this.check()
      if (this.workers!.some((w) => w.busy < 2)) return
      await this.idle()
    }
  }

  private idle(): Promise<void> {
    return new Promise((resolve) => this.waiting.push(resolve))
  }

  private wake(): void {
    const waiting = this.waiting
    this.waiting = []
    for (const resolve of waiting) resolve()
  }
}
