import type { UnitType } from './schema/options.ts'

/**
 * How often a unit must introduce an exemplar on the council's portal.
 * Lào Cai plan 2017-2020, section III.1: "Hàng tháng mỗi huyện, thành phố giới thiệu tối thiểu 01
 * điển hình tiên tiến; hàng quý các sở, ban, ngành, doanh nghiệp giới thiệu tối thiểu 01 ...".
 */
export type QuotaPeriod = 'month' | 'quarter' | 'none'

export const QUOTA_PERIODS = [
  { value: 'month', label: 'Tối thiểu 1 điển hình mỗi tháng' },
  { value: 'quarter', label: 'Tối thiểu 1 điển hình mỗi quý' },
  { value: 'none', label: 'Không áp chỉ tiêu' },
] as const

/** The default quota for a unit type; an editor may override it per unit. */
export function defaultQuotaFor(type: UnitType | null | undefined): QuotaPeriod {
  if (type === 'district') return 'month'
  if (type === 'department' || type === 'enterprise') return 'quarter'
  return 'none'
}

/** The reporting period ('2026-11' or '2026-Q4') a date falls in, in Vietnam's time zone. */
export function quotaPeriodKey(period: QuotaPeriod, date: Date): string | null {
  if (period === 'none') return null
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit' })
    .formatToParts(date)
  const year = parts.find((p) => p.type === 'year')?.value
  const month = Number(parts.find((p) => p.type === 'month')?.value)
  if (period === 'month') return `${year}-${String(month).padStart(2, '0')}`
  return `${year}-Q${Math.ceil(month / 3)}`
}

/**
 * Whether a unit met its quota in the period containing `now`, given when its published exemplars
 * and articles first went public.
 */
export function quotaMet(period: QuotaPeriod, publishedAt: readonly Date[], now: Date): boolean {
  const key = quotaPeriodKey(period, now)
  if (key === null) return true
  return publishedAt.some((d) => quotaPeriodKey(period, d) === key)
}
