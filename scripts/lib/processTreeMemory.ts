/**
 * Peak memory of a process and everything it started, sampled from Linux's /proc (benchmarks
 * only). `/usr/bin/time`'s maximum resident size counts one process, and only children that were
 * waited for: a build's search indexer (Pagefind, a process of its own holding about 2.5 GB at
 * 12,000 pages) was missing from the build benchmark's figure. Sampling every `everyMs` can miss
 * a shorter peak, so the figures are a lower bound.
 */
import { readFileSync } from 'node:fs'
import { listProcesses } from './processList.ts'

const PAGE_BYTES = 4096 // x86-64 Linux

export interface TreeMemory {
  /** The most the whole tree held at once, in MB. */
  peakTotalMb: number
  /** The most one process of the tree held, in MB, and which one. */
  peakProcessMb: number
  peakProcess: string
}

function residentMb(pid: number): number | null {
  try {
    return (Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_BYTES) / 1024 / 1024
  } catch {
    return null // gone meanwhile
  }
}

/** Starts sampling `rootPid` and its descendants; stop() ends it and gives the peaks. */
export function sampleTreeMemory(rootPid: number, everyMs = 200): { stop: () => TreeMemory } {
  const peak: TreeMemory = { peakTotalMb: 0, peakProcessMb: 0, peakProcess: '' }
  const sample = () => {
    const processes = listProcesses() ?? []
    const tree = new Set([rootPid])
    for (let grew = true; grew;) {
      grew = false
      for (const { pid, ppid } of processes) if (tree.has(ppid) && !tree.has(pid)) { tree.add(pid); grew = true }
    }
    let total = 0
    for (const { pid, comm } of processes) {
      const mb = tree.has(pid) ? residentMb(pid) : null
      if (mb === null) continue
      total += mb
      if (mb > peak.peakProcessMb) Object.assign(peak, { peakProcessMb: mb, peakProcess: comm })
    }
    peak.peakTotalMb = Math.max(peak.peakTotalMb, total)
  }
  const timer = setInterval(sample, everyMs)
  return { stop: () => { clearInterval(timer); return peak } }
}
