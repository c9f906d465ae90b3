import { vietnamDay, vietnamMidnight } from '../council/periods.ts'

/**
 * When an event runs, for calendars (issue #11, point 6): the day in Vietnam and its session. A
 * morning runs 07:30-11:30, an afternoon 13:30-17:00, a full day 07:30-17:00 (Vietnam time, UTC+7,
 * no daylight saving), unless the event gives its own start time.
 */
const SESSIONS = {
  morning: { start: '07:30', end: '11:30' },
  afternoon: { start: '13:30', end: '17:00' },
  'full-day': { start: '07:30', end: '17:00' },
} as const

const instant = (day: string, time: string) => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const [hours, minutes] = time.split(':').map(Number) as [number, number]
  return new Date(vietnamMidnight(year, month, date).getTime() + (hours * 60 + minutes) * 60_000)
}

/**
 * Start and end instants. A start stored at Vietnamese midnight (a date picked without a time)
 * takes the session's usual start.
 */
export function eventTimes(startsAt: string, duration: string | null | undefined): { start: Date; end: Date } {
  const session = SESSIONS[(duration ?? 'morning') as keyof typeof SESSIONS] ?? SESSIONS.morning
  const { day, time } = vietnamDay(new Date(startsAt))
  const start = time === '00:00' ? instant(day, session.start) : new Date(startsAt)
  const end = instant(day, session.end)
  return { start, end: end > start ? end : new Date(start.getTime() + 2 * 3600_000) }
}
