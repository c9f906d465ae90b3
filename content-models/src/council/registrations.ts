import type { Option } from '../schema/options.ts'
import { vietnamDay, vietnamMidnight } from './periods.ts'

/** Where a registration stands with the council (issue #10, point 2). */
export const REGISTRATION_STATUSES = [
  { value: 'submitted', label: 'Đã đăng ký, chờ xem xét' },
  { value: 'accepted', label: 'Đã chấp thuận' },
  { value: 'returned', label: 'Trả lại để chỉnh sửa' },
  { value: 'withdrawn', label: 'Đơn vị rút đăng ký' },
] as const satisfies readonly Option[]

export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number]['value']

/**
 * Whether a registration made at `at` for `year` came after the deadline: the whole deadline day
 * counts, in Vietnam time. Without a deadline in the plan, 15/8 of the year (Sơn La 003, II.4).
 */
export function isLateRegistration(at: Date, year: number, deadline: string | null | undefined): boolean {
  const [y, m, d] = deadline ? vietnamDay(new Date(deadline)).day.split('-').map(Number) as [number, number, number] : [year, 8, 15]
  return at >= vietnamMidnight(y, m, d + 1)
}
