/**
 * Checks on a raw REST request before the CMS parses it (issue #9, point 5): malformed numbers,
 * ids, dates and JSON are the caller's mistake (4xx with a Vietnamese message), never a 500.
 */
export interface Refusal {
  status: 400 | 404 | 411 | 413
  message: string
}

/** Largest JSON body the CMS reads; uploads are multipart and capped by the upload limit. */
export const MAX_JSON_BYTES = 1024 * 1024
export const MAX_NUMBER_PARAM = 1_000_000

/** Sub-routes of a collection that are not document ids. */
const COLLECTION_ROUTES = new Set([
  'versions', 'login', 'logout', 'me', 'refresh-token', 'forgot-password', 'reset-password', 'unlock', 'verify',
  'access', 'init', 'first-register', 'file', 'count', 'paginated', 'duplicate', 'trash',
])

/** Whether `value` looks like an id of the database in use (SQLite: integers; MongoDB: ObjectIds). */
export function isIdLike(value: string, numericIds: boolean): boolean {
  return numericIds ? /^[1-9]\d{0,15}$/.test(value) : /^[0-9a-f]{24}$/i.test(value)
}

const COMPARISONS = new Set(['equals', 'not_equals', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const LISTS = new Set(['in', 'not_in'])
const DATE_FIELD = /(At|Date)$/

/** Payload's query operators (the geo ones included, to recognise and refuse them). */
export const WHERE_OPERATORS = new Set([
  'equals', 'not_equals', 'in', 'not_in', 'all', 'exists', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal',
  'like', 'not_like', 'contains', 'near', 'within', 'intersects',
])

/** `where[and][0][publishedAt][greater_than]` -> ['where', 'and', '0', 'publishedAt', 'greater_than']. */
const bracketPath = (key: string) => key.replace(/\]/g, '').split('[')

/**
 * Why a REST request is refused before it reaches Payload, or null. `collections` are the slugs
 * whose second path segment is a document id; `numericIds` says which database is in use.
 */
export function restRequestRefusal(url: URL, collections: readonly string[], numericIds: boolean): Refusal | null {
  const segments = url.pathname.replace(/^\/api\/?/, '').split('/').filter(Boolean)
  const [collection, second, third] = segments
  if (collection && collections.includes(collection) && second && !COLLECTION_ROUTES.has(second) && !isIdLike(second, numericIds)) {
    return { status: 404, message: `Không tìm thấy tài liệu “${second.slice(0, 40)}”: mã không hợp lệ.` }
  }
  if (collection && collections.includes(collection) && second === 'versions' && third && !isIdLike(third, numericIds)) {
    return { status: 404, message: 'Không tìm thấy phiên bản: mã không hợp lệ.' }
  }
  for (const name of ['depth', 'limit', 'page']) {
    const raw = url.searchParams.get(name)
    if (raw === null) continue
    const value = Number(raw)
    const min = name === 'page' ? 1 : 0
    if (!/^\d+$/.test(raw) || value < min || value > MAX_NUMBER_PARAM) {
      return { status: 400, message: `Tham số “${name}” phải là số nguyên từ ${min} đến ${MAX_NUMBER_PARAM}.` }
    }
  }
  const where = url.searchParams.get('where')
  if (where !== null) {
    try {
      JSON.parse(where)
    } catch {
      return { status: 400, message: 'Tham số “where” không phải JSON hợp lệ.' }
    }
  }
  for (const [key, value] of url.searchParams) {
    if (!key.startsWith('where[')) continue
    const path = bracketPath(key)
    // Nothing may follow an operator but a list index (`where[id][in][0]=…`).
    const at = path.findIndex((segment, i) => i > 0 && WHERE_OPERATORS.has(segment))
    if (at > 0 && (path.length > at + 2 || (path.length === at + 2 && !(LISTS.has(path[at]!) && /^\d+$/.test(path[at + 1]!))))) {
      return { status: 400, message: `Điều kiện lọc “${key.slice(0, 60)}” không hợp lệ.` }
    }
    const operator = at > 0 ? path[at]! : (path.at(-1) ?? '')
    const field = at > 0 ? (path[at - 1] ?? '') : (path.at(-2) ?? '')
    if (COMPARISONS.has(operator) && DATE_FIELD.test(field) && value !== '' && Number.isNaN(Date.parse(value))) {
      return { status: 400, message: `Giá trị ngày “${value.slice(0, 40)}” của “${field}” không hợp lệ (dùng dạng 2026-08-15).` }
    }
  }
  return null
}

/**
 * Why a JSON body is refused: too large, not JSON, or not one object (`[]`, `null`, `123` would
 * reach Payload's hooks as a document and blank or crash it). `text` is null when it was too large.
 */
export function jsonBodyRefusal(text: string | null): Refusal | null {
  if (text === null) return { status: 413, message: `Dữ liệu gửi lên quá lớn (tối đa ${MAX_JSON_BYTES / 1024} KB).` }
  if (text.trim() === '') return null
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { status: 400, message: 'Dữ liệu gửi lên không phải JSON hợp lệ.' }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { status: 400, message: 'Dữ liệu gửi lên phải là một đối tượng JSON ({ ... }).' }
  }
  return null
}
