import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import {
  COLLECTIONS, EXEMPLAR_KINDS, FIELDS_OF_WORK, MOVEMENTS, SUBJECT_TYPES, vietnameseSlug,
  type CollectionSlug, type FieldOfWorkSeed, type GlobalSlug,
} from '@thidua/content-models'
import { FIXTURE_INDEX, type FixtureIndex } from '../../src/loaders/fixtureSource.ts'
import { globalPath, listPath } from '../../src/loaders/requests.ts'

/**
 * Writes a synthetic fixture in the recorded format (site/test/fixtures/cms): the benchmark's
 * 10,000 articles and 2,000 profiles, or any size. Deterministic for a given size, so runs compare.
 */
export interface GenerateOptions {
  dir: string
  articles: number
  exemplars: number
  images?: number
  pageSize?: number
  cmsUrl?: string
  /** Edits the generated documents before they are written (tests shape adversarial corpora). */
  tweak?: (docs: Record<string, Record<string, unknown>[]>) => void
  /** Answers for `/api/globals/<slug>` by slug (the portal's information); without one a global answers `{}`. */
  globals?: Record<string, Record<string, unknown>>
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Lò', 'Sùng', 'Giàng', 'Hà']
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Quốc', 'Đức', 'Thu', 'Ngọc', 'Xuân', 'Hữu', 'Thanh']
const GIVEN = ['Hoà', 'Hoàng', 'Hoài', 'Hoan', 'Hải', 'Dũng', 'Đức', 'Lan', 'Thuỷ', 'Khoẻ', 'Hằng', 'Toàn', 'Quân', 'Yến', 'Tâm', 'Nga', 'Phúc', 'Sơn', 'Trang', 'Việt']
const PLACES = ['Đắk Lắk', 'Đà Nẵng', 'Hoà An', 'Hoà Bình', 'Thuỷ Nguyên', 'Bảo Yên', 'Tân Hoà', 'Nà Khoang', 'Đồng Tâm', 'Sơn Hà']
const DEEDS = [
  'cải tiến dây chuyền sấy chè, tiết kiệm điện năng', 'vận động bà con hiến đất mở đường liên thôn', 'mở lớp dạy chữ miễn phí cho phụ nữ',
  'xây dựng mô hình trồng rau an toàn', 'hiến máu tình nguyện nhiều lần', 'thành lập tổ hợp tác nuôi ong', 'giúp hộ nghèo thoát nghèo bền vững',
  'sáng kiến quản lý hồ sơ điện tử', 'cứu người đuối nước', 'giữ gìn bản sắc văn hoá dân tộc',
]

/** A small deterministic PRNG (mulberry32), so a size always gives the same fixture. */
function rng(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function body(r: () => number, name: string, place: string, deed: string): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!
  const para = () => Array.from({ length: 4 + Math.floor(r() * 3) }, () =>
    `${pick(['Những năm qua', 'Từ khi phát động phong trào', 'Với tinh thần điển hình tiên tiến', 'Không ngại khó khăn', 'Được chính quyền địa phương ủng hộ'])}, ${name} đã ${pick(DEEDS)} ở ${pick(PLACES)}, góp phần ${pick(['nâng cao đời sống nhân dân', 'xây dựng nông thôn mới', 'lan toả tinh thần thi đua yêu nước', 'phát triển kinh tế hộ gia đình'])}.`).join(' ')
  return [
    `${name} (${place}) được biết đến với việc **${deed}**. ${para()}`,
    `## Từ những việc nhỏ\n\n${para()}\n\n${para()}`,
    `> “Việc tốt nào cũng bắt đầu từ chỗ mình làm được trước, rồi rủ thêm người cùng làm.”`,
    `## Kết quả nổi bật\n\n- Hoàn thành xuất sắc nhiệm vụ ba năm liền\n- Được ${place} đề nghị khen thưởng\n- Mô hình được [nhân rộng](/) ở ${1 + Math.floor(r() * 9)} xã`,
    `## Bài học kinh nghiệm\n\n${para()}\n\n${para()}`,
  ].join('\n\n')
}

const iso = (ms: number) => new Date(ms).toISOString()

/** Writes the fixture; returns the generated documents by collection for tests and the benchmark. */
export async function generateFixture(o: GenerateOptions): Promise<Record<string, Record<string, unknown>[]>> {
  const pageSize = o.pageSize ?? 100
  const cms = o.cmsUrl ?? 'http://cms.invalid'
  const r = rng(o.articles * 7919 + o.exemplars)
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!
  const base = Date.parse('2026-06-01T00:00:00Z')
  rmSync(o.dir, { recursive: true, force: true })
  mkdirSync(path.join(o.dir, 'files'), { recursive: true })

  const categories: Record<string, unknown>[] = []
  const addFields = (list: readonly FieldOfWorkSeed[], parent?: number) => {
    for (const [order, f] of list.entries()) {
      const id = categories.length + 1
      categories.push({ id, name: f.name, slug: vietnameseSlug(f.name), description: f.description ?? null, parent: parent ?? null, order, updatedAt: iso(base), createdAt: iso(base) })
      if (f.children) addFields(f.children, id)
    }
  }
  addFields(FIELDS_OF_WORK)
  const movements = MOVEMENTS.map((m, i) => ({
    id: i + 1, name: m.name, slug: vietnameseSlug(m.name), launchedBy: m.launchedBy, level: m.level, status: m.status,
    description: m.description, startDate: `${m.startYear}-01-01T00:00:00.000Z`, endDate: m.endYear ? `${m.endYear}-12-31T00:00:00.000Z` : null,
    updatedAt: iso(base), createdAt: iso(base),
  }))
  const units: Record<string, unknown>[] = []
  for (const p of PLACES) units.push({ id: units.length + 1, name: `Huyện ${p}`, slug: vietnameseSlug(`Huyện ${p}`), type: 'district', parent: null, updatedAt: iso(base), createdAt: iso(base) })
  for (const d of ['Giáo dục và Đào tạo', 'Y tế', 'Nông nghiệp và Môi trường', 'Công Thương', 'Văn hoá, Thể thao và Du lịch']) {
    units.push({ id: units.length + 1, name: `Sở ${d}`, slug: vietnameseSlug(`Sở ${d}`), type: 'department', parent: null, updatedAt: iso(base), createdAt: iso(base) })
  }
  for (const p of PLACES) units.push({ id: units.length + 1, name: `Xã Tân ${p}`, slug: vietnameseSlug(`Xã Tân ${p}`), type: 'commune', parent: PLACES.indexOf(p) + 1, updatedAt: iso(base), createdAt: iso(base) })

  const imageCount = o.images ?? 24
  const media: Record<string, unknown>[] = []
  const index: FixtureIndex = { recordedAt: iso(base), cmsUrl: cms, responses: {}, files: {} }
  for (let i = 0; i < imageCount; i++) {
    const hue = (i * 47) % 360
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1000"><rect width="1600" height="1000" fill="hsl(${hue},45%,70%)"/><circle cx="${200 + i * 50}" cy="260" r="120" fill="hsl(${(hue + 40) % 360},70%,85%)"/><path d="M0 620 Q 400 ${420 + i * 5} 800 620 T 1600 560 V 1000 H 0 Z" fill="hsl(${hue},50%,35%)"/></svg>`
    const data = await sharp(Buffer.from(svg)).jpeg({ quality: 82 }).toBuffer()
    const filename = `bench-${i + 1}.jpg`
    writeFileSync(path.join(o.dir, 'files', filename), data)
    const url = `${cms}/api/media/file/${filename}`
    index.files![`/api/media/file/${filename}`] = `files/${filename}`
    media.push({ id: i + 1, alt: `Ảnh minh hoạ ${i + 1}`, caption: `Ảnh minh hoạ ${i + 1}.`, credit: 'Ban Thi đua - Khen thưởng', url, filename, mimeType: 'image/jpeg', filesize: data.length, width: 1600, height: 1000, updatedAt: iso(base), createdAt: iso(base) })
  }

  const exemplars: Record<string, unknown>[] = []
  const used = new Set<string>()
  const unique = (s: string) => { let slug = vietnameseSlug(s); for (let n = 2; used.has(slug); n++) slug = `${vietnameseSlug(s)}-${n}`; used.add(slug); return slug }
  for (let i = 0; i < o.exemplars; i++) {
    const name = `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)}`
    const place = pick(PLACES)
    const deed = pick(DEEDS)
    const kind = EXEMPLAR_KINDS[i % EXEMPLAR_KINDS.length]!.value
    const t = base + i * 3_600_000
    exemplars.push({
      id: i + 1, name, slug: unique(name), subjectType: SUBJECT_TYPES[i % 3]!.value, kind, locality: `huyện ${place}`,
      unit: 1 + Math.floor(r() * units.length), field: 1 + Math.floor(r() * categories.length), movements: [1 + Math.floor(r() * movements.length)],
      summary: `${name} (${place}): ${deed}.`, achievements: `- ${deed}\n- Nhiều năm liền hoàn thành xuất sắc nhiệm vụ`,
      initiatives: `**Cách làm:** ${deed}, chia sẻ kinh nghiệm cho các đơn vị bạn ở ${place}.`,
      awards: [{ id: `a${i}`, title: 'Chiến sĩ thi đua cơ sở', year: 2024, issuer: `UBND huyện ${place}` }],
      portrait: 1 + (i % imageCount), photos: [1 + ((i + 3) % imageCount)], featured: i % 50 === 0,
      publishedAt: iso(t), _status: 'published', createdAt: iso(t), updatedAt: iso(t),
    })
  }
  const articles: Record<string, unknown>[] = []
  for (let i = 0; i < o.articles; i++) {
    const e = exemplars.length ? exemplars[Math.floor(r() * exemplars.length)]! : null
    const name = (e?.name as string | undefined) ?? `${pick(FAMILY)} ${pick(GIVEN)}`
    const place = pick(PLACES)
    const deed = pick(DEEDS)
    const title = `${name}: ${deed} ở ${place}`
    const t = base + i * 1_800_000
    articles.push({
      id: i + 1, title, slug: unique(title), guid: `urn:uuid:00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`,
      summary: `${name} là một trong những điển hình tiên tiến tiêu biểu ở ${place}, được biết đến với việc ${deed}.`,
      body: body(r, name, place, deed), heroImage: 1 + (i % imageCount), heroCaption: null, heroCredit: null,
      gallery: i % 10 === 0 ? [1 + ((i + 1) % imageCount)] : [], byline: pick(['Minh Hoà', 'Thu Thuỷ', 'Quang Đức', 'Hải Yến']),
      unit: 1 + Math.floor(r() * units.length), exemplars: e ? [e.id] : [], field: 1 + Math.floor(r() * categories.length),
      movements: [1 + Math.floor(r() * movements.length)], tags: [pick(['gương sáng', 'nông thôn mới', 'dân vận khéo', 'sáng kiến', 'an sinh xã hội']), vietnameseSlug(place).replace(/-/g, ' ')],
      audio: null, broadcastScript: null, rightsNote: null, featured: i % 200 === 0,
      publishedAt: iso(t), _status: 'published', createdAt: iso(t), updatedAt: iso(t),
    })
  }

  const all: Record<string, Record<string, unknown>[]> = {
    [COLLECTIONS.articles]: articles, [COLLECTIONS.exemplars]: exemplars, [COLLECTIONS.categories]: categories,
    [COLLECTIONS.movements]: movements, [COLLECTIONS.units]: units, [COLLECTIONS.media]: media, [COLLECTIONS.audio]: [],
  }
  o.tweak?.(all)
  for (const [collection, docs] of Object.entries(all)) writePages(o.dir, index, collection as CollectionSlug, docs, pageSize)
  for (const [slug, doc] of Object.entries(o.globals ?? {})) {
    writeFileSync(path.join(o.dir, `global-${slug}.json`), JSON.stringify(doc))
    index.responses[globalPath(slug as GlobalSlug)] = `global-${slug}.json`
  }
  writeFileSync(path.join(o.dir, FIXTURE_INDEX), JSON.stringify(index))
  return all
}

/** Writes `docs` as the Payload list pages the loader requests, and indexes them. */
export function writePages(dir: string, index: FixtureIndex, collection: CollectionSlug, docs: readonly Record<string, unknown>[], pageSize: number): void {
  const totalPages = Math.max(1, Math.ceil(docs.length / pageSize))
  for (let page = 1; page <= totalPages; page++) {
    const file = `${collection}-page-${page}.json`
    writeFileSync(path.join(dir, file), JSON.stringify({
      docs: docs.slice((page - 1) * pageSize, page * pageSize), totalDocs: docs.length, limit: pageSize, totalPages, page,
      pagingCounter: (page - 1) * pageSize + 1, hasPrevPage: page > 1, hasNextPage: page < totalPages,
      prevPage: page > 1 ? page - 1 : null, nextPage: page < totalPages ? page + 1 : null,
    }))
    index.responses[listPath(collection, page, pageSize, 0)] = file
  }
}
