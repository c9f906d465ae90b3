import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Article bodies live beside Astro's data store, not in it: one Markdown file and its rendered,
 * sanitised HTML per distinct body, named by a hash of the text (issue #4, "a data store that holds
 * no pre-rendered bodies"). The store stays small (Astro bundles and parses it on every build) and
 * a body is rendered once in its life: a rebuild reads the HTML back instead of re-rendering.
 *
 * Bump RENDER_VERSION when the renderer's output changes (content-models renderMarkdown): every
 * key changes, so every body is rendered again.
 */
export const RENDER_VERSION = 1

/** The directory under Astro's cache dir. */
export function bodyStoreDir(cacheDir: string): string {
  return path.join(cacheDir, 'thidua-bodies')
}

/** The key of a Markdown body: same text, same key. */
export function bodyKey(markdown: string): string {
  return createHash('sha256').update(`${RENDER_VERSION}\0${markdown}`).digest('hex').slice(0, 32)
}

const file = (dir: string, key: string, ext: 'md' | 'html') => path.join(dir, key.slice(0, 2), `${key}.${ext}`)

/** Whether the rendered HTML of `key` is already stored. */
export function hasBody(dir: string, key: string): boolean {
  return existsSync(file(dir, key, 'html'))
}

/** Stores a body and its HTML (atomically, so a crashed build never leaves half a file). */
export function writeBody(dir: string, key: string, markdown: string, html: string): void {
  mkdirSync(path.dirname(file(dir, key, 'md')), { recursive: true })
  for (const [ext, text] of [['md', markdown], ['html', html]] as const) {
    const target = file(dir, key, ext)
    const tmp = `${target}.${process.pid}.tmp`
    writeFileSync(tmp, text)
    renameSync(tmp, target)
  }
}

/** The Markdown of a stored body. */
export function readBodyMarkdown(dir: string, key: string): string {
  return readFileSync(file(dir, key, 'md'), 'utf8')
}

/** The rendered HTML of a stored body. */
export function readBodyHtml(dir: string, key: string): string {
  return readFileSync(file(dir, key, 'html'), 'utf8')
}
