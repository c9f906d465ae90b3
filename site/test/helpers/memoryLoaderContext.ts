import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { LoaderContext } from 'astro/loaders'

/** A stored entry, as Astro's data store keeps it. */
export interface Entry { id: string; data: Record<string, unknown>; digest?: string }

const made: string[] = []

function temporaryCacheDir(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'thidua-loader-'))
  made.push(dir)
  return dir
}

/** Removes the cache directories memoryLoaderContext made for lack of one given (for afterAll). */
export function removeLoaderCacheDirs(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}

/**
 * What Astro hands a loader, backed by plain Maps, so the loader's behaviour can be tested without
 * a build: the same set/delete/digest semantics (set returns false for an unchanged digest), a meta
 * store, a logger that records lines, and a real cache directory for the body store and journals.
 */
export function memoryLoaderContext(cacheDir = temporaryCacheDir()) {
  const entries = new Map<string, Entry>()
  const meta = new Map<string, string>()
  const logs: string[] = []
  const store = {
    get: (key: string) => entries.get(key),
    entries: () => [...entries].map(([k, v]) => [k, v] as [string, Entry]),
    values: () => [...entries.values()],
    keys: () => [...entries.keys()],
    has: (key: string) => entries.has(key),
    delete: (key: string) => void entries.delete(key),
    clear: () => entries.clear(),
    set: (e: Entry) => {
      const old = entries.get(e.id)
      if (old?.digest !== undefined && old.digest === e.digest) return false
      entries.set(e.id, e)
      return true
    },
    addModuleImport: () => {},
  }
  const logger = { info: (m: string) => logs.push(m), warn: (m: string) => logs.push(`WARN ${m}`), error: (m: string) => logs.push(`ERROR ${m}`), debug: () => {}, fork: () => logger, label: 'test', options: {} }
  const context = {
    collection: 'test',
    store,
    meta: { get: (k: string) => meta.get(k), set: (k: string, v: string) => void meta.set(k, v), has: (k: string) => meta.has(k), delete: (k: string) => void meta.delete(k) },
    logger,
    config: { cacheDir: pathToFileURL(`${cacheDir}/`) },
    parseData: async ({ data }: { data: Record<string, unknown> }) => data,
    renderMarkdown: async () => ({ html: '' }),
    generateDigest: (data: unknown) => JSON.stringify(data),
  } as unknown as LoaderContext
  return { context, entries, meta, logs, cacheDir }
}
