import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { COLLECTIONS, GENDERS } from '@thidua/content-models'
import { isSignedIn } from '../access/roles.ts'
import { refuseAfterDeadline, unitEntries } from '../access/eventAccess.ts'
import { assignContributorUnit } from '../hooks/assignContributorUnit.ts'
import { normalizeVietnamese } from '../hooks/normalizeVietnamese.ts'
import { optionsField } from '../fields/optionsField.ts'

/** Until the deadline a unit edits its own delegates; it cannot move one to another event after it either. */
const guardDeadline: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  await refuseAfterDeadline(req, data.event ?? originalDoc?.event, 'danh sách đại biểu')
  if (operation === 'update' && originalDoc?.event && data.event && String((data.event as { id?: unknown })?.id ?? data.event) !== String((originalDoc.event as { id?: unknown })?.id ?? originalDoc.event)) {
    await refuseAfterDeadline(req, originalDoc.event, 'danh sách đại biểu')
  }
  return data
}

/** A delegate chosen from a profile starts with what the profile says (name, gender, ethnicity, work). */
const fillFromExemplar: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  const id = data.exemplar && typeof data.exemplar === 'object' ? (data.exemplar as { id: unknown }).id : data.exemplar
  const stamped = operation === 'create' && req.user ? { ...data, enteredBy: req.user.id } : data
  if (!id || (data.name && data.gender)) return stamped
  const profile = (await req.payload.findByID({ collection: COLLECTIONS.exemplars as 'exemplars', id: id as string, depth: 0, draft: true, overrideAccess: true, disableErrors: true, req })) as Record<string, unknown> | null
  if (!profile) return stamped
  return {
    ...stamped,
    name: stamped.name || profile.name,
    gender: stamped.gender ?? profile.gender,
    ethnicity: stamped.ethnicity ?? profile.ethnicity,
    directWorker: stamped.directWorker ?? profile.directWorker,
  }
}

/**
 * Delegates ("Đại biểu", issue #11, point 3): a unit enters the people it sends to an event, before
 * the deadline; the organisers see every unit's and the composition. Never public.
 */
export const Delegates: CollectionConfig = {
  slug: COLLECTIONS.delegates,
  labels: { singular: 'Đại biểu', plural: 'Đại biểu' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'event', 'unit', 'position', 'speaking'],
    listSearchableFields: ['name', 'position'],
    group: 'Hội nghị, sự kiện',
    description: 'Danh sách trích ngang đại biểu: dữ liệu cá nhân, chỉ đơn vị và Ban Tổ chức xem được, không bao giờ lên cổng thông tin.',
  },
  access: { read: unitEntries, create: isSignedIn, update: unitEntries, delete: unitEntries },
  hooks: {
    beforeValidate: [normalizeVietnamese],
    beforeChange: [assignContributorUnit, guardDeadline, fillFromExemplar],
  },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'event', label: 'Sự kiện', type: 'relationship', relationTo: COLLECTIONS.events, required: true, index: true },
        { name: 'unit', label: 'Đơn vị cử', type: 'relationship', relationTo: COLLECTIONS.units, index: true, admin: { description: 'Cộng tác viên: tự động là đơn vị của bạn.' } },
      ],
    },
    { name: 'exemplar', label: 'Hồ sơ điển hình (nếu có)', type: 'relationship', relationTo: COLLECTIONS.exemplars, admin: { description: 'Chọn để điền sẵn họ tên, giới tính, dân tộc từ hồ sơ.' } },
    {
      type: 'row',
      fields: [
        { name: 'name', label: 'Họ và tên', type: 'text', required: true },
        { name: 'yearOfBirth', label: 'Năm sinh', type: 'number', min: 1930, max: 2015 },
        optionsField('gender', 'Giới tính', GENDERS),
        { name: 'ethnicity', label: 'Dân tộc', type: 'text' },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'position', label: 'Chức vụ, nơi công tác', type: 'text' },
        { name: 'leadership', label: 'Giữ chức vụ lãnh đạo, quản lý', type: 'checkbox', defaultValue: false },
        { name: 'directWorker', label: 'Lao động trực tiếp', type: 'checkbox', defaultValue: false },
      ],
    },
    { name: 'honours', label: 'Danh hiệu, khen thưởng đã nhận', type: 'textarea', admin: { description: 'Ví dụ: Bằng Lao động sáng tạo 2019; Chiến sĩ thi đua cơ sở 2018, 2019.' } },
    {
      type: 'row',
      fields: [
        { name: 'speaking', label: 'Trình bày tham luận', type: 'checkbox', defaultValue: false },
        { name: 'phone', label: 'Điện thoại liên hệ', type: 'text' },
      ],
    },
    { name: 'note', label: 'Ghi chú', type: 'textarea' },
    { name: 'chosenFrom', label: 'Được chọn từ đại biểu', type: 'relationship', relationTo: COLLECTIONS.delegates, admin: { readOnly: true, position: 'sidebar' } },
    { name: 'enteredBy', label: 'Người nhập', type: 'relationship', relationTo: COLLECTIONS.users, admin: { readOnly: true, position: 'sidebar' } },
  ],
}
