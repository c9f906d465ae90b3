import type { AudioDoc, MediaDoc } from '@thidua/content-models'
import { imageJob, originalFileJob, usableWidths, type ImageFormat } from './imageRecipe.ts'
import { requireImage } from './imageRegistry.ts'

/** What a `<picture>` needs for one photo. */
export interface ImageSet {
  avif: string
  webp: string
  /** The `src` of the `<img>` (a middle WebP width). */
  src: string
  width: number
  height: number
  alt: string
}

export const IMAGE_BASE = '/_img/'

function srcset(media: MediaDoc, widths: number[], format: ImageFormat): string {
  return widths.map((w) => {
    const job = imageJob(media, w, format)
    requireImage(job)
    return `${IMAGE_BASE}${job.file} ${w}w`
  }).join(', ')
}

/**
 * The responsive sources of a CMS photo at `widths`, registering each file for encoding. Returns
 * undefined for media without a URL or dimensions (nothing to lay out without shifting).
 */
export function imageSet(media: MediaDoc | null | undefined, widths: readonly number[]): ImageSet | undefined {
  if (!media?.url || !media.width || !media.height) return undefined
  const ws = usableWidths(media, widths)
  const middle = ws[Math.min(1, ws.length - 1)]!
  const fallback = imageJob(media, middle, 'webp')
  return {
    avif: srcset(media, ws, 'avif'),
    webp: srcset(media, ws, 'webp'),
    src: `${IMAGE_BASE}${fallback.file}`,
    width: media.width,
    height: media.height,
    alt: media.alt ?? '',
  }
}

/** A JPEG for Open Graph and Twitter cards (1200 px wide when the original allows). */
export function shareImage(media: MediaDoc | null | undefined): { path: string; width: number; height: number; alt: string } | undefined {
  if (!media?.url || !media.width || !media.height) return undefined
  const width = usableWidths(media, [1200])[0]!
  const job = imageJob(media, width, 'jpeg')
  requireImage(job)
  return { path: `${IMAGE_BASE}${job.file}`, width, height: Math.round((media.height * width) / media.width), alt: media.alt ?? '' }
}

/** The portal's own URL of an audio recording (copied from the CMS at build time). */
export function audioSrc(audio: AudioDoc | null | undefined): string | undefined {
  if (!audio?.url) return undefined
  const job = originalFileJob(audio)
  requireImage(job)
  return `${IMAGE_BASE}${job.file}`
}
