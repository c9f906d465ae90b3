import { sameId, type Id } from '../schema/collections.ts'
import { vietnamMidnight, vietnamYearMonth } from './periods.ts'
import { currentCell, type QuotaBoard } from './quotaBoard.ts'
import type { YearPlan } from './yearPlan.ts'

/** A reminder to send (issue #10, point 4); `key` is unique per unit, kind and period. */
export interface DueReminder {
  key: string
  kind: 'quota' | 'registration-30' | 'registration-7' | 'digest'
  unitId: Id | null
  periodKey: string
  /** Who gets it: the unit's contributors, or the council's editors for the digest. */
  audience: 'unit' | 'editors'
  subject: string
  text: string
}

const DAY = 86_400_000
const daysLeft = (end: Date, now: Date) => Math.ceil((end.getTime() - now.getTime()) / DAY)
const dateVi = (d: Date) => d.toLocaleDateString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' })

/**
 * The reminders due at `now` (idempotent: the caller sends each key once):
 * - to a unit whose current period is not met, `reminderDaysBefore` days or fewer before it ends;
 * - 30 and 7 days before the registration deadline, to units with a quota and no registration;
 * - once a month, a digest to the council's editors listing the units behind.
 */
export function dueReminders(input: { plan: YearPlan; board: QuotaBoard; registeredUnits: readonly Id[]; now: Date; portalName?: string }): DueReminder[] {
  const { plan, board, now } = input
  const out: DueReminder[] = []
  for (const row of board.rows) {
    const cell = currentCell(row, now)
    if (!cell || cell.state !== 'in-progress') continue
    const left = daysLeft(cell.period.end, now)
    if (left > plan.reminderDaysBefore) continue
    out.push({
      key: `quota:${row.unit.id}:${cell.period.key}`,
      kind: 'quota',
      unitId: row.unit.id,
      periodKey: cell.period.key,
      audience: 'unit',
      subject: `Nhắc việc: ${row.unit.name} chưa giới thiệu điển hình ${cell.period.label.toLowerCase()}`,
      text:
        `${row.unit.name} chưa có hồ sơ điển hình hay bài viết nào được đăng trên Cổng thông tin trong ${cell.period.label.toLowerCase()} ` +
        `(chỉ tiêu: tối thiểu ${row.minimum}). Kỳ kết thúc sau ${left} ngày (hết ngày ${dateVi(new Date(cell.period.end.getTime() - 1))}). ` +
        'Đề nghị đơn vị gửi bài giới thiệu điển hình để Ban Thi đua - Khen thưởng kịp duyệt và đăng.',
    })
  }
  const [y, m, d] = plan.registrationDeadline.split('-').map(Number) as [number, number, number]
  const deadlineEnd = vietnamMidnight(y, m, d + 1)
  const left = daysLeft(deadlineEnd, now)
  for (const [threshold, kind] of [[7, 'registration-7'], [30, 'registration-30']] as const) {
    if (left < 1 || left > threshold || (threshold === 30 && left <= 7)) continue
    for (const row of board.rows) {
      if (row.period === 'none' || input.registeredUnits.some((id) => sameId(id, row.unit.id))) continue
      out.push({
        key: `${kind}:${row.unit.id}:${plan.year}`,
        kind,
        unitId: row.unit.id,
        periodKey: String(plan.year),
        audience: 'unit',
        subject: `Nhắc việc: đăng ký xây dựng điển hình năm ${plan.year} (hạn ${d}/${m})`,
        text:
          `${row.unit.name} chưa đăng ký xây dựng điển hình năm ${plan.year}. Hạn đăng ký là ngày ${d}/${m}/${y}, còn ${left} ngày. ` +
          'Đề nghị đơn vị đăng ký trong mục “Đăng ký xây dựng điển hình” của trang quản trị.',
      })
    }
  }
  const { year, month } = vietnamYearMonth(now)
  const behind = board.rows.filter((row) => row.cells.some((c) => c.state === 'missed' && c.period.end <= now && c.period.end.getTime() > now.getTime() - 40 * DAY))
  if (behind.length && year === plan.year) {
    const digestKey = `${year}-${String(month).padStart(2, '0')}`
    out.push({
      key: `digest:${digestKey}`,
      kind: 'digest',
      unitId: null,
      periodKey: digestKey,
      audience: 'editors',
      subject: `Tổng hợp tháng ${month}/${year}: ${behind.length} đơn vị chưa đạt chỉ tiêu giới thiệu điển hình`,
      text: [
        `Các đơn vị chưa đạt chỉ tiêu kỳ vừa qua (tính đến ${dateVi(now)}):`,
        ...behind.map((row) => {
          const missed = row.cells.filter((c) => c.state === 'missed').map((c) => c.period.label)
          return `- ${row.unit.name}: chưa đạt ${missed.join(', ')} (đạt ${row.met}/${row.required} kỳ).`
        }),
      ].join('\n'),
    })
  }
  return out
}
