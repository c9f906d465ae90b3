import { EXEMPLAR_KINDS, SUBJECT_TYPES } from '../schema/options.ts'
import type { AnnualReport, UnitReport } from './annualReport.ts'
import { cellStateLabel, type QuotaBoard } from './quotaBoard.ts'

/** One sheet of the annual report: a Vietnamese title, headers and rows (issue #10, point 6). */
export interface ReportTable {
  name: string
  headers: string[]
  rows: Array<Array<string | number | null>>
}

const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10)
const days = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10)
const TOTAL = 'Toàn tỉnh'

function summaryRow(name: string, cluster: string | null, u: Omit<UnitReport, 'unitId' | 'unitName' | 'cluster'>): Array<string | number | null> {
  return [
    name, cluster, u.periodsMet, u.periodsRequired, percent(u.score), u.profiles, u.stories, u.registrations,
    u.registrationsDelivered, u.registrationsLate, u.returned, days(u.medianDaysToPublication),
  ]
}

/**
 * The report's views as tables, shared by the XLSX (a sheet each), the CSV (the summary) and the
 * DOCX (the summary table): per unit summary, periods, kinds and subject types, fields, movements.
 */
export function reportTables(report: AnnualReport, board: QuotaBoard): ReportTable[] {
  const kinds = EXEMPLAR_KINDS.map((k) => k.value)
  const subjects = SUBJECT_TYPES.map((s) => s.value)
  const fields = Object.keys(report.totals.byField).sort((a, b) => a.localeCompare(b, 'vi'))
  const movements = Object.keys(report.totals.byMovement).sort((a, b) => a.localeCompare(b, 'vi'))
  const periodKeys = [...new Set(board.rows.flatMap((r) => r.cells.map((c) => c.period.key)))].sort()
  const periodLabels = new Map(board.rows.flatMap((r) => r.cells.map((c) => [c.period.key, c.period.label] as const)))
  return [
    {
      name: 'Tổng hợp',
      headers: [
        'Đơn vị', 'Cụm, khối thi đua', 'Số kỳ đạt', 'Số kỳ phải thực hiện', 'Tỷ lệ đạt (%)', 'Hồ sơ điển hình đã đăng',
        'Bài viết đã đăng', 'Số đăng ký', 'Đăng ký đã thực hiện', 'Đăng ký sau hạn', 'Số lần bị trả lại', 'Số ngày từ gửi đến đăng (trung vị)',
      ],
      rows: [...report.units.map((u) => summaryRow(u.unitName, u.cluster, u)), summaryRow(TOTAL, null, report.totals)],
    },
    {
      name: 'Theo kỳ',
      headers: ['Đơn vị', 'Chỉ tiêu', ...periodKeys.map((k) => periodLabels.get(k) ?? k)],
      rows: board.rows.map((row) => [
        row.unit.name,
        row.period === 'none' ? 'Không áp chỉ tiêu' : `${row.minimum}/${row.period === 'month' ? 'tháng' : 'quý'}`,
        ...periodKeys.map((key) => {
          const cell = row.cells.find((c) => c.period.key === key)
          return cell ? `${cellStateLabel(cell.state)} (${cell.count})` : null
        }),
      ]),
    },
    {
      name: 'Theo loại',
      headers: ['Đơn vị', ...EXEMPLAR_KINDS.map((k) => k.label), ...SUBJECT_TYPES.map((s) => s.label)],
      rows: [...report.units, { ...report.totals, unitName: TOTAL }].map((u) => [
        u.unitName, ...kinds.map((k) => u.byKind[k] ?? 0), ...subjects.map((s) => u.bySubjectType[s] ?? 0),
      ]),
    },
    {
      name: 'Theo lĩnh vực',
      headers: ['Đơn vị', ...fields],
      rows: [...report.units, { ...report.totals, unitName: TOTAL }].map((u) => [u.unitName, ...fields.map((f) => u.byField[f] ?? 0)]),
    },
    {
      name: 'Theo phong trào',
      headers: ['Đơn vị', ...movements],
      rows: [...report.units, { ...report.totals, unitName: TOTAL }].map((u) => [u.unitName, ...movements.map((m) => u.byMovement[m] ?? 0)]),
    },
  ]
}

/** RFC 4180 CSV of one table, with a BOM so spreadsheet programs read the Vietnamese as UTF-8. */
export function tableToCsv(table: ReportTable): string {
  const cell = (value: string | number | null) => {
    const text = value === null ? '' : String(value)
    // A leading = + - @ (or a tab or carriage return before one) would be a formula in a spreadsheet
    // (OWASP "CSV injection"): quote it as text.
    const safe = /^[=+\-@\t\r]/.test(text) && typeof value === 'string' ? `'${text}` : text
    return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
  }
  return '\ufeff' + [table.headers, ...table.rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n'
}
