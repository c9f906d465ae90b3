/**
 * Peak memory of a process and everything it started, sampled from Linux's /proc (benchmarks
 * only). `/usr/bin/time`'s maximum resident size counts one process, and only children that were
 * waited for: a build's search indexer (Pagefind, a process of its own holding about 2.5 GB at
 * 12,000 pages) was missing from the build benchmark's figure. Sampling every `everyMs` can miss
 * a shorter peak, so the figures are a lower bound.
 */
import { readFileSync, readdirSync } from 'node:fs'

const PAGE_BYTES = 4096 // x86-64 Linux

export interface TreeMemory {
  /** The most the whole tree held at once, in MB. */
  peakTotalMb: number
  /** The most one process of the tree held, in MB, and which one. */
  peakProcessMb: number
  peakProcess: string
}

function parentsOfAll(): Map<number, number> {
  const parents = new Map<number, number>()
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
      // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so read after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      parents.set(Number(name), ppid)
    } catch { /* gone meanwhile */ }
  }
  return parents
}

function residentMb(pid: number): { mb: number; name: string } | null {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1])
    const name = readFileSync(`/proc/${pid}/comm`, 'utf8').trim()
    return { mb: (pages * PAGE_BYTES) / 1024 / 1024, name }
  } catch {
    return null
  }
}

/** Starts sampling `rootPid` and its descendants; stop() ends it and gives the peaks. */
export function sampleTreeMemory(rootPid: number, everyMs = 200): { stop: () => TreeMemory } {
  const peak: TreeMemory = { peakTotalMb: 0, peakProcessMb: 0, peakProcess: '' }
  const sample = () => {
    const parents = parentsOfAll()
    const tree = new Set([rootPid])
    for (let grew = true; grew;) {
      grew = false
      for (const [pid, ppid] of parents) if (tree.has(ppid) && !tree.has(pid)) { tree.add(pid); grew = true }
    }
    let total = 0
    for (const pid of tree) {
      const r = residentMb(pid)
      if (!r) continue
      total += r.mb
      if (r.mb > peak.peakProcessMb) Object.assign(peak, { peakProcessMb: r.mb, peakProcess: r.name })
    }
    peak.peakTotalMb = Math.max(peak.peakTotalMb, total)
  }
  const timer = setInterval(sample, everyMs)
  return { stop: () => { clearInterval(timer); return peak } }
}
