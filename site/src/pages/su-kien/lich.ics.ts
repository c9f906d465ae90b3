import type { APIRoute } from 'astro'
import ical, { ICalEventStatus } from 'ical-generator'
import { absoluteUrl, eventCalendarEntry, urls } from '@thidua/content-models'
import { requireSite } from '../../lib/feeds/renderFeed.ts'
import { getSite } from '../../lib/site.ts'
import { SITE } from '../../lib/siteConfig.ts'

/**
 * Every published event as an iCalendar file (RFC 5545, written by ical-generator; issue #11,
 * point 6): newsrooms subscribe to it in their planning calendars. Times are UTC instants; each
 * entry's UID is the event's guid, so an edited event updates rather than duplicates. DTSTAMP is
 * when the event was last revised (RFC 5545 §3.8.7.2, for a calendar without METHOD), not the build
 * time: the same events give the same file, so a rebuild does not change it.
 */
export const GET: APIRoute = async ({ site }) => {
  const siteUrl = requireSite(site).toString()
  const { events } = await getSite()
  const calendar = ical({
    name: `Sự kiện, hội nghị – ${SITE.name}`,
    description: 'Hội nghị biểu dương điển hình tiên tiến các cấp, tọa đàm, giao lưu với điển hình.',
    prodId: { company: SITE.council, product: 'Cổng thông tin điển hình tiên tiến', language: 'VI' },
    url: absoluteUrl(urls.events(), siteUrl),
    ttl: 60 * 60,
  })
  for (const e of events) {
    const entry = eventCalendarEntry(e, siteUrl)
    calendar.createEvent({
      id: entry.uid,
      start: entry.start,
      end: entry.end,
      summary: entry.summary,
      location: entry.location,
      description: entry.description,
      url: entry.url,
      lastModified: entry.lastModified,
      stamp: entry.lastModified ?? entry.start,
      status: ICalEventStatus.CONFIRMED,
    })
  }
  return new Response(calendar.toString(), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } })
}
