import { vietnamMidnight, type ResolvedEvent } from '@thidua/content-models'

/**
 * Events from today (Vietnam time, at build time) on, soonest first; and past ones by year, newest
 * first. The portal is rebuilt on every publication, so "upcoming" is as fresh as the last change.
 */
export function splitEvents(events: readonly ResolvedEvent[], now = new Date()): { upcoming: ResolvedEvent[]; pastByYear: [number, ResolvedEvent[]][] } {
  const local = new Date(now.getTime() + 7 * 3600_000)
  const today = vietnamMidnight(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate()).toISOString()
  const upcoming = events.filter((e) => e.startsAt >= today)
  const past = events.filter((e) => e.startsAt < today).reverse()
  const years = new Map<number, ResolvedEvent[]>()
  for (const e of past) {
    const year = new Date(Date.parse(e.startsAt) + 7 * 3600_000).getUTCFullYear()
    years.set(year, [...(years.get(year) ?? []), e])
  }
  return { upcoming, pastByYear: [...years] }
}
