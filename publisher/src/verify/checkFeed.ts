import { XMLValidator } from 'fast-xml-parser'

const XML_ROOTS = /^<(rss|feed|opml|urlset|sitemapindex)[\s>]/m

/**
 * Why an XML feed, OPML list or sitemap is unusable, or null if it is fine. Press aggregators drop
 * a feed that does not parse, so a malformed one must never go live.
 */
export function xmlFeedProblem(text: string): string | null {
  const result = XMLValidator.validate(text)
  if (result !== true) return `not well-formed XML (line ${result.err.line}, column ${result.err.col}: ${result.err.msg})`
  const withoutProlog = text.replace(/^\uFEFF?(<\?[\s\S]*?\?>\s*|<!--[\s\S]*?-->\s*)*/, '')
  if (!XML_ROOTS.test(withoutProlog)) return 'root element is not rss, feed, opml, urlset or sitemapindex'
  return null
}

/** Why a JSON Feed (https://jsonfeed.org/version/1.1) is unusable, or null if it is fine. */
export function jsonFeedProblem(text: string): string | null {
  let feed: unknown
  try {
    feed = JSON.parse(text)
  } catch (error) {
    return `not valid JSON (${(error as Error).message})`
  }
  const { version, items } = (feed ?? {}) as { version?: unknown; items?: unknown }
  if (typeof version !== 'string' || !version.startsWith('https://jsonfeed.org/version/1')) return 'missing JSON Feed version'
  if (!Array.isArray(items)) return 'items is not an array'
  return null
}
