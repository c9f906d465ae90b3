import { createHash } from 'node:crypto'
import type { MediaDoc } from '@thidua/content-models'

/**
 * How the portal encodes photos (issue #4, point 4). Bump RECIPE_VERSION when a setting changes: it
 * is part of every file name, so browsers and the encode cache never mix old and new files.
 *
 * AVIF effort 2, not sharp's default 4: measured here on two cores, effort 4 cost 1.8-8.4 s per
 * 1600 px image against 0.25-1.3 s at effort 2, for files 5-15% smaller; the cold build of a
 * real photo library would take hours instead of minutes. WebP (quality 75) is the fallback
 * every browser we support reads; JPEG only for Open Graph, where some scrapers lack WebP.
 */
export const RECIPE_VERSION = 1
export const FORMATS = {
  avif: { quality: 50, effort: 2 },
  webp: { quality: 75, effort: 4 },
  jpeg: { quality: 78, mozjpeg: true },
} as const
export type ImageFormat = keyof typeof FORMATS

/** The widths we ever encode; each use picks some (fewer distinct files, better cache reuse). */
export const WIDTHS = [400, 800, 1200, 1600] as const

/** One file to encode: a width and format of a CMS photo. */
export interface ImageJob {
  /** File name under /_img/ and in the encode cache. */
  file: string
  /** The CMS URL of the original. */
  source: string
  width: number
  /** 'original': copied as is (audio), so the portal never makes readers fetch from the CMS. */
  format: ImageFormat | 'original'
}

const versions = new WeakMap<MediaDoc, string>()

/** A short hash of what makes the original unique: a re-uploaded photo gets new file names. */
export function mediaVersion(media: MediaDoc): string {
  let v = versions.get(media)
  if (v === undefined) {
    v = hashMedia(media)
    versions.set(media, v) // pages ask for the same photo thousands of times
  }
  return v
}

function hashMedia(media: MediaDoc): string {
  return createHash('sha256')
    .update(`${RECIPE_VERSION}|${media.id}|${media.filename ?? ''}|${media.filesize ?? ''}|${media.updatedAt ?? ''}|${media.url ?? ''}`)
    .digest('hex')
    .slice(0, 10)
}

/** The widths of `wanted` that do not enlarge the original (at least one: the original's own). */
export function usableWidths(media: MediaDoc, wanted: readonly number[]): number[] {
  const max = media.width ?? 0
  const widths = wanted.filter((w) => w <= max)
  return widths.length > 0 ? widths : max > 0 ? [max] : []
}

/** The job for one width and format of a photo. */
export function imageJob(media: MediaDoc, width: number, format: ImageFormat): ImageJob {
  const ext = format === 'jpeg' ? 'jpg' : format
  return { file: `${media.id}-${mediaVersion(media)}-${width}.${ext}`, source: media.url ?? '', width, format }
}

/** A CMS file served unchanged from the portal (an audio recording). */
export function originalFileJob(doc: { id: string | number; url?: string | null; filename?: string | null; updatedAt?: string }): ImageJob {
  const version = createHash('sha256').update(`${doc.id}|${doc.filename ?? ''}|${doc.updatedAt ?? ''}|${doc.url ?? ''}`).digest('hex').slice(0, 10)
  const ext = /\.([a-z0-9]{1,5})$/i.exec(doc.filename ?? doc.url ?? '')?.[1]?.toLowerCase() ?? 'bin'
  return { file: `${doc.id}-${version}.${ext}`, source: doc.url ?? '', width: 0, format: 'original' }
}
