/** A least-recently-used cache bounded by the total size of its buffers. */
export class ByteLru {
  readonly #entries = new Map<string, Buffer>()
  readonly #maxBytes: number
  #bytes = 0

  constructor(maxBytes: number) {
    this.#maxBytes = maxBytes
  }

  get(key: string): Buffer | undefined {
    const value = this.#entries.get(key)
    if (value) {
      this.#entries.delete(key)
      this.#entries.set(key, value)
    }
    return value
  }

  set(key: string, value: Buffer): void {
    if (value.length > this.#maxBytes) return
    const old = this.#entries.get(key)
    if (old) {
      this.#bytes -= old.length
      this.#entries.delete(key)
    }
    this.#entries.set(key, value)
    this.#bytes += value.length
    for (const [oldest, buffer] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break
      this.#entries.delete(oldest)
      this.#bytes -= buffer.length
    }
  }

  get bytes(): number {
    return this.#bytes
  }
}
