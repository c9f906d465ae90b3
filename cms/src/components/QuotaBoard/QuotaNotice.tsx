import type { Payload, TypedUser } from 'payload'
import { currentCell, isStaffRole, vietnamYearMonth } from '@thidua/content-models'
import { loadCouncilYear } from '../../reports/loadCouncilYear.ts'
import './QuotaBoard.css'

/**
 * The dashboard's link to "Theo dõi chỉ tiêu" (issue #10, points 3-4). A contributor whose unit has
 * not introduced an exemplar in the current period is told so ("Đơn vị chưa giới thiệu điển hình
 * quý IV"); staff see how many units met the current month and quarter so far.
 */
export async function QuotaNotice({ payload, user }: { payload: Payload; user?: TypedUser | null }) {
  if (!user) return null
  const now = new Date()
  const { board } = await loadCouncilYear({ payload, user }, vietnamYearMonth(now).year, {}, now)
  const staff = isStaffRole((user as { role?: string }).role)
  const behind = board.rows
    .map((row) => ({ row, cell: currentCell(row, now) }))
    .filter((x) => x.cell?.state === 'in-progress')
  const days = (end: Date) => Math.max(0, Math.ceil((end.getTime() - now.getTime()) / 86_400_000))
  return (
    <section className="quota-notice" aria-labelledby="quota-notice-title">
      <h2 id="quota-notice-title">Chỉ tiêu giới thiệu điển hình</h2>
      {staff ? (
        <p>
          Kỳ hiện tại: {board.rows.filter((r) => r.period !== 'none').length - behind.length}/{board.rows.filter((r) => r.period !== 'none').length} đơn vị đã đạt;{' '}
          {behind.length} đơn vị chưa giới thiệu điển hình.
        </p>
      ) : behind.length ? (
        behind.map(({ row, cell }) => (
          <p key={String(row.unit.id)} className="quota-notice__warning" role="status">
            {row.unit.name} chưa giới thiệu điển hình {cell!.period.label.replace('/', ' năm ').replace(/^T/, 't').replace(/^Q/, 'q')}: còn {days(cell!.period.end)} ngày.
          </p>
        ))
      ) : (
        <p>Đơn vị đã hoàn thành chỉ tiêu kỳ này.</p>
      )}
      <p>
        <a href="/admin/chi-tieu">Theo dõi chỉ tiêu</a>
      </p>
    </section>
  )
}
