import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as tar from 'tar'
import { backupDirectory } from '../src/backup/backupDirectory.ts'
import { openMongoTarget } from '../src/backup/backupSources.ts'
import { fileOf, jpegWithGps } from './helpers/images.ts'
import { rest, tokenFor } from './helpers/rest.ts'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'

/**
 * Backup and restore (issue #12, point 5), on whichever database this project runs (SQLite, or
 * FerretDB in cms-mongodb): a backup taken through the admin's REST route while a writer keeps
 * adding articles and images, restored by the command line into a fresh directory (and database),
 * and a CMS started on it in its own process: counts, review histories and file hashes are those of
 * the moment of the backup.
 */
const PASSWORD = 'mat-khau-sao-luu-1'
const root = path.resolve(import.meta.dirname, '../..')
const onMongo = process.env.DATABASE_URI!.startsWith('mongodb')
const restoredUri = onMongo ? process.env.DATABASE_URI!.replace(/\/(\w+)(\?|$)/, '/$1_restored$2') : ''
let t: TestPayload
let admin: string
const scratch: string[] = []

beforeAll(async () => {
  process.env.DEMO_PASSWORD = PASSWORD
  t = await startTestPayload({ seed: true })
  admin = await tokenFor(t.payload, 'quantri@thidua.example', PASSWORD)
})
afterAll(async () => {
  delete process.env.DEMO_PASSWORD
  if (onMongo) {
    const target = await openMongoTarget(restoredUri)
    await target.db.dropDatabase().catch(() => undefined)
    await target.close()
  }
  for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true })
  await t?.cleanup()
})

const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-restore-test-'))
  scratch.push(dir)
  return dir
}
const node = (script: string, args: string[], env: NodeJS.ProcessEnv = {}) =>
  spawnSync(process.execPath, [path.join(root, script), ...args], { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8', timeout: 120_000 })
const sha = (file: string) => createHash('sha256').update(fs.readFileSync(file)).digest('hex')
const count = async (collection: 'articles' | 'media') => (await t.payload.count({ collection, overrideAccess: true })).totalDocs

/** Keeps writing articles (with a second, reviewed version) and uploading images until stopped. */
function startWriter() {
  let running = true
  let rounds = 0
  const done = (async () => {
    const image = await jpegWithGps(640, 400)
    while (running) {
      rounds++
      const media = await t.payload.create({ collection: 'media', data: { alt: `Ảnh tải lên khi sao lưu ${rounds}` } as never, file: fileOf(image, `tai-${rounds}.jpg`, 'image/jpeg'), overrideAccess: true })
      const article = await t.payload.create({ collection: 'articles', data: { title: `Bài viết khi sao lưu số ${rounds}`, heroImage: media.id } as never, draft: true, overrideAccess: true })
      await t.payload.update({ collection: 'articles', id: article.id, data: { summary: `Sapô ${rounds}` } as never, draft: true, overrideAccess: true })
    }
  })()
  return { rounds: () => rounds, stop: async () => { running = false; await done } }
}

const until = async (check: () => boolean) => {
  while (!check()) await new Promise((r) => setTimeout(r, 50))
}

describe('backup under load, restore, and a CMS on the restored data', () => {
  let archive = ''
  let manifest: { counts: Record<string, number>; files: { path: string; sha256: string }[] }
  let atBackup: { articlesBefore: number; articlesAfter: number }

  it('an administrator takes a backup while articles and images are being written', async () => {
    expect((await rest('POST', '/api/backups', { token: await tokenFor(t.payload, 'bientap@thidua.example', PASSWORD) })).status).toBe(403)
    expect((await rest('POST', '/api/backups')).status).toBe(401)
    const writer = startWriter()
    await until(() => writer.rounds() >= 3)
    const articlesBefore = await count('articles')
    const res = await rest('POST', '/api/backups', { token: admin })
    const articlesAfter = await count('articles')
    const roundsAtBackup = writer.rounds()
    await until(() => writer.rounds() >= roundsAtBackup + 2)
    await writer.stop()
    expect(res.status).toBe(201)
    atBackup = { articlesBefore, articlesAfter }
    archive = path.join(backupDirectory(t.dataDir), res.body.name)
    const listed = await rest('GET', '/api/backups', { token: admin })
    expect(listed.body.backups.map((b: { name: string }) => b.name)).toContain(res.body.name)

    const unpacked = tempDir()
    await tar.x({ file: archive, cwd: unpacked })
    manifest = JSON.parse(fs.readFileSync(path.join(unpacked, 'manifest.json'), 'utf8'))
    // Secrets stay behind: no Payload secret, no reset tokens.
    const names = fs.readdirSync(unpacked, { recursive: true }).map(String)
    expect(names.some((n) => n.includes('payload-secret'))).toBe(false)
    expect(names.some((n) => n.startsWith('backups'))).toBe(false)
    const articleCount = manifest.counts.articles!
    expect(articleCount).toBeGreaterThanOrEqual(articlesBefore)
    expect(articleCount).toBeLessThanOrEqual(articlesAfter)
  })

  it('restores from the command line into an empty directory, and refuses a non-empty one without --force', async () => {
    const target = tempDir()
    const env = onMongo ? ['--database-uri', restoredUri] : []
    const first = node('scripts/restore.ts', [archive, '--data-dir', target, ...env])
    expect(first.stderr).toBe('')
    expect(first.status).toBe(0)
    const again = node('scripts/restore.ts', [archive, '--data-dir', target, ...env])
    expect(again.status).toBe(1)
    expect(again.stderr).toMatch(/not empty|already holds/)
    expect(node('scripts/restore.ts', [archive, '--data-dir', target, ...env, '--force']).status).toBe(0)

    // The CMS, started on the restored data in its own process.
    const inspect = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'cms/test/helpers/inspectRestored.ts')], {
      cwd: root,
      env: { ...process.env, DATA_DIR: target, DATABASE_URI: onMongo ? restoredUri : `file:${path.join(target, 'thidua.db')}`, PAYLOAD_SECRET: 'a-new-secret-after-restore' },
      encoding: 'utf8',
      timeout: 180_000,
    })
    const line = inspect.stdout.split('\n').find((l) => l.startsWith('RESULT '))
    expect(line, inspect.stderr.slice(-2000)).toBeDefined()
    const restored = JSON.parse(line!.slice('RESULT '.length))

    expect(restored.counts.articles).toBe(manifest.counts.articles)
    expect(restored.counts.media).toBe(manifest.counts.media)
    expect(restored.articleVersions).toBe(manifest.counts[onMongo ? '_articles_versions' : '_articles_v'])
    // The writer went on after the backup: the live data moved on, the restored data did not.
    expect(await count('articles')).toBeGreaterThan(restored.counts.articles)
    expect(restored.counts.articles).toBeGreaterThanOrEqual(atBackup.articlesBefore)
    expect(restored.yearPlan === null || typeof restored.yearPlan === 'string').toBe(true)

    // Review histories as they are live (the seeded ones were not touched by the writer).
    const live = (await t.payload.find({ collection: 'articles', pagination: false, depth: 0, overrideAccess: true, draft: true })).docs as unknown as { id: string; reviewHistory?: Record<string, unknown>[] }[]
    const withHistory = live.filter((a) => (a.reviewHistory ?? []).length > 0 && String(a.id) in restored.histories)
    expect(withHistory.length).toBeGreaterThan(5)
    for (const article of withHistory) {
      expect(restored.histories[String(article.id)]).toEqual(article.reviewHistory!.map(({ id: _id, ...rest }) => rest))
    }
    // Every restored image is byte for byte the uploaded one.
    expect(Object.keys(restored.media)).toHaveLength(restored.counts.media)
    for (const [filename, hash] of Object.entries(restored.media)) expect(hash).toBe(sha(path.join(t.dataDir, 'media', filename)))
  }, 300_000)

  it('the command-line backup works beside the running CMS and keeps N archives', async () => {
    const out = tempDir()
    for (let i = 0; i < 2; i++) {
      const run = node('scripts/backup.ts', ['--out', out, '--keep', '1'])
      expect(run.stderr).toBe('')
      expect(run.stdout).toMatch(/Backup written: .*thidua-\d{8}T\d{6}Z(-\d+)?\.tar\.gz/)
      await new Promise((r) => setTimeout(r, 1100))
    }
    expect(fs.readdirSync(out).filter((n) => n.endsWith('.tar.gz'))).toHaveLength(1)
  })

  it('refuses a damaged archive', async () => {
    const damaged = path.join(tempDir(), 'thidua-damaged.tar.gz')
    fs.writeFileSync(damaged, 'not a backup')
    const run = node('scripts/restore.ts', [damaged, '--data-dir', tempDir()])
    expect(run.status).toBe(1)
    expect(run.stderr).toMatch(/^Not restored: .* is not a readable backup archive/)
  })
})
