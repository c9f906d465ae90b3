import type { Id } from '../schema/collections.ts'
import type { ExemplarKind, SubjectType } from '../schema/options.ts'
import { urls } from '../urls.ts'
import { tagSlug } from './tags.ts'

/**
 * What a page list depends on, for an article or profile as it was before the last sync (from the
 * loader's change journal) or as it is now. References are ids.
 */
export interface DocSnapshot {
  slug: string
  publishedAt?: string | null
  createdAt?: string | null
  field?: Id | null
  movements?: readonly Id[] | null
  unit?: Id | null
  tags?: readonly string[] | null
  exemplars?: readonly Id[] | null
  kind?: ExemplarKind | null
  subjectType?: SubjectType | null
}

/** One collection's changes in the last sync: `before` is null for a new document. */
export interface CollectionChanges {
  changed: { id: string; before: DocSnapshot | null }[]
  removed: { id: string; before: DocSnapshot | null }[]
}

/** The site as it is now, reduced to what the fast path needs. */
export interface SiteNow {
  /** Newest first, as the lists show them. */
  articles: readonly (DocSnapshot & { id: Id })[]
  exemplars: readonly (DocSnapshot & { id: Id })[]
  /**
   * Published events with the profiles they honour or award (their pages; the lists, profiles and
   * feeds showing them follow their dependencies, site lib/routes.ts).
   */
  events?: readonly { id: Id; slug: string; exemplars?: readonly Id[] }[]
  perPage: number
  fieldWithAncestors: (id: string) => readonly string[]
  unitWithAncestors: (id: string) => readonly string[]
  /** Slugs of fields of work, movements and units by id. */
  fieldSlug: (id: string) => string | undefined
  movementSlug: (id: string) => string | undefined
  unitSlug: (id: string) => string | undefined
}

export interface AffectedPaths {
  /** Pages to render again. */
  render: Set<string>
  /** Pages that must disappear (old slugs, unpublished documents). */
  remove: Set<string>
  /** Why only a full build will do, or null. */
  fullBuildReason: string | null
}

const str = (x: Id | null | undefined) => (x == null ? null : String(x))
const dateOf = (d: DocSnapshot) => d.publishedAt ?? d.createdAt ?? ''

/** The page number a document with `date` has (or had) in a newest-first list of `dates`. */
function pageOf(dates: readonly string[], date: string, perPage: number): number {
  let lo = 0
  let hi = dates.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (dates[mid]! > date) lo = mid + 1
    else hi = mid
  }
  return Math.floor(lo / perPage) + 1
}

/**
 * The pages one sync's changes touch, for the fast path that publishes a change in seconds while
 * the full build follows (issue #4, "under 10 s to bring one changed article live"): the document's
 * page (and its old URL if the slug changed or it was unpublished), its neighbours' pages
 * (previous/next links), the profiles it names, and, in every list it is or was in, the first page
 * and the page that holds it. Later pages of a list shift by one item when something is added or
 * removed; they stay as they were until the full build.
 */
export function affectedPaths(
  changes: { articles?: CollectionChanges; exemplars?: CollectionChanges; events?: CollectionChanges; other?: string[] },
  now: SiteNow,
): AffectedPaths {
  const render = new Set<string>([urls.home()])
  const remove = new Set<string>()
  if (changes.other && changes.other.length > 0) {
    return { render, remove, fullBuildReason: `${changes.other.join(', ')} changed (names and links on many pages)` }
  }
  const articleDates = now.articles.map(dateOf)
  const exemplarDates = now.exemplars.map(dateOf)
  const byIdA = new Map(now.articles.map((a, i) => [String(a.id), i]))
  const byIdE = new Map(now.exemplars.map((e) => [String(e.id), e]))

  const listPages = (href: (n: number) => string, dates: readonly string[], date: string) => {
    render.add(href(1))
    render.add(href(pageOf(dates, date, now.perPage)))
  }
  // Mixed lists (field, movement, unit) interleave articles and profiles: their positions are
  // estimated from the article dates only, and the first page is always rendered.
  const mixed = (d: DocSnapshot, isArticle: boolean) => {
    const date = dateOf(d)
    const dates = isArticle ? articleDates : exemplarDates
    const field = str(d.field)
    if (field) for (const f of now.fieldWithAncestors(field)) { const slug = now.fieldSlug(f); if (slug) listPages((n) => urls.fieldOfWork(slug, n), dates, date) }
    for (const m of d.movements ?? []) { const slug = now.movementSlug(String(m)); if (slug) listPages((n) => urls.movement(slug, n), dates, date) }
    const unit = str(d.unit)
    if (unit) for (const u of now.unitWithAncestors(unit)) { const slug = now.unitSlug(u); if (slug) listPages((n) => urls.unit(slug, n), dates, date) }
  }

  for (const [isArticle, set] of [[true, changes.articles], [false, changes.exemplars]] as const) {
    if (!set) continue
    for (const { id, before } of [...set.changed, ...set.removed]) {
      const current = isArticle ? (byIdA.has(id) ? now.articles[byIdA.get(id)!] : undefined) : byIdE.get(id)
      const page = (slug: string) => (isArticle ? urls.article(slug) : urls.exemplar(slug))
      for (const d of [before, current]) {
        if (!d) continue
        mixed(d, isArticle)
        if (isArticle) {
          listPages(urls.articles, articleDates, dateOf(d))
          for (const t of d.tags ?? []) { const slug = tagSlug(t); if (slug) listPages((n) => urls.tag(slug, n), articleDates, dateOf(d)) }
          for (const e of d.exemplars ?? []) { const ex = byIdE.get(String(e)); if (ex) render.add(urls.exemplar(ex.slug)) }
          // The neighbours that link to it by previous/next: around its place now (exact), or
          // around where its old date put it (estimated).
          const at = d === current ? byIdA.get(id)! : pageOf(articleDates, dateOf(d), 1) - 1
          for (const i of [at - 1, at, at + 1]) { const n = now.articles[i]; if (n && String(n.id) !== id) render.add(urls.article(n.slug)) }
        } else {
          listPages(urls.exemplars, exemplarDates, dateOf(d))
          if (d.kind) listPages((n) => urls.kind(d.kind!, n), exemplarDates, dateOf(d))
          if (d.subjectType) listPages((n) => urls.subjectType(d.subjectType!, n), exemplarDates, dateOf(d))
          // Articles naming the profile show its card.
          for (const a of now.articles) if ((a.exemplars ?? []).some((e) => String(e) === id)) render.add(urls.article(a.slug))
          // Events honouring it name it, in their pages and their search keywords.
          for (const e of now.events ?? []) if ((e.exemplars ?? []).some((x) => String(x) === id)) render.add(urls.event(e.slug))
        }
      }
      if (current) render.add(page(current.slug))
      if (before && (!current || before.slug !== current.slug)) remove.add(page(before.slug))
    }
  }
  // An event's own page, and its old URL when its slug changed or it was unpublished; the pages
  // showing it (level lists, profiles honoured, related events, feeds) follow their dependencies.
  const eventsById = new Map((now.events ?? []).map((e) => [String(e.id), e]))
  for (const { id, before } of [...(changes.events?.changed ?? []), ...(changes.events?.removed ?? [])]) {
    const current = eventsById.get(id)
    if (current) render.add(urls.event(current.slug))
    if (before && (!current || before.slug !== current.slug)) remove.add(urls.event(before.slug))
  }
  for (const path of render) remove.delete(path)
  return { render, remove, fullBuildReason: null }
}
