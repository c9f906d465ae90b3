import type { FieldHook, TextField } from 'payload'
import { uniqueSlug, vietnameseSlug } from '@thidua/content-models'

/**
 * A URL slug made from `sourceField` (Vietnamese without diacritics, đ -> d), unique in the
 * collection. Editors may type their own; it is normalised the same way.
 */
export function slugField(sourceField: string, overrides: Partial<TextField> = {}): TextField {
  const fillSlug: FieldHook = async ({ value, data, originalDoc, req, collection }) => {
    const typed = typeof value === 'string' && value.trim() !== '' ? value : undefined
    const base = vietnameseSlug(typed ?? String(data?.[sourceField] ?? originalDoc?.[sourceField] ?? ''))
    if (!base || !collection) return base || value
    const selfId = originalDoc?.id ?? data?.id
    return uniqueSlug(base, async (candidate) => {
      const found = await req.payload.find({
        collection: collection.slug as never,
        where: { slug: { equals: candidate }, ...(selfId != null ? { id: { not_equals: selfId } } : {}) },
        limit: 1,
        depth: 0,
        pagination: false,
        draft: true,
        overrideAccess: true,
        req,
      })
      return found.docs.length > 0
    })
  }
  return {
    name: 'slug',
    type: 'text',
    label: 'Đường dẫn (slug)',
    index: true,
    unique: true,
    admin: {
      position: 'sidebar',
      description: 'Tự tạo từ tiêu đề, không dấu (ví dụ: dang-thi-hoa). Có thể sửa tay.',
    },
    hooks: { beforeValidate: [fillSlug] },
    ...overrides,
  } as TextField
}
