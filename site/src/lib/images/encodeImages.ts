import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { copyFile, link, mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import type { CmsSource } from '../../loaders/cmsSource.ts'
import { FORMATS, type ImageJob } from './imageRecipe.ts'

/** A photo or audio file could not be fetched or encoded: the page would show a broken image, so the build stops. */
export class ImageEncodeError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'ImageEncodeError'
  }
}

export interface EncodeResult { total: number; encoded: number; cached: number; seconds: number }

async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return
    if (code === 'EXDEV' || code === 'EPERM') await copyFile(from, to)
    else throw error
  }
}

async function writeAtomic(file: string, data: Buffer): Promise<void> {
  const tmp = `${file}.${process.pid}.tmp`
  await writeFile(tmp, data)
  await rename(tmp, file)
}

/**
 * Encodes the files pages referenced and links them into `outDir`. Encoded files are kept in
 * `cacheDir` between builds (keep that directory, e.g. node_modules/.astro, in CI caches), so a
 * photo is encoded once in its life; originals are cached too, so a rebuild does not refetch them.
 * Runs one sharp pipeline per core, each single-threaded: on two cores that beat one pipeline
 * with two threads for the many small files a portal has.
 */
export async function encodeImages(jobs: readonly ImageJob[], o: { cacheDir: string; outDir: string; source: CmsSource; concurrency?: number }): Promise<EncodeResult> {
  const started = Date.now()
  const originalsDir = path.join(o.cacheDir, 'originals')
  await mkdir(originalsDir, { recursive: true })
  await mkdir(o.outDir, { recursive: true })
  sharp.concurrency(1)
  const originals = new Map<string, Promise<Buffer>>()
  const original = (url: string) => {
    let p = originals.get(url)
    if (!p) {
      const file = path.join(originalsDir, createHash('sha256').update(url).digest('hex').slice(0, 24))
      p = (async () => {
        if (existsSync(file)) return readFile(file)
        const bytes = await o.source.getBytes(url)
        await writeAtomic(file, bytes)
        return bytes
      })()
      originals.set(url, p)
    }
    return p
  }
  let encoded = 0
  let cached = 0
  const queue = [...jobs]
  const worker = async () => {
    for (let job = queue.shift(); job; job = queue.shift()) {
      const cachedFile = path.join(o.cacheDir, job.file)
      if (existsSync(cachedFile)) cached++
      else {
        try {
          const input = await original(job.source)
          const out = job.format === 'original' ? input : await sharp(input).rotate().resize({ width: job.width, withoutEnlargement: true }).toFormat(job.format, FORMATS[job.format]).toBuffer()
          await writeAtomic(cachedFile, out)
          encoded++
        } catch (error) {
          throw new ImageEncodeError(`Could not make ${job.file} from ${job.source}: ${(error as Error).message}. Check the file in the CMS (media or audio library).`, { cause: error })
        }
      }
      await linkOrCopy(cachedFile, path.join(o.outDir, job.file))
    }
  }
  const n = Math.max(1, o.concurrency ?? os.availableParallelism())
  await Promise.all(Array.from({ length: n }, worker))
  return { total: jobs.length, encoded, cached, seconds: (Date.now() - started) / 1000 }
}
