import type { Field } from 'payload'
import { COLLECTIONS } from '@thidua/content-models'
import { isStaffField } from '../access/roles.ts'

/** Fields every editorial document carries: owning unit, publication date, featuring, internal notes. */
export function editorialSidebar(unitLabel: string): Field[] {
  return [
    {
      name: 'unit',
      label: unitLabel,
      type: 'relationship',
      relationTo: COLLECTIONS.units,
      index: true,
      admin: { position: 'sidebar', description: 'Cộng tác viên: tự động là đơn vị của bạn.' },
    },
    {
      name: 'publishedAt',
      label: 'Ngày đăng',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime', displayFormat: 'HH:mm dd/MM/yyyy' } },
    },
    {
      name: 'featured',
      label: 'Nổi bật trên trang chủ',
      type: 'checkbox',
      defaultValue: false,
      access: { create: isStaffField, update: isStaffField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'internalNotes',
      label: 'Ghi chú nội bộ',
      type: 'textarea',
      access: { read: isStaffField, create: isStaffField, update: isStaffField },
      admin: { position: 'sidebar', description: 'Chỉ cán bộ Ban Thi đua - Khen thưởng xem được. Không bao giờ công khai.' },
    },
  ]
}
