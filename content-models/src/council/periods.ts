/**
 * Reporting periods in Vietnam time (UTC+7, no daylight saving): a story published at
 * 2026-11-30T17:30Z belongs to December there (issue #10, tests).
 */
export type PeriodKind = 'month' | 'quarter'

export interface Period {
  /** `2026-11` or `2026-Q4`. */
  key: string
  kind: PeriodKind
  /** As Vietnamese reports write it: "Tháng 11/2026", "Quý IV/2026". */
  label: string
  /** Start, inclusive, and end, exclusive, as instants. */
  start: Date
  end: Date
}

const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000
const ROMAN = ['I', 'II', 'III', 'IV'] as const

/** The instant of midnight in Vietnam on a calendar day (month 1-12; 13 rolls over). */
export function vietnamMidnight(year: number, month: number, day = 1): Date {
  return new Date(Date.UTC(year, month - 1, day) - VIETNAM_OFFSET_MS)
}

/** The calendar day of an instant in Vietnam, as "YYYY-MM-DD" (and its time of day, "HH:MM"). */
export function vietnamDay(date: Date): { day: string; time: string } {
  const shifted = new Date(date.getTime() + VIETNAM_OFFSET_MS).toISOString()
  return { day: shifted.slice(0, 10), time: shifted.slice(11, 16) }
}

/** The calendar year and month (1-12) of an instant in Vietnam. */
export function vietnamYearMonth(date: Date): { year: number; month: number } {
  const shifted = new Date(date.getTime() + VIETNAM_OFFSET_MS)
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1 }
}

/** The period of `kind` that contains `date` (Vietnam time). */
export function periodOf(date: Date, kind: PeriodKind): Period {
  const { year, month } = vietnamYearMonth(date)
  return kind === 'month' ? monthPeriod(year, month) : quarterPeriod(year, Math.ceil(month / 3))
}

function monthPeriod(year: number, month: number): Period {
  return {
    key: `${year}-${String(month).padStart(2, '0')}`,
    kind: 'month',
    label: `Tháng ${month}/${year}`,
    start: vietnamMidnight(year, month),
    end: vietnamMidnight(year, month + 1),
  }
}

function quarterPeriod(year: number, quarter: number): Period {
  return {
    key: `${year}-Q${quarter}`,
    kind: 'quarter',
    label: `Quý ${ROMAN[quarter - 1]}/${year}`,
    start: vietnamMidnight(year, quarter * 3 - 2),
    end: vietnamMidnight(year, quarter * 3 + 1),
  }
}

/** The twelve months or four quarters of a year, in order. */
export function periodsOfYear(year: number, kind: PeriodKind): Period[] {
  return kind === 'month'
    ? Array.from({ length: 12 }, (_, i) => monthPeriod(year, i + 1))
    : Array.from({ length: 4 }, (_, i) => quarterPeriod(year, i + 1))
}

/** Whether `date` falls in the period. */
export function inPeriod(period: Period, date: Date): boolean {
  return date >= period.start && date < period.end
}
