import type { CollectionSlug } from '../schema/collections.ts'
import { RELATIONS } from '../site/projectPublicDeep.ts'
import { isIdLike } from './requestGuard.ts'

/** Operators any field takes; text operators only on text; no geo operators (no point fields here). */
const ANY = new Set(['equals', 'not_equals', 'in', 'not_in', 'exists'])
const ORDER = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const TEXT = new Set(['like', 'not_like', 'contains'])
const DATE_FIELD = /(At|Date)$/

export interface WhereIssue {
  path: string
  message: string
}

const values = (value: unknown): unknown[] => (Array.isArray(value) ? value : typeof value === 'string' && value.includes(',') ? value.split(',') : [value])

/**
 * The first thing in a `where` that would make the database fail rather than answer (issue #9,
 * point 5: bad input is a 4xx, never a 500), through REST, GraphQL and the method-override form
 * (`all` fails on this adapter's hasMany text fields, so it is refused too)
 * alike: unknown or geo operators, text operators on dates, ids and relationships, ids and
 * related ids that are not ids of this database, dates that are not dates, values that are objects.
 */
export function whereIssue(collection: CollectionSlug, where: unknown, numericIds: boolean): WhereIssue | null {
  if (!where || typeof where !== 'object') return null
  if (Array.isArray(where)) {
    for (const item of where) {
      const issue = whereIssue(collection, item, numericIds)
      if (issue) return issue
    }
    return null
  }
  for (const [key, condition] of Object.entries(where as Record<string, unknown>)) {
    if (key === 'and' || key === 'or') {
      const issue = whereIssue(collection, condition, numericIds)
      if (issue) return issue
      continue
    }
    if (!condition || typeof condition !== 'object' || Array.isArray(condition)) return { path: key, message: `Điều kiện lọc “${key}” không hợp lệ.` }
    const field = key.replace(/^version\./, '').split('.').at(-1)!
    const isRelation = key.split('.').length === 1 && Boolean(RELATIONS[collection]?.[field])
    const isId = field === 'id' || key === 'parent' || isRelation || (key.endsWith('.id') && key.split('.').length === 2)
    const isDate = DATE_FIELD.test(field)
    for (const [operator, value] of Object.entries(condition as Record<string, unknown>)) {
      const allowed = ANY.has(operator) || (ORDER.has(operator) && !isId) || (TEXT.has(operator) && !isId && !isDate)
      if (!allowed) return { path: key, message: `Không lọc được “${key}” bằng phép “${operator}”.` }
      if (operator === 'exists') continue
      for (const item of values(value)) {
        if (item !== null && typeof item === 'object') return { path: key, message: `Giá trị lọc của “${key}” không hợp lệ.` }
        if (isId && item !== null && item !== '' && !isIdLike(String(item), numericIds)) return { path: key, message: `“${String(item).slice(0, 40)}” không phải mã hợp lệ cho “${key}”.` }
        if (isDate && item !== null && item !== '' && Number.isNaN(Date.parse(String(item)))) return { path: key, message: `Giá trị ngày “${String(item).slice(0, 40)}” của “${key}” không hợp lệ (dùng dạng 2026-08-15).` }
      }
    }
  }
  return null
}
