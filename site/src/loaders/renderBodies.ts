import os from 'node:os'
import { Worker } from 'node:worker_threads'
import { renderMarkdown } from '@thidua/content-models/markdown/renderMarkdown'
import { hasBody, writeBody } from './bodyStore.ts'

/** Below this many bodies, starting workers costs more than it saves. */
const PARALLEL_FROM = 400

/**
 * Renders the bodies not yet in the body store, on every core: a cold build of 10,000 articles
 * spends ~1 ms of CPU per body in marked and sanitize-html, which Astro would otherwise do on one
 * core while rendering pages. Returns how many were rendered.
 */
export async function renderBodies(dir: string, bodies: ReadonlyMap<string, string>): Promise<number> {
  const todo = [...bodies].filter(([key]) => !hasBody(dir, key))
  if (todo.length < PARALLEL_FROM) {
    for (const [key, md] of todo) writeBody(dir, key, md, renderMarkdown(md))
    return todo.length
  }
  const workers = Math.max(1, Math.min(os.availableParallelism(), 8))
  const slices = Array.from({ length: workers }, (_, i) => todo.filter((_, j) => j % workers === i))
  await Promise.all(slices.map((slice) => new Promise<void>((resolve, reject) => {
    const worker = new Worker(new URL('./renderBodiesWorker.ts', import.meta.url), { workerData: { dir, bodies: slice } })
    worker.once('error', reject)
    worker.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`body renderer exited with code ${code}`))))
  })))
  return todo.length
}
