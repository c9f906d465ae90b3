import type { PayloadRequest } from 'payload'
import { COLLECTIONS, DOSSIER_KINDS, compareVietnamese, delegateComposition, labelOf, type Composition, type Id } from '@thidua/content-models'
import { pastDeadline } from '../access/eventAccess.ts'
import { unitScope } from '../access/unitScope.ts'

type Doc = Record<string, unknown> & { id: Id }
const idOf = (v: unknown): string => String(v && typeof v === 'object' ? (v as Doc).id : v)

export interface Delegation {
  event: Doc & { title: string; parent?: unknown; dossierDeadline?: string | null }
  units: Map<string, string>
  delegates: Doc[]
  composition: Composition
  dossiers: { unit: string; unitName: string; sent: { kind: string; filename: string; late: boolean; at: string }[]; late: boolean; missing: boolean }[]
}

/**
 * An event with its delegates, their composition and who has sent which dossier, read as the caller:
 * organisers see every unit, a unit's accounts their own units' delegates and dossiers only.
 * Null when the caller may not see the event.
 */
export async function loadDelegation(req: PayloadRequest, eventId: string): Promise<Delegation | null> {
  const as = { req, user: req.user, overrideAccess: false, depth: 0 } as const
  const event = (await req.payload.findByID({ collection: COLLECTIONS.events as 'events', id: eventId, draft: true, disableErrors: true, ...as })) as unknown as Delegation['event'] | null
  if (!event) return null
  const [delegates, dossiers, units] = await Promise.all([
    req.payload.find({ collection: COLLECTIONS.delegates as 'delegates', where: { event: { equals: event.id } }, pagination: false, ...as }),
    req.payload.find({ collection: COLLECTIONS.dossiers as 'dossiers', where: { event: { equals: event.id } }, pagination: false, sort: 'createdAt', ...as }),
    req.payload.find({ collection: COLLECTIONS.units as 'units', pagination: false, depth: 0, overrideAccess: true, select: { name: true }, req }),
  ])
  const unitNames = new Map((units.docs as unknown as Doc[]).map((u) => [String(u.id), String(u.name)]))
  const allocations = ((event.allocations as { unit: unknown; seats: number }[] | undefined) ?? []).map((a) => ({ unit: idOf(a.unit), seats: a.seats ?? 0 }))
  const people = (delegates.docs as unknown as Doc[]).sort((a, b) =>
    compareVietnamese(unitNames.get(idOf(a.unit)) ?? '', unitNames.get(idOf(b.unit)) ?? '') || compareVietnamese(String(a.name), String(b.name)))
  const targets = (event.targets as Record<string, number | null> | undefined) ?? {}
  const composition = delegateComposition(
    people.map((d) => ({ unit: idOf(d.unit), gender: d.gender as string, ethnicity: d.ethnicity as string, directWorker: d.directWorker as boolean, leadership: d.leadership as boolean })),
    allocations,
    targets,
    { totalSeats: (event.expectedDelegates as number | null | undefined) ?? null },
  )
  for (const row of composition.rows) row.unit = unitNames.get(row.unit) ?? row.unit
  const overdue = pastDeadline(event.dossierDeadline)
  const files = dossiers.docs as unknown as Doc[]
  const scope = (await unitScope(req))?.map(String)
  // A unit's accounts see their own units' rows only, not others' (whose files they cannot read).
  const invited = [...new Set([...allocations.map((a) => a.unit), ...files.map((f) => idOf(f.unit))])].filter((unit) => !scope || scope.includes(unit))
  return {
    event,
    units: unitNames,
    delegates: people,
    composition,
    dossiers: invited
      .map((unit) => {
        const sent = files.filter((f) => idOf(f.unit) === unit).map((f) => ({ kind: labelOf(DOSSIER_KINDS, f.kind as string), filename: String(f.filename), late: Boolean(f.late), at: String(f.createdAt) }))
        return { unit, unitName: unitNames.get(unit) ?? unit, sent, late: sent.some((s) => s.late), missing: sent.length === 0 && overdue }
      }),
  }
}
