/**
 * Fills a data directory's CMS database with the demo content plus N published articles, for
 * `scripts/bench-publish.ts --articles N` (issue #6: "publish-to-live latency at 10,000 articles").
 * Run with tsx (the CMS's migrations import without extensions):
 *
 *   DATA_DIR=/tmp/x DEMO_PASSWORD=... npx tsx scripts/lib/seedBenchArticles.ts 10000
 *
 * The articles go in through the database adapter (`payload.db.create`), not the Local API: hooks
 * would cost minutes at this size, and none matters for a published article written whole here
 * (slug, guid, dates and workflow state are set directly).
 */
import { randomUUID } from 'node:crypto'
import { vietnameseSlug } from '@thidua/content-models'

const count = Number(process.argv[2] ?? 0)
if (!process.env.DATA_DIR || !Number.isInteger(count) || count < 0) {
  console.error('Usage: DATA_DIR=<dir> npx tsx scripts/lib/seedBenchArticles.ts <articles>')
  process.exit(2)
}
process.env.SEED_DEMO = 'true'
const { getPayload } = await import('payload')
const { default: config } = await import('../../cms/src/payload.config.ts')
const payload = await getPayload({ config })

const PEOPLE = ['chị Lò Thị Hoà', 'anh Giàng A Dũng', 'cô Nguyễn Thị Lan', 'ông Phạm Văn Đức', 'chị Hà Thị Thuỷ', 'anh Vũ Quốc Toàn', 'bà Đặng Thị Yến', 'thầy Bùi Minh Tâm']
const DEEDS = ['cải tiến dây chuyền sấy chè', 'vận động hiến đất mở đường liên thôn', 'mở lớp dạy chữ miễn phí', 'xây dựng mô hình rau an toàn', 'thành lập tổ hợp tác nuôi ong', 'giúp hộ nghèo thoát nghèo', 'sáng kiến hồ sơ điện tử', 'giữ gìn văn hoá dân tộc']
const PLACES = ['Hoà An', 'Đắk Lâm', 'Thuỷ Nguyên', 'Bảo Yên', 'Tân Hoà', 'Nà Khoang', 'Đồng Tâm', 'Sơn Hà']
const pick = <T>(list: readonly T[], i: number) => list[i % list.length]!

const units = (await payload.find({ collection: 'units', limit: 20, depth: 0, overrideAccess: true })).docs
const fields = (await payload.find({ collection: 'categories', limit: 20, depth: 0, overrideAccess: true })).docs
const movements = (await payload.find({ collection: 'movements', limit: 10, depth: 0, overrideAccess: true })).docs
const started = Date.now()
const day = 24 * 60 * 60 * 1000
for (let i = 1; i <= count; i++) {
  const person = pick(PEOPLE, i)
  const deed = pick(DEEDS, i * 7)
  const place = pick(PLACES, i * 3)
  const title = `Điển hình ${person} ${deed} ở ${place} (${i})`
  const paragraph = `Những năm qua, ${person} đã kiên trì ${deed}, góp phần nâng cao đời sống nhân dân ở ${place} và lan toả tinh thần thi đua yêu nước.`
  const publishedAt = new Date(Date.now() - (count - i) * (day / 8)).toISOString()
  await payload.db.create({
    collection: 'articles',
    data: {
      title,
      slug: vietnameseSlug(`${title}`),
      guid: `urn:uuid:${randomUUID()}`,
      summary: paragraph,
      body: [paragraph, `## Từ những việc nhỏ\n\n${paragraph} ${paragraph}`, `## Kết quả\n\n- Hoàn thành xuất sắc nhiệm vụ\n- Được ${place} đề nghị khen thưởng\n\n${paragraph}`].join('\n\n'),
      byline: 'Ban Thi đua - Khen thưởng',
      unit: pick(units, i).id,
      field: pick(fields, i).id,
      movements: [pick(movements, i).id],
      tags: [pick(PLACES, i), 'thi đua yêu nước'],
      publishedAt,
      createdAt: publishedAt,
      updatedAt: publishedAt,
      _status: 'published',
      workflowState: 'published',
    },
  })
  if (i % 1000 === 0) console.log(`  ${i} articles (${((Date.now() - started) / 1000).toFixed(0)} s)`)
}
console.log(`Seeded ${count} articles in ${((Date.now() - started) / 1000).toFixed(0)} s.`)
await payload.destroy()
process.exit(0)
