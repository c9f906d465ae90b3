import { eventProfileIds, vietnamDay, vietnamMidnight, vietnamYearMonth, type ResolvedEvent } from '@thidua/content-models'
import { docKey } from './routes.ts'

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

const refId = (ref: unknown) => String(typeof ref === 'object' && ref ? (ref as { id: unknown }).id : ref)

/** The stories about each event, by event id (an article names its events). */
export function storiesByEvent<A extends { events?: readonly unknown[] | null }>(articles: readonly A[]): Map<string, A[]> {
  const out = new Map<string, A[]>()
  for (const a of articles) for (const ref of a.events ?? []) out.set(refId(ref), [...(out.get(refId(ref)) ?? []), a])
  return out
}

/**
 * What an event's page shows of other documents, for the fast path (lib/routes.ts): the event, the
 * event it sends delegates to and those sending delegates to it, the profiles it honours or
 * awards, and the stories about it.
 */
export function eventPageDeps(e: ResolvedEvent, events: readonly ResolvedEvent[], stories: readonly { id: unknown }[]): string[] {
  return [
    docKey('v', e.id),
    // The event it sends delegates to, while published: its page shows the link only then.
    ...(e.parentId && events.some((p) => String(p.id) === e.parentId) ? [docKey('v', e.parentId)] : []),
    ...events.filter((c) => c.parentId === String(e.id)).map((c) => docKey('v', c.id)),
    ...eventProfileIds(e).map((id) => docKey('e', id)),
    ...stories.map((a) => docKey('a', a.id)),
  ]
}

/** The events each profile's page shows (honoured at, awarded at), by profile id, as dependency keys. */
export function eventKeysByExemplar(events: readonly ResolvedEvent[]): Map<string, string[]> {
  const out = new Map<string, string[]>()
  for (const e of events) {
    for (const id of eventProfileIds(e)) out.set(id, [...(out.get(id) ?? []), docKey('v', e.id)])
  }
  return out
}
