import { renderMarkdown } from '@thidua/content-models'
import { bodyHtml } from './bodies.ts'
import { withPortalImages } from './bodyImages.ts'

/**
 * The HTML of a document's Markdown field. Articles' bodies and profiles' achievements and
 * initiatives were rendered once by the loader with the project's one renderer and sanitiser
 * (content-models renderMarkdown, no baseUrl: links stay relative so the site works under any host).
 */
export function fieldHtml(doc: object, field: string): string {
  // Inserted images are the portal's own copies (issue #13, point 2), never the CMS's.
  return withPortalImages(bodyHtml(doc, field))
}

/** Renders Markdown that did not go through the loader's body store (short texts). */
export function renderShort(markdown: string | null | undefined): string {
  return markdown ? renderMarkdown(markdown) : ''
}
