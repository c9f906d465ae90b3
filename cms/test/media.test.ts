import fs from 'node:fs'
import path from 'node:path'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fileOf, jpegWithGps } from './helpers/images.ts'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'

let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.cleanup())

const upload = (file: ReturnType<typeof fileOf>, data: Record<string, unknown> = { alt: 'Ảnh thử' }) =>
  t.payload.create({ collection: 'media', data: data as never, file, overrideAccess: true }) as Promise<any>

const refusal = (promise: Promise<unknown>) => promise.then(() => null, (e: Error) => e)

describe('media uploads', () => {
  it('stores a JPEG with responsive sizes and without its EXIF location', async () => {
    const doc = await upload(fileOf(await jpegWithGps(2000, 1200), 'chan-dung.jpg', 'image/jpeg'))
    expect(doc.mimeType).toBe('image/jpeg')
    expect(doc.sizes.hero.width).toBe(1440)
    expect(doc.sizes.card.width).toBe(800)
    const stored = fs.readFileSync(path.join(t.dataDir, 'media', doc.filename))
    const meta = await sharp(stored).metadata()
    expect(meta.exif).toBeUndefined()
    expect(stored.includes(Buffer.from('GPS canary'))).toBe(false)
  })

  it('refuses an SVG with a Vietnamese message', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="10" height="10"/></svg>')
    const error = await refusal(upload(fileOf(svg, 'logo.svg', 'image/svg+xml')))
    expect(error?.message).toMatch(/Chỉ nhận ảnh JPEG, PNG, WebP hoặc AVIF/)
  })

  it('refuses an HTML file named .jpg', async () => {
    const html = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')
    const error = await refusal(upload(fileOf(html, 'anh.jpg', 'image/jpeg')))
    expect(error?.message).toMatch(/không hợp lệ/)
    const { totalDocs } = await t.payload.count({ collection: 'media', where: { filename: { equals: 'anh.jpg' } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
  })

  it('requires alt text', async () => {
    const error = await refusal(upload(fileOf(await jpegWithGps(200, 200), 'khong-alt.jpg', 'image/jpeg'), {}))
    expect(error).toBeTruthy()
  })

  it('processes a 30-megapixel photo without crashing, capped at 2560 px', async () => {
    const big = await sharp({ create: { width: 6708, height: 4472, channels: 3, background: '#88aa44' } }).jpeg({ quality: 60 }).toBuffer()
    const doc = await upload(fileOf(big, 'anh-30mp.jpg', 'image/jpeg'))
    expect(Math.max(doc.width, doc.height)).toBeLessThanOrEqual(2560)
    expect(doc.sizes.thumbnail.width).toBe(400)
  })

  it('accepts an MP3 for radio items and refuses a text file named .mp3', async () => {
    const { silentMp3 } = await import('../src/seed/demoAudio.ts')
    const mp3 = silentMp3(1)
    const ok = (await t.payload.create({ collection: 'audio', data: { title: 'Bản tin' }, file: fileOf(mp3, 'ban-tin.mp3', 'audio/mpeg'), overrideAccess: true })) as any
    expect(ok.filesize).toBe(mp3.length)
    const error = await refusal(
      t.payload.create({ collection: 'audio', data: { title: 'Giả' }, file: fileOf(Buffer.from('not audio at all'), 'gia.mp3', 'audio/mpeg'), overrideAccess: true }),
    )
    expect(error?.message).toMatch(/MP3 hoặc M4A/)
  })
})
