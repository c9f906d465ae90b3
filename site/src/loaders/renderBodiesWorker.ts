import { workerData } from 'node:worker_threads'
import { renderMarkdown } from '@thidua/content-models/markdown/renderMarkdown'
import { writeBody } from './bodyStore.ts'

/** One share of renderBodies(): plain Node (type stripping), no Vite. */
const { dir, bodies } = workerData as { dir: string; bodies: [string, string][] }
for (const [key, md] of bodies) writeBody(dir, key, md, renderMarkdown(md))
