/**
 * Turns a stream of "something public changed" requests into builds (issue #6, point 1):
 *
 * - debounced: a build starts once no request has arrived for `debounceMs`, so several publishes
 *   in a few seconds make one build; `maxWaitMs` caps the wait when requests never stop;
 * - serialised: never two builds at once. Requests that arrive during a build are collected and
 *   make exactly one more build after it, so a publish during a build is never lost.
 */
export type SchedulerState = 'idle' | 'waiting' | 'building'

/** What one build is asked to do: the changes collected since the previous build started. */
export interface BuildBatch<C> {
  changes: C[]
  /** Accept a sharp drop in page count (an administrator's explicit rebuild after a bulk delete). */
  acceptPageDrop: boolean
  /** An administrator asked to rebuild: build everything, never reuse the live release as it is. */
  rebuild: boolean
}

export interface BuildSchedulerOptions<C> {
  debounceMs: number
  maxWaitMs: number
  /** Runs one build. Errors are the caller's to report; a rejection here is only logged. */
  run: (batch: BuildBatch<C>) => Promise<void>
  onStateChange?: (state: SchedulerState) => void
  onRunError?: (error: unknown) => void
}

export class BuildScheduler<C> {
  readonly #options: BuildSchedulerOptions<C>
  #pending: C[] = []
  #acceptPageDrop = false
  #rebuild = false
  #immediate = false
  #hasRequest = false
  #firstRequestAt = 0
  #lastRequestAt = 0
  #timer: NodeJS.Timeout | null = null
  #running: Promise<void> | null = null
  #closed = false
  #idleWaiters: Array<() => void> = []

  constructor(options: BuildSchedulerOptions<C>) {
    this.#options = options
  }

  get state(): SchedulerState {
    if (this.#running) return 'building'
    return this.#hasRequest ? 'waiting' : 'idle'
  }

  /** Whether requests are waiting for the next build (during a build: a follow-up is due). */
  get hasPending(): boolean {
    return this.#hasRequest
  }

  /**
   * Asks for a build; `immediate` skips the debounce (first build at start, an admin's rebuild, the
   * list pages a fast build left); asked during a build, the next build starts as soon as it ends.
   */
  request(change?: C, options: { immediate?: boolean; acceptPageDrop?: boolean; rebuild?: boolean } = {}): void {
    if (this.#closed) return
    const now = Date.now()
    if (!this.#hasRequest) this.#firstRequestAt = now
    this.#hasRequest = true
    this.#lastRequestAt = now
    if (change !== undefined) this.#pending.push(change)
    if (options.acceptPageDrop) this.#acceptPageDrop = true
    if (options.rebuild) this.#rebuild = true
    // Asked during a build: the build after it starts at once, without the debounce.
    if (options.immediate && this.#running) this.#immediate = true
    if (!this.#running) this.#arm(options.immediate ? 0 : this.#delay(now))
    this.#notify()
  }

  /** Resolves once no build is running or waiting. */
  idle(): Promise<void> {
    if (this.state === 'idle') return Promise.resolve()
    return new Promise((resolve) => this.#idleWaiters.push(resolve))
  }

  /** Stops scheduling; waits for a running build to finish. Pending requests are dropped. */
  async close(): Promise<void> {
    this.#closed = true
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = null
    this.#hasRequest = false
    this.#pending = []
    await this.#running
    this.#notify()
  }

  #delay(now: number): number {
    const debounced = this.#lastRequestAt + this.#options.debounceMs - now
    const capped = this.#firstRequestAt + this.#options.maxWaitMs - now
    return Math.max(0, Math.min(debounced, capped))
  }

  #arm(delay: number): void {
    if (this.#timer) clearTimeout(this.#timer)
    this.#timer = setTimeout(() => this.#start(), delay)
  }

  #start(): void {
    this.#timer = null
    if (this.#running || !this.#hasRequest || this.#closed) return
    const batch: BuildBatch<C> = { changes: this.#pending, acceptPageDrop: this.#acceptPageDrop, rebuild: this.#rebuild }
    this.#pending = []
    this.#acceptPageDrop = false
    this.#rebuild = false
    this.#hasRequest = false
    this.#running = this.#options
      .run(batch)
      .catch((error: unknown) => this.#options.onRunError?.(error))
      .finally(() => {
        this.#running = null
        // Requests that arrived during the build: one more build, debounced from the last of them.
        if (this.#hasRequest && !this.#closed) this.#arm(this.#immediate ? 0 : this.#delay(Date.now()))
        this.#immediate = false
        this.#notify()
      })
    this.#notify()
  }

  #notify(): void {
    const state = this.state
    this.#options.onStateChange?.(state)
    if (state === 'idle') {
      const waiters = this.#idleWaiters
      this.#idleWaiters = []
      for (const resolve of waiters) resolve()
    }
  }
}
