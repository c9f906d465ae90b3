import { vietnamDay, vietnamMidnight, vietnamYearMonth, type ResolvedEvent } from '@thidua/content-models'

/**
 * Events from today (Vietnam time, at build time) on, soonest first; and past ones by year, newest
 * first. The portal is rebuilt on every publication, so "upcoming" is as fresh as the last change.
 */
export function splitEvents(events: readonly ResolvedEvent[], now = new Date()): { upcoming: ResolvedEvent[]; pastByYear: [number, ResolvedEvent[]][] } {
  const [y, m, d] = vietnamDay(now).day.split('-').map(Number) as [number, number, number]
  const today = vietnamMidnight(y, m, d).toISOString()
  const upcoming = events.filter((e) => e.startsAt >= today)
  const past = events.filter((e) => e.startsAt < today).reverse()
  const years = new Map<number, ResolvedEvent[]>()
  for (const e of past) {
    const year = vietnamYearMonth(new Date(e.startsAt)).year
    years.set(year, [...(years.get(year) ?? []), e])
  }
  return { upcoming, pastByYear: [...years] }
}
