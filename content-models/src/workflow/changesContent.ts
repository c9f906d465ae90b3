/** Keys a write carries that are not the document's content. */
const NOT_CONTENT = new Set(['id', '_status', 'workflowState', 'reviewNote', 'reviewHistory', 'createdAt', 'updatedAt'])

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)
}

function same(a: unknown, b: unknown): boolean {
  if (isEmpty(a) && isEmpty(b)) return true
  if (isEmpty(a) || isEmpty(b)) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((item, i) => same(item, b[i]))
  }
  if (typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a as object), ...Object.keys(b as object)])
    return [...keys].every((k) => same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  }
  // Ids arrive as "12" from forms and 12 from the database.
  return String(a) === String(b)
}

/**
 * Whether a write changes the document's content, not only its review state or a comment. By the
 * time collection hooks run, Payload has filled every field the request left out with the stored
 * value, so the comparison is value by value.
 */
export function changesContent(data: Record<string, unknown>, originalDoc: Record<string, unknown> | undefined): boolean {
  if (!originalDoc) return true
  return Object.keys(data).some((key) => !NOT_CONTENT.has(key) && !same(data[key], originalDoc[key]))
}
