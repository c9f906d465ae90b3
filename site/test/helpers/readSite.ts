import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'
import { selectAll, selectOne } from 'css-select'
import type { Document, Element } from 'domhandler'
import { getAttributeValue, textContent } from 'domutils'
import { parseDocument } from 'htmlparser2'

/** Every file of a build, as paths relative to its root ("bai-viet/x/index.html"). */
export function builtFiles(dist: string): string[] {
  const out: string[] = []
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(dist, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) walk(r)
      else out.push(r)
    }
  }
  walk('')
  return out.sort()
}

/** A file's text; Pagefind's gzip-compressed index files are decompressed, so their text can be searched too. */
export function fileText(dist: string, rel: string): string {
  const bytes = readFileSync(path.join(dist, rel))
  if (/\.pf_(fragment|index|meta|filter)$/.test(rel)) return gunzipSync(bytes).toString('latin1') + gunzipSync(bytes).toString('utf8')
  return bytes.toString('utf8')
}

/** The URL path a page file is served at ("bai-viet/x/index.html" -> "/bai-viet/x/"). */
export const pagePath = (rel: string) => `/${rel.replace(/(^|\/)index\.html$/, '$1')}`

export interface Page {
  rel: string
  doc: Document
  all: (selector: string) => Element[]
  one: (selector: string) => Element | null
  attr: (el: Element | null, name: string) => string | undefined
  text: (el: Element | null) => string
}

export function readPage(dist: string, rel: string): Page {
  const doc = parseDocument(readFileSync(path.join(dist, rel), 'utf8'))
  return {
    rel,
    doc,
    all: (selector) => selectAll(selector, doc) as unknown as Element[],
    one: (selector) => selectOne(selector, doc) as unknown as Element | null,
    attr: (el, name) => (el ? getAttributeValue(el, name) : undefined),
    text: (el) => (el ? textContent(el).replace(/\s+/g, ' ').trim() : ''),
  }
}

/** Whether a site path exists in the build the way a static host serves it. */
export function resolvesIn(files: ReadonlySet<string>, sitePath: string): boolean {
  const p = decodeURIComponent(sitePath.split('#')[0]!.split('?')[0]!).replace(/^\//, '')
  if (p === '') return files.has('index.html')
  return files.has(p) || files.has(`${p.replace(/\/?$/, '/')}index.html`)
}
