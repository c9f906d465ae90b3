import { markdownToPlainText, truncateText } from '../markdown/renderMarkdown.ts'
import type { Id } from '../schema/collections.ts'
import type { ExemplarKind } from '../schema/options.ts'
import type { AudioDoc, CategoryDoc, MediaDoc, MovementDoc, UnitDoc } from '../schema/types.ts'
import { urls } from '../urls.ts'
import { cleanFeedText, cleanOptionalText } from './cleanFeedText.ts'
import { feedCategories, feedSourceUnit } from './feedCategories.ts'
import { feedMarkdown, toAbsolute, type FeedContext } from './feedContext.ts'
import { feedDates } from './feedDates.ts'
import { feedGuid } from './feedGuid.ts'
import { creditsHtml, figureHtml } from './feedHtml.ts'
import type { FeedItem } from './feedItem.ts'
import { feedAudio, feedImage } from './feedMedia.ts'
import { once } from './once.ts'

/** Longest plain-text summary derived from the body when the editor wrote no sapô. */
export const SUMMARY_LENGTH = 300

/**
 * A published article with its references resolved to public documents (the portal's
 * `ResolvedArticle` fits): only what the feeds read.
 */
export interface FeedArticleSource {
  id: Id
  title: string
  slug: string
  guid?: string | null
  summary?: string | null
  body?: string | null
  heroImage?: MediaDoc | null
  heroCaption?: string | null
  heroCredit?: string | null
  gallery?: readonly MediaDoc[] | null
  byline?: string | null
  unit?: UnitDoc | null
  exemplars?: readonly { kind: ExemplarKind }[] | null
  field?: CategoryDoc | null
  movements?: readonly MovementDoc[] | null
  tags?: readonly string[] | null
  publishedAt?: string | null
  audio?: AudioDoc | null
  broadcastScript?: string | null
  rightsNote?: string | null
  createdAt?: string | null
  updatedAt?: string | null
}

const idOf = (doc: { id: Id } | null | undefined): string[] => (doc ? [String(doc.id)] : [])

/**
 * Maps a published article to a feed item: the body rendered (on first use) by the shared Markdown renderer
 * (sanitised, every link and image absolute against the portal), the hero photo credited first
 * in the HTML and as media:content, the album after the body, the recording as an enclosure,
 * the on-air script as plain text. Kinds come from the profiles the article is about.
 */
export function articleToFeedItem(ctx: FeedContext, a: FeedArticleSource): FeedItem {
  // Sorting and selecting read the dates, the guid and the facets (and the broadcast feed the
  // script and recording); the rest is worked out on first use, like the body, which is the costly
  // part (rendered, and read when the portal keeps it on disk, only if a feed uses it).
  const url = once(() => toAbsolute(ctx, urls.article(a.slug)))
  const rights = cleanOptionalText(a.rightsNote)
  const image = once(() => feedImage(ctx, a.heroImage, { caption: a.heroCaption, credit: a.heroCredit, copyright: rights }))
  // The album's photos now: the feeds alone use their JPEGs, and which files a release holds must
  // not depend on which stories the feeds select (a fast build keeps its base's files).
  const gallery = (a.gallery ?? []).map((m) => feedImage(ctx, m, { copyright: rights })).filter((i) => i !== null)
  let contentHtml: string | undefined
  let summary = cleanOptionalText(a.summary) ?? undefined
  const kinds = [...new Set((a.exemplars ?? []).map((e) => e.kind))]
  const script = cleanOptionalText(a.broadcastScript)
  const unit = once(() => feedSourceUnit(ctx, a.unit))
  const categories = once(() => feedCategories(ctx, { field: a.field, movements: a.movements, kinds, tags: a.tags }))
  const audio = once(() => feedAudio(ctx, a.audio))
  return {
    collection: 'articles',
    guid: feedGuid('articles', a),
    get url() {
      return url()
    },
    title: cleanFeedText(a.title).trim(),
    get summary() {
      return (summary ??= truncateText(markdownToPlainText(cleanFeedText(a.body)), SUMMARY_LENGTH))
    },
    get contentHtml() {
      const photo = image()
      contentHtml ??= cleanFeedText([
        photo ? figureHtml(photo) : '',
        feedMarkdown(ctx, a.body),
        ...gallery.map(figureHtml),
        creditsHtml(url(), { byline: cleanOptionalText(a.byline), unit: a.unit?.name ?? null, portalName: ctx.portalName }),
      ].join(''))
      return contentHtml
    },
    ...feedDates(a, `articles/${a.slug}`),
    authors: cleanOptionalText(a.byline) ? [cleanOptionalText(a.byline) as string] : [],
    get unit() {
      return unit()
    },
    get categories() {
      return categories()
    },
    get image() {
      return image()
    },
    get audio() {
      return audio()
    },
    broadcastScript: script,
    broadcastScriptUrl: script ? toAbsolute(ctx, urls.broadcastScript(a.slug)) : null,
    rights,
    facets: {
      fields: idOf(a.field),
      movements: (a.movements ?? []).map((m) => String(m.id)),
      units: idOf(a.unit),
      kinds,
    },
  }
}
