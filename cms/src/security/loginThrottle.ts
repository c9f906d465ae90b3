/**
 * Failed logins counted per client and per (account, client) pair (issue #9, point 5). Payload's
 * own lock is per account, so anyone could lock the publisher out with ten wrong passwords; here a
 * client that guesses is slowed down and then refused, while the account still opens from the
 * publisher's own machine. In memory: one CMS process; a restart forgets (documented).
 */
export const LOGIN_LIMITS = { windowMs: 15 * 60 * 1000, perClient: 20, perAccountClient: 5 } as const

interface Counter {
  count: number
  since: number
}

export class LoginThrottle {
  readonly #counters = new Map<string, Counter>()
  constructor(readonly now: () => number = Date.now) {}

  #get(key: string): Counter {
    const counter = this.#counters.get(key)
    if (!counter || this.now() - counter.since > LOGIN_LIMITS.windowMs) return { count: 0, since: this.now() }
    return counter
  }

  /** Minutes until this client may try this account again, or 0 when it may now. */
  blockedFor(client: string, account: string): number {
    const byClient = this.#get(`c:${client}`)
    const byPair = this.#get(`p:${client}:${account}`)
    const blocked = [byClient.count >= LOGIN_LIMITS.perClient ? byClient : null, byPair.count >= LOGIN_LIMITS.perAccountClient ? byPair : null]
      .filter((c): c is Counter => c !== null)
      .map((c) => c.since + LOGIN_LIMITS.windowMs - this.now())
    return blocked.length ? Math.max(1, Math.ceil(Math.max(...blocked) / 60_000)) : 0
  }

  failed(client: string, account: string): void {
    for (const key of [`c:${client}`, `p:${client}:${account}`]) {
      const counter = this.#get(key)
      this.#counters.set(key, { count: counter.count + 1, since: counter.since })
    }
    if (this.#counters.size > 50_000) this.#prune()
  }

  succeeded(client: string, account: string): void {
    this.#counters.delete(`p:${client}:${account}`)
  }

  #prune(): void {
    for (const [key, counter] of this.#counters) if (this.now() - counter.since > LOGIN_LIMITS.windowMs) this.#counters.delete(key)
  }
}
