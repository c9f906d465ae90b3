import type { Id } from '../schema/collections.ts'
import type { Ref } from '../schema/types.ts'

/**
 * For a tree stored as parent references (fields of work, units): a function giving the id of a
 * node followed by its ancestors' ids, nearest first. Cycles and dangling parents end the walk.
 */
export function ancestorsOf(docs: readonly { id: Id; parent?: Ref<{ id: Id }> | null }[]): (id: string) => string[] {
  const parent = new Map<string, string>()
  for (const d of docs) {
    const p = d.parent == null ? null : String(typeof d.parent === 'object' ? d.parent.id : d.parent)
    if (p !== null) parent.set(String(d.id), p)
  }
  const memo = new Map<string, string[]>()
  return (id) => {
    const hit = memo.get(id)
    if (hit) return hit
    const chain = [id]
    for (let p = parent.get(id); p !== undefined && !chain.includes(p); p = parent.get(p)) chain.push(p)
    memo.set(id, chain)
    return chain
  }
}
