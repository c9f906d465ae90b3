import { sameId, type Id } from '../schema/collections.ts'

interface TreeUnit {
  id: Id
  parent?: Id | { id: Id } | null
}

const parentOf = (unit: TreeUnit): Id | null => (unit.parent && typeof unit.parent === 'object' ? unit.parent.id : (unit.parent ?? null))

/**
 * A unit and every unit below it (issue #10, point 5: a unit manager sees its unit and sub-units).
 * Cycles in badly entered data stop the walk instead of looping.
 */
export function unitWithDescendants(units: readonly TreeUnit[], root: Id): Id[] {
  const out: Id[] = [root]
  for (let i = 0; i < out.length && out.length <= units.length; i++) {
    for (const unit of units) {
      const parent = parentOf(unit)
      if (parent != null && sameId(parent, out[i]!) && !out.some((id) => sameId(id, unit.id))) out.push(unit.id)
    }
  }
  return out
}

/** A unit and the units above it, nearest first (whose managers screen its submissions). */
export function unitWithAncestors(units: readonly TreeUnit[], start: Id): Id[] {
  const out: Id[] = [start]
  for (;;) {
    const current = units.find((u) => sameId(u.id, out.at(-1)!))
    const parent = current ? parentOf(current) : null
    if (parent == null || out.some((id) => sameId(id, parent))) return out
    out.push(parent)
  }
}
