import type { Field, PayloadRequest, Where } from 'payload'
import { audienceIncludes, fieldRule, formatDateTimeVi, formatDateVi, isStaffRole, type CollectionSlug, type ReportTable } from '@thidua/content-models'
import { roleOf } from '../access/roles.ts'

/** Rows an export holds at most; a list longer than this is narrowed with the list's filters. */
export const MAX_EXPORT_ROWS = 50_000
const MAX_CELL = 32_000 // Excel holds 32,767 characters in a cell.
/** Never exported: a canary value with no meaning to a reader, and what only Payload uses. */
const NEVER = new Set(['privacyMarker', 'publicUse', 'hash', 'salt', 'password', 'resetPasswordToken', 'resetPasswordExpiration', 'sessions', 'loginAttempts', 'lockUntil'])

interface Column {
  header: string
  path: string[]
  cell: (value: unknown) => string | number | null
}

type Doc = Record<string, unknown>
const labelOf = (field: { label?: unknown; name: string }) => (typeof field.label === 'string' ? field.label : field.name)

function titleOf(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (typeof value !== 'object') return String(value)
  const doc = value as Doc
  return String(doc.name ?? doc.title ?? doc.alt ?? doc.filename ?? doc.email ?? doc.id ?? '')
}

function cellFor(field: Field & { name: string }): Column['cell'] {
  switch (field.type) {
    case 'date':
      return (v) => (typeof v === 'string' && v ? (field.name === 'dateOfBirth' ? formatDateVi(v) : formatDateTimeVi(v)) : '')
    case 'checkbox':
      return (v) => (v === true ? 'Có' : v === false ? 'Không' : '')
    case 'number':
      return (v) => (typeof v === 'number' ? v : null)
    case 'select':
    case 'radio': {
      const options = (field.options ?? []).map((o) => (typeof o === 'string' ? { value: o, label: o } : { value: o.value, label: typeof o.label === 'string' ? o.label : o.value }))
      const one = (v: unknown) => options.find((o) => o.value === v)?.label ?? String(v ?? '')
      return (v) => (Array.isArray(v) ? v.map(one).join('; ') : one(v))
    }
    case 'relationship':
    case 'upload':
      return (v) => (Array.isArray(v) ? v.map(titleOf).filter(Boolean).join('; ') : titleOf(v))
    case 'array':
      // One line per row, its values in order: "Bằng khen, 2019, UBND tỉnh".
      return (v) => (Array.isArray(v) ? v.map((row) => Object.entries(row as Doc).filter(([k, x]) => k !== 'id' && x !== null && x !== '' && typeof x !== 'object').map(([, x]) => String(x)).join(', ')).join('\n') : '')
    default:
      return (v) => (v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v))
  }
}

/** The columns of a collection the caller may read, in the order of the edit form; groups flattened. */
export function exportColumns(fields: Field[], collection: CollectionSlug, req: PayloadRequest): Column[] {
  const role = roleOf(req)
  const columns: Column[] = [{ header: 'ID', path: ['id'], cell: (v) => String(v ?? '') }]
  const walk = (list: Field[], prefix: string[], headerPrefix: string) => {
    for (const field of list) {
      if ('name' in field && field.name) {
        if (NEVER.has(field.name) || field.name === 'id') continue
        if (prefix.length === 0) {
          const rule = fieldRule(collection, field.name)
          if (!rule || !audienceIncludes(rule.read, role, isStaffRole(role))) continue
        }
        if (field.type === 'group') {
          walk(field.fields, [...prefix, field.name], `${headerPrefix}${labelOf(field)}: `)
          continue
        }
        if (field.type === 'ui' || field.type === 'join' || (field.admin as { hidden?: boolean } | undefined)?.hidden) continue
        columns.push({ header: headerPrefix + labelOf(field), path: [...prefix, field.name], cell: cellFor(field as Field & { name: string }) })
      } else if ('fields' in field) walk(field.fields, prefix, headerPrefix)
      else if (field.type === 'tabs') for (const tab of field.tabs) walk(tab.fields, 'name' in tab && tab.name ? [...prefix, tab.name] : prefix, headerPrefix)
    }
  }
  walk(fields, [], '')
  for (const name of ['createdAt', 'updatedAt'] as const) {
    if (!columns.some((c) => c.path[0] === name)) columns.push({ header: name === 'createdAt' ? 'Ngày tạo' : 'Cập nhật lần cuối', path: [name], cell: (v) => (typeof v === 'string' ? formatDateTimeVi(v) : '') })
  }
  return columns
}

/**
 * The rows of a list view, read as the caller (their collection and field access apply), under the
 * list's own filter and sort, latest drafts included as the admin list shows them.
 */
export async function exportTable(req: PayloadRequest, collection: CollectionSlug, where: Where | undefined, sort: string | undefined, title: string): Promise<ReportTable> {
  const config = req.payload.collections[collection as 'articles']!.config
  const columns = exportColumns(config.fields, collection, req)
  const rows: (string | number | null)[][] = []
  for (let page = 1; ; page++) {
    const result = await req.payload.find({ collection: collection as 'articles', where, sort: sort as never, page, limit: 500, depth: 1, draft: Boolean(config.versions?.drafts), overrideAccess: false, user: req.user, req })
    for (const doc of result.docs as unknown as Doc[]) {
      rows.push(columns.map((column) => {
        const value = column.path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Doc)[key] : undefined), doc)
        const cell = column.cell(value)
        return typeof cell === 'string' && cell.length > MAX_CELL ? `${cell.slice(0, MAX_CELL)}…` : cell
      }))
    }
    if (rows.length > MAX_EXPORT_ROWS) throw new ExportTooLargeError(result.totalDocs)
    if (!result.hasNextPage) break
  }
  return { name: title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31), headers: columns.map((c) => c.header), rows }
}

export class ExportTooLargeError extends Error {
  constructor(readonly total: number) {
    super(`Danh sách có ${total} dòng; mỗi lần xuất tối đa ${MAX_EXPORT_ROWS}. Hãy lọc bớt (theo năm, đơn vị…) rồi xuất.`)
    this.name = 'ExportTooLargeError'
  }
}
