import type { AudioDoc, MediaDoc } from '../schema/types.ts'
import { cleanOptionalText } from './cleanFeedText.ts'
import { toAbsolute, type FeedContext, type FeedFile } from './feedContext.ts'
import type { FeedAudio, FeedImage } from './feedItem.ts'

/** The CMS rendition used when the portal has no copy of its own: 1440 px, far lighter than the original. */
const CMS_FEED_SIZE = 'hero'

/** Caption, credit and rights that an article may set for its own use of a library photo. */
export interface ImageOverrides {
  caption?: string | null
  credit?: string | null
  copyright?: string | null
}

function cmsRendition(media: MediaDoc): FeedFile | null {
  const size = media.sizes?.[CMS_FEED_SIZE]
  const r = size?.url && size.width ? size : media
  return r.url ? { url: r.url, width: r.width, height: r.height, mimeType: r.mimeType ?? media.mimeType } : null
}

/**
 * A library photo as feeds describe it: the portal's copy (or the CMS's hero rendition) with its
 * real width, height and MIME type, the story's own caption and credit winning over the
 * library's. Null when no file is served for it.
 */
export function feedImage(ctx: FeedContext, media: MediaDoc | null | undefined, own: ImageOverrides = {}): FeedImage | null {
  if (!media) return null
  const file = ctx.imageFile ? ctx.imageFile(media) : cmsRendition(media)
  if (!file?.url) return null
  return {
    url: toAbsolute(ctx, file.url),
    width: file.width ?? null,
    height: file.height ?? null,
    mimeType: file.mimeType ?? null,
    alt: cleanOptionalText(media.alt),
    caption: cleanOptionalText(own.caption) ?? cleanOptionalText(media.caption),
    credit: cleanOptionalText(own.credit) ?? cleanOptionalText(media.credit),
    copyright: cleanOptionalText(own.copyright),
  }
}

/**
 * A recording as an enclosure. Left out when the CMS does not report the file's byte length
 * and MIME type: an enclosure with a guessed length makes podcast clients and radio desks'
 * downloaders cut or reject the file.
 */
export function feedAudio(ctx: FeedContext, audio: AudioDoc | null | undefined): FeedAudio | null {
  if (!audio || !audio.filesize || audio.filesize <= 0 || !audio.mimeType) return null
  const url = ctx.audioUrl ? ctx.audioUrl(audio) : audio.url
  if (!url) return null
  return {
    url: toAbsolute(ctx, url),
    length: audio.filesize,
    mimeType: audio.mimeType,
    title: cleanOptionalText(audio.title),
    credit: cleanOptionalText(audio.credit),
    durationSeconds: audio.durationSeconds ?? null,
  }
}
