import type { Payload } from 'payload'
import {
  COLLECTIONS, GLOBALS, annualReport, defaultYearPlan, firstPublishedAt, isStaffRole, quotaBoard, sameId, unitWithDescendants,
  type AnnualReport, type Id, type QuotaBoard, type QuotaItem, type QuotaUnit, type ReportDoc, type YearPlan,
} from '@thidua/content-models'
import { userUnitId } from '../access/editorialAccess.ts'

export interface CouncilYear {
  plan: YearPlan
  board: QuotaBoard
  report: AnnualReport
  /** The emulation clusters of the units the viewer may see, before the cluster and type filters. */
  clusters: string[]
}

const idOf = (value: unknown): Id | null =>
  value && typeof value === 'object' ? ((value as { id?: Id }).id ?? null) : ((value as Id | null | undefined) ?? null)

/** The year plan as stored, for `year` (the stored plan's rules apply to any year asked for). */
export async function loadYearPlan(payload: Payload, year?: number): Promise<YearPlan> {
  const stored = (await payload.findGlobal({ slug: GLOBALS.yearPlan as never, depth: 0, overrideAccess: true })) as unknown as Partial<YearPlan> & {
    registrationDeadline?: string | null
    reportDeadline?: string | null
  }
  const base = defaultYearPlan(year ?? stored.year ?? new Date().getFullYear())
  return {
    ...base,
    rules: stored.rules?.length ? stored.rules.map((r) => ({ unitType: r.unitType, period: r.period, minimum: r.minimum ?? 1 })) : base.rules,
    reminderDaysBefore: stored.reminderDaysBefore ?? base.reminderDaysBefore,
    registrationDeadline: stored.registrationDeadline?.slice(0, 10) ?? base.registrationDeadline,
    reportDeadline: stored.reportDeadline?.slice(0, 10) ?? base.reportDeadline,
  }
}

async function all<T>(payload: Payload, collection: string, select?: Record<string, true>): Promise<T[]> {
  const out: T[] = []
  for (let page = 1; ; page++) {
    const res = await payload.find({ collection: collection as never, depth: 0, limit: 500, page, overrideAccess: true, select: select as never, sort: 'id' })
    out.push(...(res.docs as T[]))
    if (!res.hasNextPage) return out
  }
}

/**
 * Everything the scoreboard and the annual report need for one year, read with full access and then
 * narrowed to what the caller may see (issue #10, points 3 and 7): staff every unit, a contributor
 * its own unit only. Items are published or taken-down articles and profiles (a take-down does not
 * undo an introduction; drafts never count).
 */
export interface Viewer {
  payload: Payload
  user: unknown
}

export async function loadCouncilYear(viewer: Viewer, year: number, filter: { unitType?: string; cluster?: string } = {}, now = new Date()): Promise<CouncilYear> {
  const { payload, user } = viewer
  const plan = await loadYearPlan(payload, year)
  let units = (await all<QuotaUnit & { parent?: unknown }>(payload, COLLECTIONS.units)).map((u) => ({ ...u, parent: idOf(u.parent) }))
  const role = (user as { role?: string } | null)?.role
  if (!isStaffRole(role)) {
    // A contributor sees its own unit; a unit manager its unit and sub-units (issue #10, point 5).
    const own = userUnitId(user)
    const scope = own == null ? [] : role === 'manager' ? unitWithDescendants(units, own) : [own]
    units = units.filter((u) => scope.some((id) => sameId(u.id, id)))
  }
  const clusters = [...new Set(units.map((u) => u.cluster).filter((c): c is string => Boolean(c)))].sort((a, b) => a.localeCompare(b, 'vi'))
  if (filter.unitType) units = units.filter((u) => u.type === filter.unitType)
  if (filter.cluster) units = units.filter((u) => (u.cluster ?? '') === filter.cluster)
  const [categories, movements] = await Promise.all([all<{ id: Id; name: string }>(payload, COLLECTIONS.categories), all<{ id: Id; name: string }>(payload, COLLECTIONS.movements)])
  const nameOf = (list: { id: Id; name: string }[], id: unknown) => list.find((x) => sameId(x.id, idOf(id)))?.name ?? null
  const docs: Array<ReportDoc & { id: Id; title: string }> = []
  for (const collection of [COLLECTIONS.articles, COLLECTIONS.exemplars] as const) {
    const found = await all<Record<string, unknown>>(payload, collection, {
      title: true, name: true, unit: true, kind: true, subjectType: true, field: true, movements: true, reviewHistory: true,
      publishedAt: true, _status: true, workflowState: true,
    } as never)
    for (const doc of found) {
      docs.push({
        id: doc.id as Id,
        title: String(doc.title ?? doc.name ?? ''),
        collection,
        unitId: idOf(doc.unit),
        kind: (doc.kind as string) ?? null,
        subjectType: (doc.subjectType as string) ?? null,
        field: nameOf(categories, doc.field),
        movements: ((doc.movements as unknown[]) ?? []).map((m) => nameOf(movements, m)).filter((m): m is string => Boolean(m)),
        reviewHistory: (doc.reviewHistory as ReportDoc['reviewHistory']) ?? [],
        publishedAt: (doc.publishedAt as string) ?? null,
        _status: (doc._status as string) ?? null,
        workflowState: (doc.workflowState as string) ?? null,
      })
    }
  }
  const items: QuotaItem[] = docs.map((d) => ({ id: d.id, collection: d.collection, unitId: d.unitId, title: d.title, firstPublishedAt: firstPublishedAt(d) }))
  const board = quotaBoard({ plan, units, items, now })
  const registrations = (await all<Record<string, unknown>>(payload, COLLECTIONS.registrations)).map((r) => ({
    unitId: idOf(r.unit),
    year: Number(r.year),
    late: Boolean(r.late),
    status: String(r.status ?? 'submitted'),
    delivered: ((r.deliveredBy as Array<{ relationTo: string; value: unknown }>) ?? []).some((link) =>
      items.some((i) => i.collection === link.relationTo && sameId(i.id, idOf(link.value)) && i.firstPublishedAt !== null),
    ),
  }))
  return { plan, board, report: annualReport({ board, docs, registrations }), clusters }
}
