import type { Endpoint, PayloadRequest } from 'payload'
import { UNIT_TYPES, reportTables, tableToCsv, vietnamYearMonth } from '@thidua/content-models'
import { roleOf } from '../access/roles.ts'
import { loadCouncilYear } from '../reports/loadCouncilYear.ts'
import { reportDocx } from '../reports/reportDocx.ts'
import { documentIssuer } from '../reports/documentIssuer.ts'
import { reportXlsx } from '../reports/reportXlsx.ts'
import { refuseRequest as refuse } from '../security/refusalResponse.ts'

const FORMATS = ['json', 'xlsx', 'csv', 'docx'] as const

/** The year asked for (default: this year in Vietnam), or a refusal; the caller must be signed in. */
function readRequest(req: PayloadRequest): { year: number; unitType?: string; cluster?: string } | Response {
  if (!req.user) return refuse(401, 'Cần đăng nhập để xem báo cáo chỉ tiêu.')
  if (!roleOf(req)) return refuse(403, 'Tài khoản chưa có vai trò.')
  const url = new URL(req.url ?? 'http://cms/')
  const raw = url.searchParams.get('year')
  const year = raw === null ? vietnamYearMonth(new Date()).year : Number(raw)
  if (!Number.isInteger(year) || year < 2000 || year > 2100) return refuse(400, 'Năm (year) phải là số từ 2000 đến 2100, ví dụ ?year=2026.')
  const unitType = url.searchParams.get('unitType') ?? undefined
  if (unitType && !UNIT_TYPES.some((t) => t.value === unitType)) return refuse(400, `Loại đơn vị “${unitType.slice(0, 30)}” không có.`)
  return { year, unitType, cluster: url.searchParams.get('cluster') ?? undefined }
}

/**
 * `GET /api/reports/quota?year=YYYY` (issue #10, point 7): one entry per unit with its periods,
 * states and counts, for integrators and tests. Staff see every unit, a contributor its own.
 */
export const quotaReportEndpoint: Endpoint = {
  path: '/reports/quota',
  method: 'get',
  handler: async (req) => {
    const asked = readRequest(req)
    if (asked instanceof Response) return asked
    const { board } = await loadCouncilYear(req, asked.year, asked)
    return Response.json({
      year: board.year,
      units: board.rows.map((row) => ({
        id: row.unit.id, name: row.unit.name, type: row.unit.type, cluster: row.unit.cluster ?? null,
        period: row.period, minimum: row.minimum, met: row.met, required: row.required, score: row.score,
        periods: row.cells.map((c) => ({ key: c.period.key, label: c.period.label, state: c.state, count: c.count, items: c.items.map((i) => ({ collection: i.collection, id: i.id, title: i.title })) })),
      })),
      totals: board.totals,
    }, { headers: { 'Cache-Control': 'no-store' } })
  },
}

/**
 * `GET /api/reports/annual?year=YYYY&format=xlsx|csv|docx|json` (issue #10, points 6-7): the
 * annual report, as a workbook (a sheet per view), the summary as CSV, or the signed-form DOCX.
 */
export const annualReportEndpoint: Endpoint = {
  path: '/reports/annual',
  method: 'get',
  handler: async (req) => {
    const asked = readRequest(req)
    if (asked instanceof Response) return asked
    const format = new URL(req.url ?? 'http://cms/').searchParams.get('format') ?? 'json'
    if (!(FORMATS as readonly string[]).includes(format)) return refuse(400, `Định dạng “${format.slice(0, 20)}” không có; chọn xlsx, csv, docx hoặc json.`)
    const { board, report } = await loadCouncilYear(req, asked.year, asked)
    const title = `Báo cáo kết quả tuyên truyền, giới thiệu điển hình năm ${asked.year}`
    const tables = reportTables(report, board)
    const file = `bao-cao-gioi-thieu-dien-hinh-${asked.year}`
    const download = (body: Buffer | string, type: string, ext: string) =>
      new Response(body as BodyInit, { headers: { 'Content-Type': type, 'Content-Disposition': `attachment; filename="${file}.${ext}"`, 'Cache-Control': 'no-store' } })
    if (format === 'json') return Response.json({ title, ...report }, { headers: { 'Cache-Control': 'no-store' } })
    if (format === 'csv') return download(tableToCsv(tables[0]!), 'text/csv; charset=utf-8', 'csv')
    if (format === 'xlsx') return download(await reportXlsx(title, tables), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx')
    const issuer = await documentIssuer(req.payload)
    const t = report.totals
    const intro =
      `Thực hiện kế hoạch tuyên truyền, giới thiệu điển hình tiên tiến năm ${asked.year}, ${report.units.length} đơn vị được theo dõi ` +
      `đã hoàn thành ${t.periodsMet}/${t.periodsRequired} kỳ chỉ tiêu (${t.score === null ? 'chưa có kỳ đến hạn' : `${Math.round(t.score * 1000) / 10}%`}); ` +
      `${t.profiles} hồ sơ điển hình và ${t.stories} bài viết đã được đăng trên Cổng thông tin; ${t.registrationsDelivered}/${t.registrations} đăng ký xây dựng điển hình đã được thực hiện. Kết quả cụ thể như sau:`
    return download(await reportDocx({ year: asked.year, issuedYear: vietnamYearMonth(new Date()).year, issuer, intro, table: tables[0]! }), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'docx')
  },
}
