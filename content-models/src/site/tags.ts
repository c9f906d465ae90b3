import { vietnameseSlug } from '../text/slugify.ts'
import { compareVietnamese } from '../text/collate.ts'

/** A tag as the portal shows it: the editors' spelling, its URL slug and how many articles use it. */
export interface TagInfo {
  name: string
  slug: string
  count: number
}

const slugs = new Map<string, string>()

/** The URL slug of a tag ("Gương sáng" -> "guong-sang"), memoised: a build asks for each tag thousands of times. */
export function tagSlug(tag: string): string {
  let slug = slugs.get(tag)
  if (slug === undefined) {
    slug = vietnameseSlug(tag)
    if (slugs.size < 100_000) slugs.set(tag, slug)
  }
  return slug
}

/**
 * All tags of `articles`, merged by slug (editors type "gương sáng" and "Gương sáng"): the most
 * used spelling names the tag. Sorted by use, then alphabetically. Tags without a slug are skipped.
 */
export function collectTags(articles: readonly { tags?: readonly string[] | null }[]): TagInfo[] {
  const bySlug = new Map<string, { count: number; spellings: Map<string, number> }>()
  for (const a of articles) {
    for (const slug of new Set((a.tags ?? []).map(tagSlug))) {
      if (!slug) continue
      const entry = bySlug.get(slug) ?? { count: 0, spellings: new Map() }
      entry.count++
      bySlug.set(slug, entry)
    }
    for (const t of a.tags ?? []) {
      const entry = bySlug.get(tagSlug(t))
      if (entry) entry.spellings.set(t, (entry.spellings.get(t) ?? 0) + 1)
    }
  }
  const out: TagInfo[] = []
  for (const [slug, { count, spellings }] of bySlug) {
    const name = [...spellings].sort((a, b) => b[1] - a[1] || compareVietnamese(a[0], b[0]))[0]![0]
    out.push({ name, slug, count })
  }
  return out.sort((a, b) => b.count - a.count || compareVietnamese(a.name, b.name))
}
