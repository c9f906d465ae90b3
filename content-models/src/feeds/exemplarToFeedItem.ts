import { markdownToPlainText, truncateText } from '../markdown/renderMarkdown.ts'
import type { Id } from '../schema/collections.ts'
import { EXEMPLAR_KINDS, labelOf, SUBJECT_TYPES, type ExemplarKind, type SubjectType } from '../schema/options.ts'
import type { Award, CategoryDoc, MediaDoc, MovementDoc, UnitDoc } from '../schema/types.ts'
import { urls } from '../urls.ts'
import { SUMMARY_LENGTH } from './articleToFeedItem.ts'
import { cleanFeedText, cleanOptionalText } from './cleanFeedText.ts'
import { feedCategories, feedSourceUnit } from './feedCategories.ts'
import { feedMarkdown, toAbsolute, type FeedContext } from './feedContext.ts'
import { feedDates } from './feedDates.ts'
import { feedGuid } from './feedGuid.ts'
import { creditsHtml, escapeHtml, figureHtml, sectionHtml } from './feedHtml.ts'
import type { FeedItem } from './feedItem.ts'
import { feedImage } from './feedMedia.ts'
import { once } from './once.ts'

/** A published profile with its references resolved (the portal's `ResolvedExemplar` fits). */
export interface FeedExemplarSource {
  id: Id
  name: string
  slug: string
  guid?: string | null
  subjectType: SubjectType
  kind: ExemplarKind
  modelName?: string | null
  unit?: UnitDoc | null
  locality?: string | null
  field?: CategoryDoc | null
  movements?: readonly MovementDoc[] | null
  summary?: string | null
  achievements?: string | null
  initiatives?: string | null
  awards?: readonly Award[] | null
  portrait?: MediaDoc | null
  photos?: readonly MediaDoc[] | null
  publishedAt?: string | null
  createdAt?: string | null
  updatedAt?: string | null
}

function factsHtml(e: FeedExemplarSource, unitName: string | null): string {
  const facts: [string, string | null][] = [
    ['Đối tượng', labelOf(SUBJECT_TYPES, e.subjectType)],
    ['Loại', labelOf(EXEMPLAR_KINDS, e.kind)],
    ['Mô hình', cleanOptionalText(e.modelName)],
    ['Địa phương', cleanOptionalText(e.locality)],
    ['Đơn vị đề xuất', unitName],
  ]
  const lines = facts.filter(([, v]) => v).map(([k, v]) => `<strong>${escapeHtml(k)}:</strong> ${escapeHtml(v ?? '')}`)
  return `<p>${lines.join('<br>')}</p>`
}

function awardsHtml(awards: readonly Award[]): string {
  const items = awards
    .map((a) => {
      const title = cleanOptionalText(a.title)
      if (!title) return ''
      const detail = [a.year ? String(a.year) : null, cleanOptionalText(a.issuer)].filter(Boolean).join(', ')
      return `<li>${escapeHtml(detail ? `${title} (${detail})` : title)}</li>`
    })
    .join('')
  return items ? `<ul>${items}</ul>` : ''
}

/**
 * A profile item's title says what kind of exemplar and what they did, not the name alone (issue
 * #13, point 4): "Mô hình mới: Hợp tác xã chè Tân Hoà – mô hình “Chè sạch Tân Hoà”", or
 * "Điển hình tiên tiến: Nông Thị Huyền – cải tiến dây chuyền sấy chè" from the summary.
 */
export function exemplarFeedTitle(e: Pick<FeedExemplarSource, 'name' | 'kind' | 'modelName' | 'summary'>): string {
  const name = cleanFeedText(e.name).trim()
  const kind = labelOf(EXEMPLAR_KINDS, e.kind)
  const model = cleanOptionalText(e.modelName)
  if (model) return `${kind}: ${name} – mô hình “${model}”`
  const summary = cleanOptionalText(e.summary)
  if (!summary) return `${kind}: ${name}`
  // A summary often opens with the name ("Nông Thị Huyền: cải tiến …"): the deed is what follows.
  const deed = summary.startsWith(name) ? summary.slice(name.length).replace(/^[\s:,–-]+/, '') : summary
  const firstSentence = deed.split(/(?<=[.!?])\s/)[0]!.replace(/[.!?]$/, '')
  return `${kind}: ${name} – ${truncateText(firstSentence, 110)}`
}

/**
 * Maps a published exemplar profile to a feed item for the profiles feed and the section feeds:
 * the facts a journalist needs first (who, which kind, where, proposed by), then achievements,
 * initiatives and awards, with the portrait as media:content and the activity photos credited.
 * Contact details and internal notes are not part of the input and cannot appear.
 */
export function exemplarToFeedItem(ctx: FeedContext, e: FeedExemplarSource): FeedItem {
  const render = (md: string | null | undefined) => feedMarkdown(ctx, md)
  // As in articleToFeedItem: what sorting and selecting do not read is worked out on first use;
  // the activity photos now, since the feeds alone use their JPEGs.
  const image = once(() => feedImage(ctx, e.portrait))
  const photos = (e.photos ?? []).map((m) => feedImage(ctx, m)).filter((i) => i !== null)
  const unit = once(() => feedSourceUnit(ctx, e.unit))
  const categories = once(() => feedCategories(ctx, { field: e.field, movements: e.movements, kinds: [e.kind] }))
  const ownSummary = cleanOptionalText(e.summary)
  // Rendered on first use only: most profiles are in no feed's newest 50 (see articleToFeedItem).
  let contentHtml: string | undefined
  let summary = ownSummary ?? undefined
  const url = once(() => toAbsolute(ctx, urls.exemplar(e.slug)))
  return {
    collection: 'exemplars',
    guid: feedGuid('exemplars', e),
    get url() {
      return url()
    },
    title: exemplarFeedTitle(e),
    get summary() {
      return (summary ??= truncateText(markdownToPlainText(cleanFeedText(e.achievements)), SUMMARY_LENGTH))
    },
    get contentHtml() {
      const photo = image()
      contentHtml ??= cleanFeedText([
        photo ? figureHtml(photo) : '',
        ownSummary ? `<p><strong>${escapeHtml(ownSummary)}</strong></p>` : '',
        factsHtml(e, unit()?.name ?? null),
        sectionHtml('Thành tích', render(e.achievements)),
        sectionHtml('Sáng kiến, kinh nghiệm, cách làm hay', render(e.initiatives)),
        sectionHtml('Danh hiệu, hình thức khen thưởng', awardsHtml(e.awards ?? [])),
        ...photos.map(figureHtml),
        creditsHtml(url(), { unit: null, portalName: ctx.portalName }),
      ].join(''))
      return contentHtml
    },
    ...feedDates(e, `exemplars/${e.slug}`),
    authors: [],
    get unit() {
      return unit()
    },
    get categories() {
      return categories()
    },
    get image() {
      return image()
    },
    audio: null,
    broadcastScript: null,
    broadcastScriptUrl: null,
    rights: null,
    facets: {
      fields: e.field ? [String(e.field.id)] : [],
      movements: (e.movements ?? []).map((m) => String(m.id)),
      units: e.unit ? [String(e.unit.id)] : [],
      kinds: [e.kind],
    },
  }
}
