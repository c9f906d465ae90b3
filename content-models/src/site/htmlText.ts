const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'", '#x27': "'" }

/**
 * The text of HTML the project's renderer produced (content-models renderMarkdown: sanitised,
 * well formed): tags become spaces, the few entities sanitize-html writes are decoded, whitespace
 * collapses. A regex is enough for that known output and costs a fraction of re-parsing the
 * Markdown (the search index needs the text of every page on every build).
 */
export function sanitizedHtmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim()
}
