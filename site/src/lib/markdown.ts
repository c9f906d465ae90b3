import { renderMarkdown } from '@thidua/content-models'

/**
 * Renders an editor's Markdown with the project's one renderer and sanitiser. Links are kept
 * relative (no baseUrl) so the site works under any host; the feeds resolve them themselves.
 */
export function renderBody(markdown: string | null | undefined): string {
  return markdown ? renderMarkdown(markdown) : ''
}
