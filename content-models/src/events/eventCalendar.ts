import { EVENT_LEVELS, EVENT_TYPES, labelOf } from '../schema/options.ts'
import type { ResolvedEvent } from '../site/resolveRefs.ts'
import { absoluteUrl, urls } from '../urls.ts'
import { eventTimes } from './eventTimes.ts'

/**
 * What a calendar entry (RFC 5545 VEVENT) of an event holds (issue #11, point 6): newsrooms put the
 * conferences in their planning calendars. The UID is the event's guid, so an edited event updates
 * the entry instead of adding a second one. The site writes the file with ical-generator.
 */
export interface EventCalendarEntry {
  uid: string
  start: Date
  end: Date
  summary: string
  location: string | null
  description: string
  url: string
  lastModified: Date | null
  cancelled: boolean
}

export function eventCalendarEntry(e: ResolvedEvent, siteUrl: string): EventCalendarEntry {
  const { start, end } = eventTimes(e.startsAt, e.duration)
  const level = e.level === 'other' && e.levelOther ? e.levelOther : labelOf(EVENT_LEVELS, e.level)
  const url = absoluteUrl(urls.event(e.slug), siteUrl)
  const lines = [
    `${labelOf(EVENT_TYPES, e.eventType)} cấp ${level.toLocaleLowerCase('vi')}.`,
    e.unit ? `Đơn vị tổ chức: ${e.unit.name}.` : '',
    e.summary ?? '',
    (e.agenda ?? []).length ? `Chương trình:\n${(e.agenda ?? []).map((a) => `${a.time ? `${a.time} ` : ''}${a.item}`).join('\n')}` : '',
    `Chi tiết: ${url}`,
  ]
  return {
    uid: (e.guid ?? `event-${e.id}`).replace(/^urn:uuid:/, '') + '@thidua',
    start,
    end,
    summary: e.title,
    location: e.place ?? null,
    description: lines.filter(Boolean).join('\n\n'),
    url,
    lastModified: e.updatedAt ? new Date(e.updatedAt) : null,
    cancelled: false,
  }
}
