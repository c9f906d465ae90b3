import type { Field } from 'payload'
import { COLLECTIONS } from '@thidua/content-models'

/**
 * Whose file it is and whether it is public (issue #9, point 2). The unit is the uploader's for a
 * contributor (`assignContributorUnit`); `publicUse` is kept by `refreshUploadVisibility`.
 */
export function uploadOwnerFields(): Field[] {
  return [
    {
      name: 'unit',
      label: 'Đơn vị tải lên',
      type: 'relationship',
      relationTo: COLLECTIONS.units,
      index: true,
      admin: { position: 'sidebar', description: 'Cộng tác viên: tự động là đơn vị của bạn.' },
    },
    {
      name: 'publicUse',
      label: 'Đang dùng trên cổng thông tin',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar', readOnly: true, description: 'Tự động: có bài hoặc hồ sơ đã xuất bản dùng tệp này.' },
    },
  ]
}
