import { sameId, type Id } from '../schema/collections.ts'
import { EXEMPLAR_KINDS, SUBJECT_TYPES } from '../schema/options.ts'
import { vietnamYearMonth } from './periods.ts'
import type { QuotaBoard } from './quotaBoard.ts'
import { daysToPublication, firstPublishedAt, median, timesReturned } from './quotaItems.ts'

/** An article or profile as the annual report reads it. */
export interface ReportDoc {
  collection: 'articles' | 'exemplars'
  unitId: Id | null
  kind?: string | null
  subjectType?: string | null
  field?: string | null
  movements?: readonly string[]
  reviewHistory?: ReadonlyArray<{ toState?: string | null; at?: string | null }> | null
  publishedAt?: string | null
  _status?: string | null
  workflowState?: string | null
}

/** A registration ("Đăng ký xây dựng điển hình") as the report counts it. */
export interface ReportRegistration {
  unitId: Id | null
  year: number
  delivered: boolean
  late: boolean
  status: string
}

export interface UnitReport {
  unitId: Id
  unitName: string
  cluster: string | null
  periodsMet: number
  periodsRequired: number
  /** Share of due periods met, 0-1; null when none was due. */
  score: number | null
  profiles: number
  stories: number
  byKind: Record<string, number>
  bySubjectType: Record<string, number>
  byField: Record<string, number>
  byMovement: Record<string, number>
  registrations: number
  registrationsDelivered: number
  registrationsLate: number
  returned: number
  medianDaysToPublication: number | null
}

export interface AnnualReport {
  year: number
  units: UnitReport[]
  totals: Omit<UnitReport, 'unitId' | 'unitName' | 'cluster'>
}

const zeroes = (options: readonly { value: string }[]) => Object.fromEntries(options.map((o) => [o.value, 0]))
const bump = (counts: Record<string, number>, key: string | null | undefined) => {
  if (key) counts[key] = (counts[key] ?? 0) + 1
}

/**
 * "Báo cáo kết quả tuyên truyền, giới thiệu điển hình năm …" (issue #10, point 6): per unit, the
 * periods met of those due, what it published in the year (first publication, Vietnam time) by
 * kind, subject type, field and movement, its registrations delivered, the returns for changes,
 * the median days from submission to publication and a plain score; totals for the province.
 */
export function annualReport(input: { board: QuotaBoard; docs: readonly ReportDoc[]; registrations: readonly ReportRegistration[] }): AnnualReport {
  const { board } = input
  const inYear = (date: Date | null) => date !== null && vietnamYearMonth(date).year === board.year
  const units = board.rows.map((row): UnitReport => {
    const docs = input.docs.filter((d) => sameId(d.unitId, row.unit.id))
    const published = docs.filter((d) => inYear(firstPublishedAt(d)))
    const byKind = zeroes(EXEMPLAR_KINDS)
    const bySubjectType = zeroes(SUBJECT_TYPES)
    const byField: Record<string, number> = {}
    const byMovement: Record<string, number> = {}
    for (const doc of published) {
      if (doc.collection === 'exemplars') {
        bump(byKind, doc.kind)
        bump(bySubjectType, doc.subjectType)
      }
      bump(byField, doc.field)
      for (const movement of doc.movements ?? []) bump(byMovement, movement)
    }
    const registrations = input.registrations.filter((r) => sameId(r.unitId, row.unit.id) && r.year === board.year && r.status !== 'withdrawn')
    const days = published.map((d) => daysToPublication(d.reviewHistory)).filter((d): d is number => d !== null)
    return {
      unitId: row.unit.id,
      unitName: row.unit.name,
      cluster: row.unit.cluster ?? null,
      periodsMet: row.met,
      periodsRequired: row.required,
      score: row.score,
      profiles: published.filter((d) => d.collection === 'exemplars').length,
      stories: published.filter((d) => d.collection === 'articles').length,
      byKind,
      bySubjectType,
      byField,
      byMovement,
      registrations: registrations.length,
      registrationsDelivered: registrations.filter((r) => r.delivered).length,
      registrationsLate: registrations.filter((r) => r.late).length,
      returned: docs.reduce((sum, d) => sum + timesReturned((d.reviewHistory ?? []).filter((e) => e.at && inYear(new Date(e.at)))), 0),
      medianDaysToPublication: median(days),
    }
  })
  const sum = (pick: (u: UnitReport) => number) => units.reduce((total, u) => total + pick(u), 0)
  const merge = (pick: (u: UnitReport) => Record<string, number>) => {
    const out: Record<string, number> = {}
    for (const u of units) for (const [k, v] of Object.entries(pick(u))) out[k] = (out[k] ?? 0) + v
    return out
  }
  // Only the units in the report: a unit's own report must not carry the province's figure.
  const allDays = input.docs
    .filter((d) => board.rows.some((row) => sameId(d.unitId, row.unit.id)) && inYear(firstPublishedAt(d)))
    .map((d) => daysToPublication(d.reviewHistory))
    .filter((d): d is number => d !== null)
  const periodsMet = sum((u) => u.periodsMet)
  const periodsRequired = sum((u) => u.periodsRequired)
  return {
    year: board.year,
    units,
    totals: {
      periodsMet,
      periodsRequired,
      score: periodsRequired ? periodsMet / periodsRequired : null,
      profiles: sum((u) => u.profiles),
      stories: sum((u) => u.stories),
      byKind: merge((u) => u.byKind),
      bySubjectType: merge((u) => u.bySubjectType),
      byField: merge((u) => u.byField),
      byMovement: merge((u) => u.byMovement),
      registrations: sum((u) => u.registrations),
      registrationsDelivered: sum((u) => u.registrationsDelivered),
      registrationsLate: sum((u) => u.registrationsLate),
      returned: sum((u) => u.returned),
      medianDaysToPublication: median(allDays),
    },
  }
}
