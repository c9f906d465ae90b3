import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BuildScheduler, type BuildBatch } from '../src/build/buildScheduler.ts'

// Fake timers: the schedule is checked on the clock the scheduler reads, so a loaded machine
// (the other suites run beside this one) cannot stretch a pause past a debounce.
beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

/** Lets `ms` pass on the fake clock, running what falls due in it. */
const sleep = (ms: number) => vi.advanceTimersByTimeAsync(ms)

/** Runs the clock until the scheduler has nothing running or waiting. */
async function settle(scheduler: BuildScheduler<number>): Promise<void> {
  const idle = scheduler.idle()
  await vi.runAllTimersAsync()
  await idle
}

/** A scheduler whose builds take `buildMs` and are recorded, with a check that none overlap. */
function recordingScheduler(options: { debounceMs: number; maxWaitMs: number; buildMs: number }) {
  const builds: Array<{ batch: BuildBatch<number>; start: number; end: number }> = []
  let running = 0
  let overlapped = false
  const scheduler = new BuildScheduler<number>({
    debounceMs: options.debounceMs,
    maxWaitMs: options.maxWaitMs,
    run: async (batch) => {
      running++
      if (running > 1) overlapped = true
      const start = Date.now()
      await new Promise((resolve) => setTimeout(resolve, options.buildMs))
      builds.push({ batch, start, end: Date.now() })
      running--
    },
  })
  return { scheduler, builds, overlapped: () => overlapped }
}

describe('BuildScheduler', () => {
  it('makes one build from ten requests in two seconds', async () => {
    const { scheduler, builds } = recordingScheduler({ debounceMs: 300, maxWaitMs: 5000, buildMs: 50 })
    for (let i = 0; i < 10; i++) {
      scheduler.request(i)
      await sleep(200)
    }
    await settle(scheduler)
    expect(builds).toHaveLength(1)
    expect(builds[0]?.batch.changes).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
  })

  it('waits for the debounce to pass after the last request before building', async () => {
    const { scheduler, builds } = recordingScheduler({ debounceMs: 300, maxWaitMs: 5000, buildMs: 10 })
    const requestedAt = Date.now()
    scheduler.request(1)
    expect(scheduler.state).toBe('waiting')
    await settle(scheduler)
    expect((builds[0]?.start ?? 0) - requestedAt).toBeGreaterThanOrEqual(290)
  })

  it('starts a build once maxWait has passed even if requests keep coming', async () => {
    const { scheduler, builds } = recordingScheduler({ debounceMs: 300, maxWaitMs: 600, buildMs: 10 })
    const first = Date.now()
    for (let i = 0; i < 12; i++) {
      scheduler.request(i)
      await sleep(100)
    }
    await settle(scheduler)
    expect(builds.length).toBeGreaterThanOrEqual(2)
    expect((builds[0]?.start ?? 0) - first).toBeLessThan(800)
    expect(builds.flatMap((b) => b.batch.changes)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
  })

  it('never runs two builds at once and makes exactly one more build for requests during a build', async () => {
    const { scheduler, builds, overlapped } = recordingScheduler({ debounceMs: 50, maxWaitMs: 1000, buildMs: 400 })
    scheduler.request(1)
    await sleep(150)
    expect(scheduler.state).toBe('building')
    scheduler.request(2)
    scheduler.request(3)
    await sleep(100)
    scheduler.request(4)
    await settle(scheduler)
    expect(overlapped()).toBe(false)
    expect(builds.map((b) => b.batch.changes)).toEqual([[1], [2, 3, 4]])
    expect(builds[1]!.start).toBeGreaterThanOrEqual(builds[0]!.end)
  })

  it('builds at once on an immediate request and carries the accept-page-drop and rebuild flags to that build only', async () => {
    const { scheduler, builds } = recordingScheduler({ debounceMs: 5000, maxWaitMs: 10_000, buildMs: 10 })
    const at = Date.now()
    scheduler.request(undefined, { immediate: true, acceptPageDrop: true, rebuild: true })
    await settle(scheduler)
    expect(builds[0]!.start - at).toBeLessThan(200)
    expect(builds[0]!.batch).toEqual({ changes: [], acceptPageDrop: true, rebuild: true })
    scheduler.request(undefined, { immediate: true })
    await settle(scheduler)
    expect(builds[1]!.batch).toEqual({ changes: [], acceptPageDrop: false, rebuild: false })
  })

  it('starts the next build as soon as the running one ends when asked immediately during it, without the debounce', async () => {
    const { scheduler, builds } = recordingScheduler({ debounceMs: 5000, maxWaitMs: 10_000, buildMs: 200 })
    scheduler.request(undefined, { immediate: true })
    await sleep(50)
    expect(scheduler.state).toBe('building')
    scheduler.request(7, { immediate: true }) // the list pages a fast build left, say
    await settle(scheduler)
    expect(builds.map((b) => b.batch.changes)).toEqual([[], [7]])
    // Debounced, it would have started 5 s after the request; it starts when the first ends.
    expect(builds[1]!.start - builds[0]!.end).toBeLessThan(1000)
    // A plain request during a build is still debounced after it.
    const { scheduler: other, builds: later } = recordingScheduler({ debounceMs: 300, maxWaitMs: 10_000, buildMs: 200 })
    other.request(undefined, { immediate: true })
    await sleep(50)
    other.request(8)
    await settle(other)
    expect(later[1]!.start - later[0]!.end).toBeGreaterThanOrEqual(100)
  })

  it('keeps scheduling after a build throws', async () => {
    let calls = 0
    const errors: unknown[] = []
    const scheduler = new BuildScheduler<number>({
      debounceMs: 10,
      maxWaitMs: 100,
      run: async () => {
        calls++
        if (calls === 1) throw new Error('boom')
      },
      onRunError: (error) => errors.push(error),
    })
    scheduler.request(1)
    await settle(scheduler)
    scheduler.request(2)
    await settle(scheduler)
    expect(calls).toBe(2)
    expect(errors).toHaveLength(1)
  })
})
