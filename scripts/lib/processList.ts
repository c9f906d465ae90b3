import { readFileSync, readdirSync } from 'node:fs'

/** One process as Linux's /proc/<pid>/stat describes it. */
export interface ProcessInfo { pid: number; ppid: number; comm: string; state: string }

/**
 * Every process on the machine, read from Linux's /proc; null where there is no /proc to read.
 * Processes that end while being read are left out.
 */
export function listProcesses(): ProcessInfo[] | null {
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return null
  }
  const processes: ProcessInfo[] = []
  for (const name of entries) {
    if (!/^\d+$/.test(name)) continue
    let stat: string
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8')
    } catch {
      continue // ended meanwhile
    }
    // "<pid> (<comm>) <state> <ppid> ...": the name may hold spaces and parentheses.
    const end = stat.lastIndexOf(')')
    const [state = '', ppid] = stat.slice(end + 2).split(' ')
    processes.push({ pid: Number(name), ppid: Number(ppid), comm: stat.slice(stat.indexOf('(') + 1, end), state })
  }
  return processes
}
