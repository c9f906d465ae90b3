import { type CollectionSlug } from '../schema/collections.ts'
import { RELATIONS } from '../site/projectPublicDeep.ts'
import { audienceIncludes, fieldRule } from './fieldPolicy.ts'
import { isEditorialCollection } from './publishedRule.ts'

/** Caps for callers who are not council staff (issue #9, point 5): no dumps, no deep joins. */
export const READ_LIMITS = { maxLimit: 1000, maxDepth: 2, maxPage: 100_000 } as const

/** Fields an anonymous caller may list without pagination: a manifest of ids, slugs and dates. */
export const MANIFEST_FIELDS: readonly string[] = ['id', 'slug', 'updatedAt', '_status']

export interface ReadQuery {
  where?: unknown
  sort?: unknown
  limit?: unknown
  page?: unknown
  depth?: unknown
  pagination?: unknown
  select?: unknown
  draft?: unknown
}

export interface Caller {
  role: string | null
  staff: boolean
}

const OPERATORS = new Set(['and', 'or'])

/** Every field path a `where` names (`exemplars.name`, `_status`...), through and/or. */
export function wherePaths(where: unknown): string[] {
  if (!where || typeof where !== 'object') return []
  if (Array.isArray(where)) return where.flatMap(wherePaths)
  return Object.entries(where as Record<string, unknown>).flatMap(([key, value]) => (OPERATORS.has(key) ? wherePaths(value) : [key]))
}

/**
 * Why a caller may not follow `path` from `collection`, or null. Each step must be readable by the
 * caller; a step into an article or a profile is refused outright for non-staff, since a
 * relationship query would otherwise test drafts' fields ("is there a draft profile named X?").
 */
export function pathRefusal(collection: CollectionSlug, path: string, caller: Caller): string | null {
  if (caller.staff) return null
  let current: CollectionSlug = collection
  const segments = path.split('.')
  for (let i = 0; i < segments.length; i++) {
    const name = segments[i]!
    if (i > 0 && name === 'id') return null
    const rule = fieldRule(current, name)
    if (!rule || !audienceIncludes(rule.read, caller.role, caller.staff)) return `Không thể lọc hay sắp xếp theo trường “${path}”.`
    const target = RELATIONS[current]?.[name]
    if (!target || i === segments.length - 1) return null
    if (isEditorialCollection(target) && segments[i + 1] !== 'id') return `Không thể lọc theo nội dung của tài liệu liên quan (“${path}”); hãy lọc theo mã (“${name}”).`
    current = target
  }
  return null
}

const isWholeNumber = (value: unknown) => typeof value === 'number' && Number.isInteger(value)

/**
 * Why a read (list, count or one document) is refused for this caller, or null (issue #9, point 5):
 * queries through private fields or into other editorial documents, drafts for anonymous callers,
 * and, for anonymous callers, unbounded pages and depths.
 */
export function readQueryRefusal(collection: CollectionSlug, query: ReadQuery, caller: Caller): string | null {
  if (caller.staff) return null
  const sorts = (Array.isArray(query.sort) ? query.sort : typeof query.sort === 'string' ? query.sort.split(',') : []) as string[]
  for (const path of [...wherePaths(query.where), ...sorts.map((s) => String(s).replace(/^-/, ''))]) {
    if (!path) continue
    const refusal = pathRefusal(collection, path, caller)
    if (refusal) return refusal
  }
  if (caller.role !== null) return null
  if (query.limit !== undefined && (!isWholeNumber(query.limit) || (query.limit as number) < 1 || (query.limit as number) > READ_LIMITS.maxLimit)) {
    return `Số bản ghi mỗi trang (limit) phải từ 1 đến ${READ_LIMITS.maxLimit}.`
  }
  if (query.depth !== undefined && (!isWholeNumber(query.depth) || (query.depth as number) < 0 || (query.depth as number) > READ_LIMITS.maxDepth)) {
    return `Độ sâu (depth) phải từ 0 đến ${READ_LIMITS.maxDepth}.`
  }
  if (query.pagination === false) {
    const selected = query.select && typeof query.select === 'object' ? Object.keys(query.select as object) : []
    if (!selected.length || selected.some((field) => !MANIFEST_FIELDS.includes(field))) {
      return `Chỉ được bỏ phân trang (pagination=false) khi chỉ chọn các trường ${MANIFEST_FIELDS.join(', ')} (select).`
    }
  }
  return null
}
