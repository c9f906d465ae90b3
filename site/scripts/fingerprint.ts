import { createHash, type Hash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(import.meta.dirname, '../..')
/** What renders the pages: the site's code and assets, the shared domain model, the build scripts, the locked dependencies, their compiler settings. */
export const TEMPLATE_INPUTS: readonly string[] = [
  'site/src', 'site/public', 'site/scripts', 'site/astro.config.mjs', 'site/package.json', 'site/tsconfig.json',
  'content-models/src', 'content-models/package.json', 'tsconfig.base.json', 'package-lock.json',
]

/**
 * A hash of everything that renders the portal except the content (issue #14, point 1): when it
 * differs from the one the live release was built with, every page may differ, so a build cannot
 * reuse any page of that release and renders everything.
 */
export function templateFingerprint(root = ROOT): string {
  const hash = createHash('sha256')
  for (const input of TEMPLATE_INPUTS) hashTree(hash, root, input)
  // Node's version and its ICU data sort Vietnamese names and write dates (Intl): an upgrade may change pages.
  hash.update(`node ${process.version} icu ${process.versions.icu ?? ''} ${process.versions.unicode ?? ''}`)
  return hash.digest('hex')
}

/** Adds the file or directory `rel` under `root` to the hash: every file's path and bytes, in name order; nothing if it is missing. */
export function hashTree(hash: Hash, root: string, rel: string): void {
  const file = path.join(root, rel)
  if (!existsSync(file)) return
  if (statSync(file).isDirectory()) {
    for (const name of readdirSync(file).sort()) hashTree(hash, root, path.join(rel, name))
    return
  }
  hash.update(`${rel}\0`).update(readFileSync(file)).update('\0')
}
