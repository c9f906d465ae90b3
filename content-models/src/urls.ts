import type { ExemplarKind, SubjectType } from './schema/options.ts'

/**
 * One URL function per kind of public page, shared by the portal's routes, the feeds, the sitemap
 * and the CMS's "Xem trên cổng thông tin" links. Paths are Vietnamese without diacritics and end in '/'.
 */
export const KIND_PATHS: Readonly<Record<ExemplarKind, string>> = {
  advanced: 'dien-hinh-tien-tien',
  'new-model': 'mo-hinh-moi',
  'new-factor': 'nhan-to-moi',
  'good-deed': 'guong-nguoi-tot-viec-tot',
}

export const SUBJECT_TYPE_PATHS: Readonly<Record<SubjectType, string>> = {
  individual: 'ca-nhan',
  collective: 'tap-the',
  household: 'ho-gia-dinh',
}

const page = (base: string, n = 1) => (n > 1 ? `${base}trang/${n}/` : base)

export const urls = {
  home: () => '/',
  articles: (n = 1) => page('/bai-viet/', n),
  article: (slug: string) => `/bai-viet/${slug}/`,
  exemplars: (n = 1) => page('/dien-hinh/', n),
  exemplar: (slug: string) => `/dien-hinh/${slug}/`,
  fieldsOfWork: () => '/linh-vuc/',
  fieldOfWork: (slug: string, n = 1) => page(`/linh-vuc/${slug}/`, n),
  movements: () => '/phong-trao/',
  movement: (slug: string, n = 1) => page(`/phong-trao/${slug}/`, n),
  units: () => '/don-vi/',
  unit: (slug: string, n = 1) => page(`/don-vi/${slug}/`, n),
  kind: (kind: ExemplarKind, n = 1) => page(`/loai/${KIND_PATHS[kind]}/`, n),
  subjectType: (type: SubjectType, n = 1) => page(`/doi-tuong/${SUBJECT_TYPE_PATHS[type]}/`, n),
  tag: (slug: string, n = 1) => page(`/chu-de/${slug}/`, n),
  /** Events (issue #11): upcoming and past, per level, one page each, and the calendar feed. */
  events: () => '/su-kien/',
  eventsAtLevel: (level: string) => `/su-kien/cap/${level}/`,
  event: (slug: string) => `/su-kien/${slug}/`,
  eventsCalendar: () => '/su-kien/lich.ics',
  search: () => '/tim-kiem/',
  about: () => '/gioi-thieu/',
  press: () => '/bao-chi/',
  /** Section path of the broadcast feed (issue #5): stories with an on-air script or a recording. */
  broadcast: () => '/phat-thanh/',
  /** An article's on-air script as text/plain, for radio desks (issue #5, point 2). */
  broadcastScript: (slug: string) => `/phat-thanh/${slug}.txt`,
  /** Every feed of the portal in one OPML file, for newsrooms' feed readers (issue #5, point 4). */
  feedsOpml: () => '/feeds.opml',
} as const

/** The feed (RSS, or its JSON Feed twin) of a section page: `/phong-trao/x/` -> `/phong-trao/x/rss.xml`. */
export function feedUrl(sectionPath: string, format: 'rss' | 'json' = 'rss'): string {
  const base = sectionPath.endsWith('/') ? sectionPath : `${sectionPath}/`
  if (base === '/') return format === 'rss' ? '/rss.xml' : '/feed.json'
  return `${base}${format === 'rss' ? 'rss.xml' : 'feed.json'}`
}

/** An absolute URL on the portal, for feeds, canonical links and Open Graph. */
export function absoluteUrl(path: string, siteUrl: string): string {
  return new URL(path, siteUrl.endsWith('/') ? siteUrl : `${siteUrl}/`).toString()
}
