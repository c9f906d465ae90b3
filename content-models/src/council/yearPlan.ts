import type { UnitType } from '../schema/options.ts'
import type { PeriodKind } from './periods.ts'

/** How often a unit of a type must introduce exemplars, and how many each time. */
export interface QuotaRule {
  unitType: UnitType
  period: PeriodKind | 'none'
  minimum: number
}

/**
 * The council's plan for one year ("Kế hoạch năm", issue #10, point 1): deadlines, quota rules per
 * unit type and reminder timing. The council edits it; these are the seeds' defaults.
 */
export interface YearPlan {
  year: number
  /** `YYYY-MM-DD`, Vietnam date: units register what they will build by then (Sơn La, II.4: 15/8). */
  registrationDeadline: string
  /** `YYYY-MM-DD`: units report their results by then (Trà Vinh, III: 15/12). */
  reportDeadline: string
  rules: QuotaRule[]
  /** Days before a period ends when a unit behind its quota is reminded. */
  reminderDaysBefore: number
}

/**
 * Lào Cai (002, III.1): every district at least one exemplar a month on the portal, every
 * department, agency and enterprise at least one a quarter. Since 1 July 2025 communes and wards
 * took over the districts' role, so they carry the monthly rule too.
 */
export const DEFAULT_QUOTA_RULES: readonly QuotaRule[] = [
  { unitType: 'district', period: 'month', minimum: 1 },
  { unitType: 'commune', period: 'month', minimum: 1 },
  { unitType: 'department', period: 'quarter', minimum: 1 },
  { unitType: 'enterprise', period: 'quarter', minimum: 1 },
  { unitType: 'association', period: 'quarter', minimum: 1 },
  { unitType: 'union', period: 'none', minimum: 0 },
  { unitType: 'school', period: 'none', minimum: 0 },
  { unitType: 'other', period: 'none', minimum: 0 },
]

/** The plan a year starts with before the council edits it. */
export function defaultYearPlan(year: number): YearPlan {
  return {
    year,
    registrationDeadline: `${year}-08-15`,
    reportDeadline: `${year}-12-15`,
    rules: DEFAULT_QUOTA_RULES.map((r) => ({ ...r })),
    reminderDaysBefore: 7,
  }
}

/** A unit as the quota rules see it; `quota` is its own override ('month' | 'quarter' | 'none'). */
export interface QuotaUnit {
  id: string | number
  name: string
  type: UnitType
  quota?: string | null
  quotaMinimum?: number | null
  parent?: string | number | null
  cluster?: string | null
  createdAt?: string | null
}

/** The rule that applies to a unit: its own override, else its type's rule, else none. */
export function ruleFor(plan: YearPlan, unit: QuotaUnit): { period: PeriodKind | 'none'; minimum: number } {
  const byType = plan.rules.find((r) => r.unitType === unit.type)
  const override = unit.quota === 'month' || unit.quota === 'quarter' || unit.quota === 'none' ? unit.quota : null
  const period = override ?? byType?.period ?? 'none'
  const minimum = period === 'none' ? 0 : Math.max(1, unit.quotaMinimum ?? byType?.minimum ?? 1)
  return { period, minimum }
}
