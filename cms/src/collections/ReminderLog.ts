import type { CollectionConfig } from 'payload'
import { COLLECTIONS } from '@thidua/content-models'
import { isStaff } from '../access/roles.ts'

const nobody = () => false

/**
 * One row per reminder sent (issue #10, point 4): a unique key per unit, kind and period, so a
 * second run or a restart never sends the same reminder twice. Written by the reminder job only.
 */
export const ReminderLog: CollectionConfig = {
  slug: COLLECTIONS.reminderLog,
  labels: { singular: 'Nhắc việc đã gửi', plural: 'Nhắc việc đã gửi' },
  admin: { useAsTitle: 'key', defaultColumns: ['kind', 'unit', 'periodKey', 'sentAt'], group: 'Theo dõi thi đua', hidden: ({ user }) => (user as { role?: string } | null)?.role === 'contributor' },
  access: { read: isStaff, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'kind', label: 'Loại nhắc việc', type: 'text', required: true },
    { name: 'unit', label: 'Đơn vị', type: 'relationship', relationTo: COLLECTIONS.units },
    { name: 'periodKey', label: 'Kỳ', type: 'text' },
    { name: 'recipients', label: 'Người nhận', type: 'text', hasMany: true },
    { name: 'sentAt', label: 'Thời điểm gửi', type: 'date', admin: { date: { displayFormat: 'HH:mm dd/MM/yyyy' } } },
  ],
}
