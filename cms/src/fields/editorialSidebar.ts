import type { Field } from 'payload'
import { COLLECTIONS, privacyMarker } from '@thidua/content-models'

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
      admin: { position: 'sidebar' },
    },
    {
      name: 'internalNotes',
      label: 'Ghi chú nội bộ',
      type: 'textarea',
      admin: { position: 'sidebar', description: 'Chỉ cán bộ Ban Thi đua - Khen thưởng xem được. Không bao giờ công khai.' },
    },
    {
      // A unique value kept only in this private field: if raw CMS data were dumped into a page, the
      // release check finds it (issue #9, point 3). Field names in public text jam nothing.
      name: 'privacyMarker',
      type: 'text',
      admin: { hidden: true },
      hooks: { beforeChange: [({ value }) => value || privacyMarker()], beforeDuplicate: [() => null] },
    },
  ]
}
