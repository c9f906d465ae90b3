/**
 * Boots the CMS (Payload with the real config, its migrations and start-up tasks) on the data of
 * DATA_DIR / DATABASE_URI and prints what a restore must have brought back, as one JSON line:
 * counts, every article's review history, and the SHA-256 of every stored upload. Run with tsx by
 * backup.test.ts, in a process of its own, as a restored server would start.
 */
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

process.env.SEED_DEMO = 'false'
const { getPayload } = await import('payload')
const { default: config } = await import('../../src/payload.config.ts')
const payload = await getPayload({ config })
const count = async (collection: string) => (await payload.count({ collection: collection as 'articles', overrideAccess: true })).totalDocs
const articles = (await payload.find({ collection: 'articles', pagination: false, depth: 0, overrideAccess: true, draft: true })).docs as unknown as { id: string; reviewHistory?: unknown[] }[]
const media = (await payload.find({ collection: 'media', pagination: false, depth: 0, overrideAccess: true })).docs as unknown as { filename: string }[]
const hash = (file: string) => (fs.existsSync(file) ? createHash('sha256').update(fs.readFileSync(file)).digest('hex') : 'missing')
const result = {
  counts: Object.fromEntries(await Promise.all(['articles', 'exemplars', 'media', 'units', 'users', 'registrations'].map(async (c) => [c, await count(c)]))),
  articleVersions: (await payload.countVersions({ collection: 'articles', overrideAccess: true })).totalDocs,
  histories: Object.fromEntries(articles.map((a) => [String(a.id), (a.reviewHistory ?? []).map((h) => { const { id: _id, ...rest } = h as Record<string, unknown>; return rest })])),
  media: Object.fromEntries(media.map((m) => [m.filename, hash(path.join(process.env.DATA_DIR!, 'media', m.filename))])),
  yearPlan: await payload.findGlobal({ slug: 'year-plan' as never, overrideAccess: true }).then((g) => (g as { updatedAt?: string }).updatedAt ?? null),
}
console.log(`RESULT ${JSON.stringify(result)}`)
await payload.destroy()
process.exit(0)
