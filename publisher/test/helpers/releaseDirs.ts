import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A temporary directory, removed by the returned function. */
export function tempDir(prefix = 'thidua-releases-'): { dir: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix))
  return { dir, cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) }
}

/** Writes files (URL path -> content) under `root`. */
export function writeTree(root: string, files: Record<string, string>): void {
  for (const [urlPath, content] of Object.entries(files)) {
    const file = path.join(root, urlPath)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, content)
  }
}

/** A release directory `id` with a home page saying `marker`. */
export function makeRelease(releasesDir: string, id: string, marker = id): string {
  const dir = path.join(releasesDir, id)
  writeTree(dir, { '/index.html': `<h1>${marker}</h1>`, '/404.html': '<h1>404</h1>' })
  return dir
}
