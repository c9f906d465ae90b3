import { renderMarkdown } from '../markdown/renderMarkdown.ts'
import { replaceBodyImages } from '../markdown/bodyImages.ts'
import { figureHtml, escapeHtml } from './feedHtml.ts'
import type { AudioDoc, MediaDoc } from '../schema/types.ts'
import { cleanFeedText } from './cleanFeedText.ts'
import { absoluteUrl } from '../urls.ts'

/** A file the portal serves: a site path or an absolute URL, with what a feed says about it. */
export interface FeedFile {
  url: string
  width?: number | null
  height?: number | null
  mimeType?: string | null
}

/** What the mapping from CMS documents to feed items needs to know about the portal. */
export interface FeedContext {
  /** The portal's public origin (SITE_URL), e.g. "https://thidua.example.gov.vn/". */
  siteUrl: string
  /**
   * The portal's own copy of a photo for feeds, with its real size and type. The site passes the
   * function its pages use (so feeds never send readers to the CMS); without it, the CMS's
   * "hero" rendition or the original is used.
   */
  imageFile?: (media: MediaDoc) => FeedFile | null | undefined
  /** The portal's own URL of a recording, served byte for byte; defaults to the CMS URL. */
  audioUrl?: (audio: AudioDoc) => string | null | undefined
  /**
   * Renders a Markdown field for feeds. Must equal `renderMarkdown(md, { baseUrl: siteUrl })`
   * (the default); the site passes a cached version of exactly that.
   */
  renderMarkdown?: (markdown: string) => string
  /**
   * The public photo stored under a file name (original or size), so images inserted into a body
   * are served from the portal in feeds too (issue #13, point 2). Without it they are left out.
   */
  mediaByFilename?: (filename: string) => MediaDoc | null | undefined
  /** The portal's name, for the "Nguồn: …" line a newspaper pastes with the story (issue #13, point 4). */
  portalName?: string
}

/** A Markdown field as feed HTML: sanitised, every link and image absolute against the portal. */
export function feedMarkdown(ctx: FeedContext, markdown: string | null | undefined): string {
  const md = cleanFeedText(markdown)
  if (md.trim() === '') return ''
  const html = ctx.renderMarkdown ? ctx.renderMarkdown(md) : renderMarkdown(md, { baseUrl: ctx.siteUrl })
  // Images inserted into the body point at the CMS: the portal's own JPEG instead, credited.
  return replaceBodyImages(html, (img) => {
    const media = ctx.mediaByFilename?.(img.filename)
    const file = media && ctx.imageFile?.(media)
    if (!media || !file?.url) return null
    const image = {
      url: toAbsolute(ctx, file.url), width: file.width ?? null, height: file.height ?? null, mimeType: file.mimeType ?? null,
      alt: img.alt || media.alt || null, caption: media.caption ?? null, credit: media.credit ?? null, copyright: null,
    }
    return img.block ? figureHtml(image) : `<img src="${escapeHtml(image.url)}" alt="${escapeHtml(image.alt ?? '')}">`
  })
}

/** An absolute URL for a portal path (or an already absolute URL, returned as it is). */
export function toAbsolute(ctx: FeedContext, pathOrUrl: string): string {
  return absoluteUrl(pathOrUrl, ctx.siteUrl)
}
