/**
 * A unit's own quota setting (issue #10, point 1): empty follows the year plan's rule for its type
 * (content-models/src/council/yearPlan.ts); these values override it.
 */
export type QuotaPeriod = 'month' | 'quarter' | 'none'

export const QUOTA_PERIODS = [
  { value: 'month', label: 'Tối thiểu 1 điển hình mỗi tháng' },
  { value: 'quarter', label: 'Tối thiểu 1 điển hình mỗi quý' },
  { value: 'none', label: 'Không áp chỉ tiêu' },
] as const
