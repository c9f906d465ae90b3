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

/** Whether a spelling carries Vietnamese diacritics ("gương sáng", not "guong sang"). */
const hasDiacritics = (s: string) => /[^\u0000-\u007f]/.test(s)

/**
 * All tags of `articles`, merged by slug (editors type "gương sáng", "Gương sáng", "guong sang"):
 * a spelling with diacritics names the tag whenever there is one (issue #13: "#dien hinh tien tien"),
 * then the most used. Sorted by use, then alphabetically. Tags without a slug are skipped.
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
    const name = [...spellings].sort((a, b) => Number(hasDiacritics(b[0])) - Number(hasDiacritics(a[0])) || b[1] - a[1] || compareVietnamese(a[0], b[0]))[0]![0]
    out.push({ name, slug, count })
  }
  return out.sort((a, b) => b.count - a.count || compareVietnamese(a.name, b.name))
}

/**
 * The place line of a card: the proposing unit and the locality, without saying the same place
 * twice ("Huyện Hoà An · huyện Hoà An"); when one contains the other, the longer says both.
 */
export function placeLine(unit: string | null | undefined, locality: string | null | undefined): string {
  const key = (s: string) => s.normalize('NFC').toLocaleLowerCase('vi').trim()
  if (!unit || !locality) return unit || locality || ''
  if (key(locality).includes(key(unit))) return locality
  if (key(unit).includes(key(locality))) return unit
  return `${unit} · ${locality}`
}
