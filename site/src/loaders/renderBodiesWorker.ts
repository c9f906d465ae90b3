import { parentPort, workerData } from 'node:worker_threads'
import { renderMarkdown } from '@thidua/content-models/markdown/renderMarkdown'
import { writeBody } from './bodyStore.ts'

/** A worker of BodyRenderer (renderBodies.ts): plain Node (type stripping), no Vite. Answers each chunk once it is stored. */
const { dir } = workerData as { dir: string }
parentPort!.on('message', (bodies: [string, string][]) => {
  for (const [key, md] of bodies) writeBody(dir, key, md, renderMarkdown(md))
  parentPort!.postMessage(bodies.length)
})
