import { sameId, type Id } from '../schema/collections.ts'
import { compareVietnamese } from '../text/collate.ts'
import { inPeriod, periodsOfYear, type Period, type PeriodKind } from './periods.ts'
import type { QuotaItem } from './quotaItems.ts'
import { ruleFor, type QuotaUnit, type YearPlan } from './yearPlan.ts'

/**
 * A cell of the scoreboard ("Theo dõi chỉ tiêu", issue #10, point 3):
 * - `met`: enough exemplars introduced in the period;
 * - `missed`: the period is over and it fell short;
 * - `in-progress`: the current period, not met yet;
 * - `upcoming`: a period still to come;
 * - `not-required`: no quota applies (unit type, override, or the unit did not exist yet).
 */
export type CellState = 'met' | 'missed' | 'in-progress' | 'upcoming' | 'not-required'

export interface QuotaCell {
  period: Period
  state: CellState
  count: number
  items: QuotaItem[]
}

export interface QuotaRow {
  unit: QuotaUnit
  period: PeriodKind | 'none'
  minimum: number
  cells: QuotaCell[]
  /** Periods met, and periods that were due (over, or met early), for the yearly score. */
  met: number
  required: number
  /** Share of due periods met (0-1), null when nothing was due. */
  score: number | null
}

export interface QuotaTotals {
  period: Period
  met: number
  required: number
  share: number | null
}

export interface QuotaBoard {
  year: number
  rows: QuotaRow[]
  totals: { month: QuotaTotals[]; quarter: QuotaTotals[] }
}

const CELL_LABELS: Record<CellState, string> = {
  met: 'Đạt',
  missed: 'Không đạt',
  'in-progress': 'Đang thực hiện',
  upcoming: 'Chưa đến kỳ',
  'not-required': 'Không áp chỉ tiêu',
}

/** The Vietnamese word for a cell's state, as the scoreboard and the report print it. */
export function cellStateLabel(state: CellState): string {
  return CELL_LABELS[state]
}

function cellState(period: Period, count: number, minimum: number, unit: QuotaUnit, now: Date): CellState {
  const created = unit.createdAt ? new Date(unit.createdAt) : null
  // A unit created during a period owes nothing for the periods that ended before it existed.
  if (created && created >= period.end) return 'not-required'
  if (count >= minimum) return 'met'
  if (now >= period.end) return 'missed'
  if (now >= period.start) return 'in-progress'
  return 'upcoming'
}

/**
 * Every unit's quota for a year: what it introduced in each month or quarter (items counted in the
 * period of their first publication, Vietnam time), the state of each period and the share met.
 * Rows are in Vietnamese alphabetical order; totals give the share of units that met each period.
 */
export function quotaBoard(input: { plan: YearPlan; units: readonly QuotaUnit[]; items: readonly QuotaItem[]; now: Date }): QuotaBoard {
  const { plan, now } = input
  const rows = [...input.units].sort((a, b) => compareVietnamese(a.name, b.name)).map((unit): QuotaRow => {
    const rule = ruleFor(plan, unit)
    const mine = input.items.filter((item) => item.firstPublishedAt && sameId(item.unitId as Id, unit.id))
    if (rule.period === 'none') return { unit, period: 'none', minimum: 0, cells: [], met: 0, required: 0, score: null }
    const cells = periodsOfYear(plan.year, rule.period).map((period): QuotaCell => {
      const items = mine.filter((item) => inPeriod(period, item.firstPublishedAt!))
      return { period, items, count: items.length, state: cellState(period, items.length, rule.minimum, unit, now) }
    })
    const met = cells.filter((c) => c.state === 'met').length
    const required = cells.filter((c) => c.state === 'met' || c.state === 'missed').length
    return { unit, period: rule.period, minimum: rule.minimum, cells, met, required, score: required ? met / required : null }
  })
  const totalsFor = (kind: PeriodKind): QuotaTotals[] =>
    periodsOfYear(plan.year, kind).map((period, i) => {
      const cells = rows.filter((r) => r.period === kind).map((r) => r.cells[i]!)
      const met = cells.filter((c) => c.state === 'met').length
      const required = cells.filter((c) => c.state === 'met' || c.state === 'missed').length
      return { period, met, required, share: required ? met / required : null }
    })
  return { year: plan.year, rows, totals: { month: totalsFor('month'), quarter: totalsFor('quarter') } }
}

/** The quota state of one unit in the period containing `now`: for reminders and the dashboard notice. */
export function currentCell(row: QuotaRow, now: Date): QuotaCell | null {
  return row.cells.find((c) => inPeriod(c.period, now)) ?? null
}
