/**
 * Work a request starts and does not wait for (a notice to email, a change request to the
 * publisher): `settled()` resolves once every piece started so far, and any started meanwhile, has
 * finished, fulfilled or not (tests, shutdown). Each piece logs its own failure.
 */
export class PendingWork {
  readonly #pending = new Set<Promise<unknown>>()

  track(work: Promise<unknown>): void {
    this.#pending.add(work)
    const done = () => void this.#pending.delete(work)
    work.then(done, done)
  }

  async settled(): Promise<void> {
    while (this.#pending.size) await Promise.allSettled([...this.#pending])
  }
}
