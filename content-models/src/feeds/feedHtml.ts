import { escapeXml } from './escapeXml.ts'
import type { FeedImage } from './feedItem.ts'

/** Escapes text for HTML (the same five entities as XML). */
export const escapeHtml = escapeXml

/**
 * A photo as HTML for content:encoded, credited in the caption. Readers that ignore media:content
 * (and newsrooms that copy the HTML as it is) still show who took the photo.
 */
export function figureHtml(image: FeedImage): string {
  const size = `${image.width ? ` width="${image.width}"` : ''}${image.height ? ` height="${image.height}"` : ''}`
  const img = `<img src="${escapeHtml(image.url)}" alt="${escapeHtml(image.alt ?? '')}"${size}>`
  const captionParts = [image.caption, image.credit ? `Ảnh: ${image.credit}` : null].filter(Boolean) as string[]
  const caption = captionParts.length > 0 ? `<figcaption>${escapeHtml(captionParts.join(' — '))}</figcaption>` : ''
  return `<figure>${img}${caption}</figure>`
}

/** A heading and its already-rendered HTML body, or '' when the body is empty. */
export function sectionHtml(heading: string, bodyHtml: string): string {
  return bodyHtml.trim() === '' ? '' : `<h2>${escapeHtml(heading)}</h2>${bodyHtml}`
}

/**
 * What a newsroom pasting the item must print with it (issue #13, point 4): the byline, then
 * "Nguồn: <portal> (<link>)". Photo credits are in each figure's caption.
 */
export function creditsHtml(url: string, options: { byline?: string | null; unit?: string | null; portalName?: string | null }): string {
  const byline = options.byline ? `<p><strong>${escapeHtml(options.byline)}</strong>${options.unit ? ` (${escapeHtml(options.unit)})` : ''}</p>` : ''
  const source = `<p>Nguồn: ${escapeHtml(options.portalName || 'Cổng thông tin điển hình tiên tiến')} (<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>)</p>`
  return byline + source
}
