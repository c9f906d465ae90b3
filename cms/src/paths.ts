import fs from 'node:fs'
import path from 'node:path'

/**
 * The repository root: the nearest directory upwards from the working directory whose package.json
 * declares workspaces. (Next bundles this file, so `import.meta.url` does not point at the source.)
 */
export function repoRoot(from = process.cwd()): string {
  let dir = path.resolve(/*turbopackIgnore: true*/ from)
  for (;;) {
    const manifest = path.join(/*turbopackIgnore: true*/ dir, 'package.json')
    if (fs.existsSync(manifest) && JSON.parse(fs.readFileSync(manifest, 'utf8')).workspaces) return dir
    const parent = path.dirname(dir)
    if (parent === dir) return path.resolve(from)
    dir = parent
  }
}

/** Where the embedded database, uploads and the generated secret live (DATA_DIR overrides). */
export function dataDir(): string {
  const dir = process.env.DATA_DIR
    ? path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR)
    : path.join(/*turbopackIgnore: true*/ repoRoot(), 'data')
  fs.mkdirSync(dir, { recursive: true })
  return dir
}

/** A subdirectory of the data directory, created on first use. */
export function dataSubdir(name: string): string {
  const dir = path.join(/*turbopackIgnore: true*/ dataDir(), name)
  fs.mkdirSync(dir, { recursive: true })
  return dir
}
