import { BODY_KEYS_FIELD } from '../loaders/payloadLoader.ts'
import { bodyStoreDir, readBodyHtml, readBodyMarkdown } from '../loaders/bodyStore.ts'

/**
 * Reads the Markdown fields the loader moved to the body store (see loaders/bodyStore.ts). The
 * store's directory comes from SITE_CACHE_DIR, which astro.config.mjs always sets.
 */
const dir = () => bodyStoreDir(process.env.SITE_CACHE_DIR ?? '')

type WithBodies = { [BODY_KEYS_FIELD]?: Record<string, string> }

const keyOf = (doc: object, field: string) => (doc as WithBodies)[BODY_KEYS_FIELD]?.[field]

/**
 * Gives `doc` its Markdown `fields` back as lazy, read-only properties: a page or feed reading
 * `article.body` gets the text; nothing is read for documents nobody looks at.
 */
export function attachBodies<T extends object>(doc: T, fields: readonly string[]): T {
  for (const field of fields) {
    const key = keyOf(doc, field)
    Object.defineProperty(doc, field, {
      enumerable: true,
      configurable: true,
      get: () => (key ? readBodyMarkdown(dir(), key) : null),
    })
  }
  return doc
}

/** The sanitised HTML of a Markdown field, rendered once by the loader (content-models renderMarkdown). */
export function bodyHtml(doc: object, field: string): string {
  const key = keyOf(doc, field)
  return key ? readBodyHtml(dir(), key) : ''
}
