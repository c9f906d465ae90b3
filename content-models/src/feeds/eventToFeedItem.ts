import { cleanFeedText, cleanOptionalText } from './cleanFeedText.ts'
import { feedSourceUnit } from './feedCategories.ts'
import { feedMarkdown, toAbsolute, type FeedContext } from './feedContext.ts'
import { feedDates } from './feedDates.ts'
import { feedGuid } from './feedGuid.ts'
import { creditsHtml, escapeHtml, figureHtml, sectionHtml } from './feedHtml.ts'
import type { FeedItem } from './feedItem.ts'
import { feedImage } from './feedMedia.ts'
import { EVENT_AWARD_FORMS, EVENT_DURATIONS, EVENT_LEVELS, EVENT_TYPES, labelOf } from '../schema/options.ts'
import type { ResolvedEvent } from '../site/resolveRefs.ts'
import { formatDateVi } from '../text/formatDate.ts'
import { urls } from '../urls.ts'

/** "Thứ … , 15/05/2026, buổi sáng, tại …": when and where, as a newsroom's planning desk reads it. */
export function eventWhenWhere(e: Pick<ResolvedEvent, 'startsAt' | 'duration' | 'place'>): string {
  const session = labelOf(EVENT_DURATIONS, e.duration ?? '').toLocaleLowerCase('vi')
  return [formatDateVi(e.startsAt), session, e.place ? `tại ${e.place}` : ''].filter(Boolean).join(', ')
}

/**
 * An event as a feed item (issue #11, point 6): title, when and where first, the programme, the
 * honoured and the awards, the photos. Only public fields are in `ResolvedEvent`: delegates,
 * allocations and dossiers cannot appear.
 */
export function eventToFeedItem(ctx: FeedContext, e: ResolvedEvent): FeedItem {
  const photos = e.photos.map((m) => feedImage(ctx, m)).filter((i) => i !== null)
  const unit = feedSourceUnit(ctx, e.unit)
  const when = eventWhenWhere(e)
  const level = e.level === 'other' && e.levelOther ? e.levelOther : labelOf(EVENT_LEVELS, e.level)
  const summary = cleanOptionalText(e.summary) ?? `${labelOf(EVENT_TYPES, e.eventType)} cấp ${level.toLocaleLowerCase('vi')}, ${when}.`
  let contentHtml: string | undefined
  const agenda = (e.agenda ?? []).map((a) => `<li>${escapeHtml([a.time, a.item, a.speaker ? `(${a.speaker})` : ''].filter(Boolean).join(' '))}</li>`).join('')
  const honoured = e.honoured.map((h) => `<li><a href="${escapeHtml(toAbsolute(ctx, urls.exemplar(h.slug)))}">${escapeHtml(h.name)}</a></li>`).join('')
  const awards = e.awards.map((a) => `<li>${escapeHtml([a.title || labelOf(EVENT_AWARD_FORMS, a.form), a.recipient, a.recipientUnit?.name, a.decisionNumber ? `Quyết định số ${a.decisionNumber}` : ''].filter(Boolean).join(' – '))}</li>`).join('')
  const url = toAbsolute(ctx, urls.event(e.slug))
  return {
    collection: 'events',
    guid: feedGuid('events', e),
    url,
    title: cleanFeedText(e.title).trim(),
    summary,
    get contentHtml() {
      contentHtml ??= cleanFeedText([
        `<p><strong>${escapeHtml(labelOf(EVENT_TYPES, e.eventType))}</strong>, cấp ${escapeHtml(level.toLocaleLowerCase('vi'))}: ${escapeHtml(when)}.</p>`,
        e.summary ? `<p>${escapeHtml(e.summary)}</p>` : '',
        feedMarkdown(ctx, e.body),
        agenda ? sectionHtml('Chương trình', `<ol>${agenda}</ol>`) : '',
        honoured ? sectionHtml('Điển hình được biểu dương', `<ul>${honoured}</ul>`) : '',
        awards ? sectionHtml('Khen thưởng', `<ul>${awards}</ul>`) : '',
        ...photos.map(figureHtml),
        creditsHtml(url, { portalName: ctx.portalName }),
      ].join(''))
      return contentHtml
    },
    ...feedDates(e, `events/${e.slug}`),
    authors: [],
    unit,
    categories: [],
    image: photos[0] ?? null,
    audio: null,
    broadcastScript: null,
    broadcastScriptUrl: null,
    rights: null,
    facets: { fields: [], movements: [], units: [], kinds: [] },
  }
}
