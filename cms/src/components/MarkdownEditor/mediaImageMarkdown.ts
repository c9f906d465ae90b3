import { imageMarkdown } from './markdownCommands.ts'

/** The fields of a Media document the editor needs (REST shape, depth 0). */
export interface MediaImageDoc {
  id: number | string
  alt?: string | null
  url?: string | null
  sizes?: Record<string, { url?: string | null } | null | undefined> | null
}

/**
 * Sizes tried in order: an article body is at most ~800 px wide on the portal, so the 1440 px
 * "hero" size is sharp on high-density screens and far lighter than the original (up to 2560 px);
 * "card" (800 px) next. A size is missing when the original was smaller (withoutEnlargement).
 */
export const BODY_IMAGE_SIZES = ['hero', 'card'] as const

/** The URL to put in the body for a Media document, or undefined if it has none. */
export function mediaImageUrl(doc: MediaImageDoc): string | undefined {
  for (const size of BODY_IMAGE_SIZES) {
    const url = doc.sizes?.[size]?.url
    if (url) return url
  }
  return doc.url ?? undefined
}

/** `![alt](url)` for a Media document (alt text is required on Media), or undefined without a URL. */
export function mediaImageMarkdown(doc: MediaImageDoc): string | undefined {
  const url = mediaImageUrl(doc)
  return url === undefined ? undefined : imageMarkdown(doc.alt ?? '', url)
}
