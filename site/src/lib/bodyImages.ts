import { escapeHtml, mediaFilenames, replaceBodyImages, type MediaDoc } from '@thidua/content-models'
import { imageSet } from './images/imageSet.ts'
import { perBuild } from './buildScope.ts'

/**
 * Images inserted into bodies, served by the portal (issue #13, point 2): each `…/api/media/file/NAME`
 * becomes the same responsive `<picture>` as the hero photos (sharp, AVIF and WebP, width and
 * height, lazy), in a `<figure>` with the media library's caption and credit when it stands alone.
 * A file that is not a public photo is dropped (its alt text stays): never a link to the CMS.
 */
const byFilename = () => perBuild('bodyMedia', () => new Map<string, MediaDoc>())

/** The public photos by every file name they are stored under (content.ts calls this once per build). */
export function registerBodyMedia(media: Iterable<MediaDoc>): void {
  const map = byFilename()
  map.clear()
  for (const m of media) for (const name of mediaFilenames(m as never)) map.set(name, m)
}

export function mediaByFilename(name: string): MediaDoc | undefined {
  return byFilename().get(name)
}

const SIZES = '(min-width: 44rem) 42rem, 100vw'

export function withPortalImages(html: string): string {
  return replaceBodyImages(html, (img) => {
    const media = byFilename().get(img.filename)
    const set = imageSet(media, [400, 800, 1200])
    if (!media || !set) return null
    const alt = escapeHtml(img.alt || set.alt)
    const picture = `<picture><source type="image/avif" srcset="${set.avif}" sizes="${SIZES}"><img src="${set.src}" srcset="${set.webp}" sizes="${SIZES}" width="${set.width}" height="${set.height}" alt="${alt}" loading="lazy" decoding="async"></picture>`
    if (!img.block) return picture
    const caption = [media.caption, media.credit ? `Ảnh: ${media.credit}` : null].filter(Boolean).map((t) => escapeHtml(t!)).join(' ')
    return `<figure>${picture}${caption ? `<figcaption>${caption}</figcaption>` : ''}</figure>`
  })
}
