/**
 * Images inserted into a body ("Chèn ảnh") point at the CMS (`…/api/media/file/NAME`). The portal
 * and the feeds replace each with their own copy (issue #13, point 2). This finds them in rendered,
 * sanitised HTML and lets the caller say what to put instead: a `<figure>` for an image alone in its
 * paragraph, inline markup otherwise; `null` drops the image (an upload that is not public) and
 * keeps its alt text.
 */
export interface BodyImage {
  /** The file name in the CMS URL, decoded (a size variant's name when one was inserted). */
  filename: string
  alt: string
  /** Alone in its paragraph: the replacement may be a block (`<figure>`). */
  block: boolean
}

const IMG = /<img\b[^>]*>/g
const SRC = /\bsrc="([^"]*\/api\/media\/file\/([^"?#]+))[^"]*"/
const ALT = /\balt="([^"]*)"/

const decode = (s: string) => {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')

export function replaceBodyImages(html: string, replace: (image: BodyImage) => string | null): string {
  if (!html.includes('/api/media/file/')) return html
  const swap = (tag: string, block: boolean): string | null => {
    const src = SRC.exec(tag)
    if (!src) return null
    const alt = unescape(ALT.exec(tag)?.[1] ?? '')
    const kept = alt ? `<span>${ALT.exec(tag)![1]}</span>` : ''
    return replace({ filename: decode(src[2]!), alt, block }) ?? (block && kept ? `<p>${kept}</p>` : kept)
  }
  // An image alone in its paragraph becomes a figure in its place (a figure may not sit in a <p>).
  const blocks = html.replace(/<p>\s*(<img\b[^>]*>)\s*<\/p>/g, (whole, tag: string) => swap(tag, true) ?? whole)
  return blocks.replace(IMG, (tag) => swap(tag, false) ?? tag)
}

/** Every file name a media document is stored under: the original and each generated size. */
export function mediaFilenames(media: { filename?: string | null; sizes?: Record<string, { filename?: string | null } | null | undefined> | null }): string[] {
  return [media.filename, ...Object.values(media.sizes ?? {}).map((s) => s?.filename)].filter((n): n is string => Boolean(n))
}
