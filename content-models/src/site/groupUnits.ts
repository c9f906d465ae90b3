import { compareVietnamese } from '../text/collate.ts'
import type { UnitType } from '../schema/options.ts'
import type { Id, } from '../schema/collections.ts'
import type { UnitDoc } from '../schema/types.ts'

/** A heading of the units index and the units under it, each with its own sub-units. */
export interface UnitGroup {
  key: 'district' | 'department' | 'other'
  label: string
  units: UnitNode[]
}

export interface UnitNode {
  unit: UnitDoc
  children: UnitNode[]
}

const GROUP_OF: Record<UnitType, UnitGroup['key']> = {
  district: 'district', commune: 'district',
  department: 'department',
  enterprise: 'other', union: 'other', school: 'other', association: 'other', other: 'other',
}

const LABELS: Record<UnitGroup['key'], string> = {
  district: 'Huyện, thị xã, thành phố',
  department: 'Sở, ban, ngành',
  other: 'Doanh nghiệp, hội, đoàn thể và đơn vị khác',
}

const parentId = (u: UnitDoc): string | null =>
  u.parent == null ? null : String(typeof u.parent === 'object' ? u.parent.id : u.parent)

/**
 * Groups units the way the Lào Cai plan reports them: districts (with their communes), departments,
 * then everyone else, each alphabetical in Vietnamese order. A unit sits under its parent when
 * the parent is in the list; otherwise it heads its own group. Empty groups are left out.
 */
export function groupUnits(units: readonly UnitDoc[]): UnitGroup[] {
  const ids = new Set(units.map((u) => String(u.id)))
  const childrenOf = new Map<string, UnitDoc[]>()
  const roots: UnitDoc[] = []
  for (const u of units) {
    const p = parentId(u)
    if (p !== null && p !== String(u.id) && ids.has(p)) childrenOf.set(p, [...(childrenOf.get(p) ?? []), u])
    else roots.push(u)
  }
  const byName = (a: UnitDoc, b: UnitDoc) => compareVietnamese(a.name, b.name)
  const seen = new Set<Id>()
  const node = (u: UnitDoc): UnitNode => {
    seen.add(u.id) // guards against a parent cycle the CMS failed to prevent
    const kids = (childrenOf.get(String(u.id)) ?? []).filter((c) => !seen.has(c.id)).sort(byName)
    return { unit: u, children: kids.map(node) }
  }
  const groups: UnitGroup[] = (['district', 'department', 'other'] as const).map((key) => ({ key, label: LABELS[key], units: [] }))
  for (const u of [...roots].sort(byName)) groups.find((g) => g.key === GROUP_OF[u.type ?? 'other'])!.units.push(node(u))
  return groups.filter((g) => g.units.length > 0)
}
