import type { Id } from '../schema/collections.ts'
import { EXEMPLAR_KINDS } from '../schema/options.ts'
import type { CategoryDoc, MovementDoc, Ref, UnitDoc } from '../schema/types.ts'
import { compareVietnamese } from '../text/collate.ts'
import { feedUrl, urls } from '../urls.ts'
import type { FeedItem } from './feedItem.ts'

/** How the press page and the OPML file group the feeds. */
export type FeedGroup = 'portal' | 'profiles' | 'events' | 'broadcast' | 'kind' | 'field' | 'movement' | 'unit'

/** Vietnamese headings of the groups, in the order the press page and the OPML show them. */
export const FEED_GROUPS: readonly { group: FeedGroup; label: string }[] = [
  { group: 'portal', label: 'Toàn cổng thông tin' },
  { group: 'profiles', label: 'Hồ sơ điển hình' },
  { group: 'events', label: 'Sự kiện, hội nghị' },
  { group: 'broadcast', label: 'Phát thanh' },
  { group: 'kind', label: 'Theo loại điển hình' },
  { group: 'field', label: 'Theo lĩnh vực' },
  { group: 'movement', label: 'Theo phong trào thi đua' },
  { group: 'unit', label: 'Theo đơn vị' },
]

/** One feed of the portal, in both formats (RSS 2.0 and JSON Feed 1.1). */
export interface FeedDefinition {
  /** Unique and stable, e.g. "portal", "field:y-te". */
  key: string
  group: FeedGroup
  /** Short Vietnamese name within its group, e.g. "Y tế" (press page). */
  label: string
  /** Channel title, Vietnamese, self-explanatory in a reader's list: "Lĩnh vực Y tế – <portal>". */
  title: string
  /** Channel description, Vietnamese: what the feed carries. */
  description: string
  /** The portal page the feed mirrors (channel link, OPML htmlUrl). */
  htmlPath: string
  rssPath: string
  jsonPath: string
  /** Whether a story belongs in this feed. */
  includes: (item: FeedItem) => boolean
}

/** The taxonomy the section feeds are made from (public documents only). */
export interface PortalFeedsInput {
  /** The portal's name, ending every channel title. */
  portalName: string
  /** Who publishes it (the council), added to the whole-portal feed's title. */
  publisher?: string
  categories: readonly CategoryDoc[]
  movements: readonly MovementDoc[]
  units: readonly UnitDoc[]
}

const refKey = (ref: Ref<{ id: Id }> | null | undefined): string | null =>
  ref == null ? null : String(typeof ref === 'object' ? ref.id : ref)

/** The id of `root` and of every document below it (a parent's feed carries its children's stories). */
function withDescendants(docs: readonly { id: Id; parent?: Ref<{ id: Id }> | null }[], root: Id): Set<string> {
  const ids = new Set([String(root)])
  for (let grew = true; grew; ) {
    grew = false
    for (const d of docs) {
      const parent = refKey(d.parent)
      if (parent !== null && ids.has(parent) && !ids.has(String(d.id))) {
        ids.add(String(d.id))
        grew = true
      }
    }
  }
  return ids
}

const anyIn = (values: readonly string[], set: Set<string>) => values.some((v) => set.has(v))
const byName = <T extends { name: string }>(list: readonly T[]) => [...list].sort((a, b) => compareVietnamese(a.name, b.name))

function section(
  key: string,
  group: FeedGroup,
  htmlPath: string,
  label: string,
  title: string,
  description: string,
  includes: (item: FeedItem) => boolean,
): FeedDefinition {
  return { key, group, label, title, description, htmlPath, rssPath: feedUrl(htmlPath), jsonPath: feedUrl(htmlPath, 'json'), includes }
}

/**
 * Every feed of the portal (issue #5, point 1): the whole portal, the profiles, the broadcast-ready
 * stories, each kind, each field of work, each movement and each unit, in a stable order (groups
 * as in {@link FEED_GROUPS}, then names in Vietnamese order) so the OPML file and the press page
 * only change when the taxonomy does. A field's or unit's feed includes its sub-fields' or
 * sub-units' stories.
 */
export function listPortalFeeds(input: PortalFeedsInput): FeedDefinition[] {
  const p = input.portalName
  const feeds: FeedDefinition[] = [
    section('portal', 'portal', urls.home(), 'Toàn cổng thông tin', input.publisher ? `${p} – ${input.publisher}` : p,
      `Tất cả bài viết và hồ sơ điển hình mới nhất của ${p}.`, (i) => i.collection !== 'events'),
    section('profiles', 'profiles', urls.exemplars(), 'Hồ sơ điển hình', `Hồ sơ điển hình – ${p}`,
      'Hồ sơ các điển hình tiên tiến, mô hình mới, nhân tố mới, gương người tốt, việc tốt vừa được công bố.',
      (i) => i.collection === 'exemplars'),
    section('events', 'events', urls.events(), 'Sự kiện, hội nghị', `Sự kiện, hội nghị – ${p}`,
      'Hội nghị biểu dương điển hình tiên tiến các cấp, tọa đàm, giao lưu với điển hình: lịch, chương trình, kết quả khen thưởng.',
      (i) => i.collection === 'events'),
    {
      // No page lists these stories: the channel links to the press page that describes the feed.
      ...section('broadcast', 'broadcast', urls.broadcast(), 'Phát thanh', `Phát thanh – ${p}`,
        'Bài viết có kịch bản đọc trên sóng hoặc tệp âm thanh, dành cho đài phát thanh và hệ thống truyền thanh cơ sở.',
        (i) => i.broadcastScript !== null || i.audio !== null),
      htmlPath: urls.press(),
    },
  ]
  for (const { value, label } of EXEMPLAR_KINDS) {
    feeds.push(section(`kind:${value}`, 'kind', urls.kind(value), label, `${label} – ${p}`,
      `Hồ sơ ${label.toLowerCase()} và các bài viết về họ.`, (i) => i.facets.kinds.includes(value)))
  }
  for (const c of byName(input.categories)) {
    const ids = withDescendants(input.categories, c.id)
    feeds.push(section(`field:${c.slug}`, 'field', urls.fieldOfWork(c.slug), c.name, `Lĩnh vực ${c.name} – ${p}`,
      `Điển hình và bài viết thuộc lĩnh vực “${c.name}”.`, (i) => anyIn(i.facets.fields, ids)))
  }
  for (const m of byName(input.movements)) {
    const id = String(m.id)
    feeds.push(section(`movement:${m.slug}`, 'movement', urls.movement(m.slug), m.name, `Phong trào ${m.name} – ${p}`,
      `Điển hình và bài viết của phong trào thi đua “${m.name}”.`, (i) => i.facets.movements.includes(id)))
  }
  for (const u of byName(input.units)) {
    const ids = withDescendants(input.units, u.id)
    feeds.push(section(`unit:${u.slug}`, 'unit', urls.unit(u.slug), u.name, `${u.name} – ${p}`,
      `Điển hình và bài viết do ${u.name} đề xuất, gửi đăng.`, (i) => anyIn(i.facets.units, ids)))
  }
  return feeds
}
