import { spawn } from 'node:child_process'
import { statfsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { arch, platform, setPriority, tmpdir } from 'node:os'
import path from 'node:path'

/** Pagefind failed or was stopped: the search page would be broken, so the build stops. */
export class SearchIndexError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SearchIndexError'
  }
}

/**
 * Pagefind's own program, as its npm package finds it: PAGEFIND_BINARY_PATH (or the extended one)
 * if set, else the platform package that `pagefind` installs beside itself.
 */
export function pagefindBinary(): string {
  const configured = process.env.PAGEFIND_EXTENDED_BINARY_PATH || process.env.PAGEFIND_BINARY_PATH
  if (configured) return configured
  const require = createRequire(import.meta.resolve('pagefind'))
  const os = platform() === 'win32' ? 'windows' : platform()
  for (const name of ['pagefind_extended', 'pagefind']) {
    try {
      return require.resolve(`@pagefind/${os}-${arch()}/bin/${name}${os === 'windows' ? '.exe' : ''}`)
    } catch { /* try the next one */ }
  }
  throw new SearchIndexError(`Pagefind's program for ${os}-${arch()} is not installed (@pagefind/${os}-${arch()}): run npm install, or set PAGEFIND_BINARY_PATH.`)
}

/** Free space a memory-backed folder needs to hold two parts' documents (45 MB each) with room to spare. */
const SHM_NEEDED_BYTES = 512 * 1024 * 1024

/**
 * Where the search documents go: SITE_SEARCH_DOCUMENTS_DIR if set; else the machine's
 * memory-backed folder (/dev/shm) when it has room, as the documents live seconds and are read
 * once (writing 12,000 of them, a folder and a file each, took 4-22 CPU-seconds on this project's
 * disk in a micro-benchmark, about 1 in /dev/shm); else TMPDIR. A container's default /dev/shm
 * (64 MB) is too small.
 */
export function documentsRoot(): string {
  const chosen = process.env.SITE_SEARCH_DOCUMENTS_DIR
  if (chosen) return chosen
  try {
    const shm = statfsSync('/dev/shm')
    if (shm.bavail * shm.bsize >= SHM_NEEDED_BYTES) return '/dev/shm'
  } catch { /* no /dev/shm here */ }
  return tmpdir()
}

/**
 * A new folder for one run's search documents, under documentsRoot() and named by this process,
 * after removing the folders of processes that are gone: a build killed (its timeout, the system's
 * memory killer) never reaches its own cleanup, and each folder holds 45 MB at 4,000 pages.
 */
export async function documentsDir(): Promise<string> {
  const root = documentsRoot()
  for (const name of await readdir(root).catch(() => [] as string[])) {
    const pid = /^thidua-search-(\d+)-/.exec(name)?.[1]
    if (pid && !running(Number(pid))) await rm(path.join(root, name), { recursive: true, force: true })
  }
  return mkdtemp(path.join(root, `thidua-search-${process.pid}-`))
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' // someone else's process
  }
}

/** A page's URL as a file path under the folder Pagefind reads: `/bai-viet/x/` is `bai-viet/x/index.html`. */
function documentPath(dir: string, url: string): string {
  // Pagefind names a page by its file (`x/index.html` is `/x/`): only URLs it gives back unchanged.
  if (!/^\/(?:[a-z0-9][a-z0-9._~-]*\/)*$/i.test(url) || url.includes('/../')) {
    throw new SearchIndexError(`The page ${JSON.stringify(url)} cannot be indexed: a search URL must be a folder path of letters, digits, ".", "_", "~" and "-", ending in "/".`)
  }
  return path.join(dir, url, 'index.html')
}

/** Writes each page's search document (`[url, html]`) where Pagefind's command reads it. */
export async function writeDocuments(dir: string, documents: Iterable<readonly [url: string, html: () => string]>): Promise<number> {
  let batch: Promise<void>[] = []
  let count = 0
  for (const [url, html] of documents) {
    const file = documentPath(dir, url)
    const content = html()
    batch.push(mkdir(path.dirname(file), { recursive: true }).then(() => writeFile(file, content, { flag: 'wx' })).catch((error: NodeJS.ErrnoException) => {
      throw error.code === 'EEXIST' ? new SearchIndexError(`The page ${url} was given to the search index twice.`) : error
    }))
    count++
    // Batches: bounded memory and open files, while the writes go on in libuv's threads.
    if (batch.length === 200) {
      await Promise.all(batch)
      batch = []
    }
  }
  await Promise.all(batch)
  return count
}

/**
 * Runs Pagefind's command over the documents in `siteDir` into `outputPath`; resolves once every
 * one of the `expected` pages is indexed. The command indexes a folder faster than its Node client
 * fed page by page over a pipe (the benchmark's 12,000 pages on one core: 37 s against 55 s, the
 * same files written), and a killed command ends with a signal the build sees at once.
 */
export function runPagefind(siteDir: string, outputPath: string, expected: number): Promise<void> {
  const binary = pagefindBinary()
  return new Promise((resolve, reject) => {
    // cwd: the documents' folder, so that no pagefind.yml of the caller's folder configures the run.
    const child = spawn(binary, ['--site', siteDir, '--output-path', outputPath, '--force-language', 'vi'], { cwd: siteDir, stdio: ['ignore', 'pipe', 'pipe'] })
    // Below Astro's rendering, which a full build's index runs beside: the pages are the longer task.
    try {
      if (child.pid) setPriority(child.pid, 10)
    } catch { /* already gone: its exit is reported below */ }
    let log = ''
    const keep = (chunk: Buffer) => {
      log = (log + chunk.toString('utf8')).slice(-8_000)
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    child.on('error', (error) => reject(new SearchIndexError(`Pagefind (${binary}) did not start: ${error.message}. Run npm install, or set PAGEFIND_BINARY_PATH.`)))
    child.on('close', (code, signal) => {
      if (signal) {
        return reject(new SearchIndexError(`The search index was not written: the indexer (Pagefind) was killed (${signal}) before it finished, most likely for lack of memory (see \`dmesg\`). Nothing was published; give the build more memory or fewer pages per part (SITE_SEARCH_SHARD_PAGES).`))
      }
      if (code !== 0) return reject(new SearchIndexError(`The search index was not written: Pagefind exited with ${code}:\n${log.trim()}`))
      // "Indexed 12000 pages" in its summary, the last such line being the total over languages.
      const indexed = [...log.matchAll(/Indexed (\d+) pages?/g)].at(-1)?.[1]
      if (Number(indexed) !== expected) {
        return reject(new SearchIndexError(`The search index is incomplete: Pagefind indexed ${indexed ?? 'an unknown number of'} of ${expected} pages:\n${log.trim()}`))
      }
      resolve()
    })
  })
}
