import type { Endpoint, Where } from 'payload'
import { COLLECTIONS, isStaffRole, tableToCsv, vietnamDay, type CollectionSlug } from '@thidua/content-models'
import { roleOf } from '../access/roles.ts'
import { reportXlsx } from '../reports/reportXlsx.ts'
import { exportTable, ExportTooLargeError } from './exportList.ts'
import { refuseRequest as refuse } from '../security/refusalResponse.ts'

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const EXPORTABLE = new Set<string>(Object.values(COLLECTIONS))

/**
 * `GET /api/export/:collection?format=xlsx|csv&where[...]&sort=...&search=...` (issue #12, point 4):
 * the admin list's current filter as a spreadsheet, for council staff. Read as the caller, so a
 * field they may not read is neither a column nor a value.
 */
export const exportEndpoint: Endpoint = {
  path: '/export/:collection',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse(401, 'Cần đăng nhập để xuất danh sách.')
    if (!isStaffRole(roleOf(req))) return refuse(403, 'Chỉ cán bộ Hội đồng được xuất danh sách.')
    const collection = String(req.routeParams?.collection ?? '')
    if (!EXPORTABLE.has(collection) || !req.payload.collections[collection as 'articles']) return refuse(404, `Không có danh sách “${collection.slice(0, 40)}”.`)
    const query = req.query as { format?: string; where?: Where; sort?: string; search?: string }
    const format = query.format ?? 'xlsx'
    if (format !== 'xlsx' && format !== 'csv') return refuse(400, `Định dạng “${String(format).slice(0, 20)}” không có; chọn xlsx hoặc csv.`)
    const config = req.payload.collections[collection as 'articles']!.config
    let where = query.where && typeof query.where === 'object' ? query.where : undefined
    // The list's search box: Payload's list searches these fields with "like".
    if (typeof query.search === 'string' && query.search.trim()) {
      const fields = config.admin?.listSearchableFields?.length ? config.admin.listSearchableFields : [config.admin?.useAsTitle ?? 'id']
      const search: Where = { or: fields.map((field) => ({ [field]: { like: query.search!.trim() } })) }
      where = where ? { and: [where, search] } : search
    }
    const label = typeof config.labels?.plural === 'string' ? config.labels.plural : collection
    try {
      const table = await exportTable(req, collection as CollectionSlug, where, typeof query.sort === 'string' ? query.sort : undefined, label)
      const stamp = vietnamDay(new Date()).day
      const name = `${collection}-${stamp}.${format}`
      const headers = { 'Content-Disposition': `attachment; filename="${name}"`, 'Cache-Control': 'no-store' }
      req.payload.logger.info(`Export of ${table.rows.length} ${collection} by ${req.user.email} as ${format}.`)
      if (format === 'csv') return new Response(tableToCsv(table), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } })
      return new Response(new Uint8Array(await reportXlsx(label, [table])), { headers: { ...headers, 'Content-Type': XLSX } })
    } catch (error) {
      if (error instanceof ExportTooLargeError) return refuse(413, error.message)
      // Payload's own refusal of a filter (a path it cannot query): the caller's mistake, in Vietnamese.
      const status = (error as { status?: number }).status
      if (status && status >= 400 && status < 500) {
        req.payload.logger.info(`Export of ${collection} refused: ${(error as Error).message}`)
        return refuse(400, 'Bộ lọc của danh sách không dùng được để xuất (trường không tồn tại hoặc không được lọc). Hãy bỏ bộ lọc đó rồi xuất lại.')
      }
      throw error
    }
  },
}
