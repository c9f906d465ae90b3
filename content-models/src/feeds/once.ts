/**
 * A value computed on its first use and kept. A portal turns every story into a feed item to sort
 * and select them, but most stories are in no feed's newest 50: what only a rendered item shows
 * (its URL, photo, categories) is worked out for those that are.
 */
export function once<T>(compute: () => T): () => T {
  let computed = false
  let value: T
  return () => {
    if (!computed) {
      value = compute()
      computed = true
    }
    return value
  }
}
