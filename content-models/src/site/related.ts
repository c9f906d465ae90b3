import type { Id } from '../schema/collections.ts'

/** What relates two articles: shared profiles, movements, field of work, tags. */
export interface Linked {
  id: Id
  exemplars?: readonly { id: Id }[] | null
  field?: { id: Id } | null
  movements?: readonly { id: Id }[] | null
  tags?: readonly string[] | null
}

/**
 * The neighbours of an item in a list sorted newest first: `newer` is the one before it, `older`
 * the one after. Both undefined when the item is not in the list.
 */
export function prevNext<T extends { id: Id }>(list: readonly T[], id: Id, index?: ReadonlyMap<string, number>): { newer?: T; older?: T } {
  const i = index?.get(String(id)) ?? list.findIndex((x) => String(x.id) === String(id))
  if (i < 0) return {}
  return { newer: list[i - 1], older: list[i + 1] }
}

const WEIGHTS = { exemplar: 8, movement: 3, field: 2, tag: 1 } as const

function keysOf(a: Linked): [string, number][] {
  return [
    ...(a.exemplars ?? []).map((e): [string, number] => [`e:${e.id}`, WEIGHTS.exemplar]),
    ...(a.movements ?? []).map((m): [string, number] => [`m:${m.id}`, WEIGHTS.movement]),
    ...(a.field ? [[`f:${a.field.id}`, WEIGHTS.field] as [string, number]] : []),
    ...(a.tags ?? []).map((t): [string, number] => [`t:${t}`, WEIGHTS.tag]),
  ]
}

/**
 * Builds a "related articles" lookup over `all` (sorted newest first). Sharing a profile counts
 * most, then a movement, the field of work, a tag; ties keep the list's order.
 *
 * Candidates come from an inverted index and only the newest `window` articles per shared key are
 * scored, so 10,000 articles cost milliseconds instead of the quadratic scan a naive filter would.
 */
export function relatedArticlesIndex<T extends Linked>(all: readonly T[], window = 40): (article: T, limit?: number) => T[] {
  const byKey = new Map<string, number[]>()
  const ids = all.map((a) => String(a.id))
  for (const [i, a] of all.entries()) {
    for (const [key] of keysOf(a)) {
      const list = byKey.get(key)
      if (list) list.push(i)
      else byKey.set(key, [i])
    }
  }
  return (article, limit = 3) => {
    const scores = new Map<number, number>()
    const self = String(article.id)
    for (const [key, weight] of keysOf(article)) {
      let taken = 0
      for (const i of byKey.get(key) ?? []) {
        if (ids[i] === self) continue
        scores.set(i, (scores.get(i) ?? 0) + weight)
        if (++taken >= window) break
      }
    }
    return topScored(scores, limit).map((i) => all[i]!)
  }
}

/**
 * The `limit` highest scores, ties in list order (lower index first): what sorting every
 * candidate and keeping the first `limit` gives, without sorting a profile's hundreds of
 * candidates for each of 10,000 articles.
 */
function topScored(scores: ReadonlyMap<number, number>, limit: number): number[] {
  // What slice(0, limit) keeps of the sorted candidates (NaN: none, negative: all but the last -limit).
  const whole = Math.trunc(limit) || 0
  const keep = whole < 0 ? Math.max(scores.size + whole, 0) : whole
  const top: [number, number][] = []
  if (keep === 0) return []
  const before = (a: [number, number], b: [number, number]) => a[1] > b[1] || (a[1] === b[1] && a[0] < b[0])
  for (const entry of scores) {
    if (top.length >= keep && !before(entry, top[top.length - 1]!)) continue
    let at = top.length
    while (at > 0 && before(entry, top[at - 1]!)) at--
    top.splice(at, 0, entry)
    if (top.length > keep) top.pop()
  }
  return top.map(([i]) => i)
}
