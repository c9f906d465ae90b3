/** One page of a paginated list. */
export interface Page<T> {
  /** 1-based page number. */
  number: number
  /** Total pages (at least 1: an empty list still has its first page). */
  total: number
  items: T[]
}

/**
 * Splits `items` into pages of `perPage`. An empty list gives one empty page, so a section with
 * nothing published yet still has a page that says so instead of a 404.
 */
export function paginate<T>(items: readonly T[], perPage: number): Page<T>[] {
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`perPage must be a positive integer, got ${perPage}`)
  const total = Math.max(1, Math.ceil(items.length / perPage))
  return Array.from({ length: total }, (_, i) => ({ number: i + 1, total, items: items.slice(i * perPage, (i + 1) * perPage) }))
}

/**
 * The page numbers a pager shows: first, last, and a window around the current page, with `null`
 * where numbers are skipped ("1 … 4 5 6 … 20"). Keeps the pager to a few links at 320 px.
 */
export function pagerNumbers(current: number, total: number, around = 1): (number | null)[] {
  const shown = new Set([1, total])
  for (let n = current - around; n <= current + around; n++) if (n >= 1 && n <= total) shown.add(n)
  const sorted = [...shown].sort((a, b) => a - b)
  const out: (number | null)[] = []
  for (const [i, n] of sorted.entries()) {
    const prev = sorted[i - 1]
    if (prev !== undefined && n - prev === 2) out.push(prev + 1) // a gap of one number: show it, not "…"
    else if (prev !== undefined && n - prev > 2) out.push(null)
    out.push(n)
  }
  return out
}

/** The route parameter of page `n` under a list's base path: undefined for page 1, `trang/n` after. */
export function pageParam(n: number): string | undefined {
  return n > 1 ? `trang/${n}` : undefined
}
