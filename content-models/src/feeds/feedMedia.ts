import type { AudioDoc, MediaDoc } from '../schema/types.ts'
import { cleanOptionalText } from './cleanFeedText.ts'
import { fileUrl, type FeedContext } from './feedContext.ts'
import type { FeedAudio, FeedImage } from './feedItem.ts'

/** The rendition feeds point to: wide enough for a newspaper's web page, far lighter than the original. */
const FEED_IMAGE_SIZE = 'hero'

/** Caption, credit and rights that an article may set for its own use of a library photo. */
export interface ImageOverrides {
  caption?: string | null
  credit?: string | null
  copyright?: string | null
}

/**
 * A library photo as feeds describe it: the "hero" rendition (1440 px) when the CMS made one,
 * else the original, with its real width, height and MIME type. The story's own caption and
 * credit win over the library's. Null when the portal serves no file for it.
 */
export function feedImage(ctx: FeedContext, media: MediaDoc | null | undefined, own: ImageOverrides = {}): FeedImage | null {
  if (!media) return null
  const size = media.sizes?.[FEED_IMAGE_SIZE]
  const rendition = size?.url && size.width ? size : media
  const url = fileUrl(ctx, rendition.url)
  if (!url) return null
  return {
    url,
    width: rendition.width ?? null,
    height: rendition.height ?? null,
    mimeType: rendition.mimeType ?? media.mimeType ?? null,
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
  const url = fileUrl(ctx, audio.url)
  if (!url) return null
  return {
    url,
    length: audio.filesize,
    mimeType: audio.mimeType,
    title: cleanOptionalText(audio.title),
    credit: cleanOptionalText(audio.credit),
    durationSeconds: audio.durationSeconds ?? null,
  }
}
