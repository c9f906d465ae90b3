import type { Field } from 'payload'

/**
 * The feed identifier of an editorial document (issue #5), set by the `assignGuid` hook. Only
 * staff may supply one (when importing stories that already have guids elsewhere); a duplicate
 * gets its own, since two stories sharing a guid would make feed readers replace one with the other.
 */
export function guidField(): Field {
  return {
    name: 'guid',
    label: 'Mã định danh bản tin',
    type: 'text',
    index: true,
    hooks: { beforeDuplicate: [() => null] },
    admin: { readOnly: true, position: 'sidebar', description: 'Không đổi khi sửa bài; báo chí dùng để nhận biết bài đã đăng.' },
  }
}
