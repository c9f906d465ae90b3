import { EXEMPLAR_KINDS, labelOf, type ExemplarKind } from '../schema/options.ts'
import type { CategoryDoc, MovementDoc, UnitDoc } from '../schema/types.ts'
import { vietnameseSlug } from '../text/slugify.ts'
import { feedUrl, urls } from '../urls.ts'
import { cleanOptionalText } from './cleanFeedText.ts'
import { toAbsolute, type FeedContext } from './feedContext.ts'
import type { FeedCategory, FeedSourceUnit } from './feedItem.ts'

/** What a story is filed under, in the order newsrooms sort by: field, movements, kinds, tags. */
export interface CategorySources {
  field?: CategoryDoc | null
  movements?: readonly MovementDoc[] | null
  kinds?: readonly ExemplarKind[]
  tags?: readonly string[] | null
}

/** The categories of a story, each with the URL of its section page; duplicates removed. */
export function feedCategories(ctx: FeedContext, s: CategorySources): FeedCategory[] {
  const out: FeedCategory[] = []
  const add = (scheme: FeedCategory['scheme'], label: string | null | undefined, path: string) => {
    const clean = cleanOptionalText(label)
    const url = toAbsolute(ctx, path)
    if (clean && !out.some((c) => c.url === url)) out.push({ scheme, label: clean, url })
  }
  if (s.field) add('field', s.field.name, urls.fieldOfWork(s.field.slug))
  for (const m of s.movements ?? []) add('movement', m.name, urls.movement(m.slug))
  for (const kind of s.kinds ?? []) add('kind', labelOf(EXEMPLAR_KINDS, kind), urls.kind(kind))
  for (const tag of s.tags ?? []) {
    const slug = vietnameseSlug(tag)
    if (slug) add('tag', tag, urls.tag(slug))
  }
  return out
}

/** The unit a story came from, with its section page and feed (RSS `<source>`). */
export function feedSourceUnit(ctx: FeedContext, unit: UnitDoc | null | undefined): FeedSourceUnit | null {
  const name = cleanOptionalText(unit?.name)
  if (!unit || !name) return null
  return { name, url: toAbsolute(ctx, urls.unit(unit.slug)), feedUrl: toAbsolute(ctx, feedUrl(urls.unit(unit.slug))) }
}
