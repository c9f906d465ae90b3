import type { CollectionConfig } from 'payload'
import { COLLECTIONS, EXEMPLAR_KINDS, REGISTRATION_STATUSES, SUBJECT_TYPES } from '@thidua/content-models'
import { isStaff } from '../../access/roles.ts'
import { readOwnUnit, updateOwnUnit } from '../../access/unitAccess.ts'
import { optionsField } from '../../fields/optionsField.ts'
import { assignContributorUnit } from '../../hooks/assignContributorUnit.ts'
import { normalizeVietnamese } from '../../hooks/normalizeVietnamese.ts'
import { stampRegistration } from './hooks/stampRegistration.ts'

/**
 * "Đăng ký xây dựng điển hình" (issue #10, point 2; Sơn La 003, II.4): what a unit will build this
 * year, registered before the deadline (later ones are accepted but marked late), accepted or
 * returned by the council, and linked to the profiles and stories that deliver it.
 */
export const Registrations: CollectionConfig = {
  slug: COLLECTIONS.registrations,
  labels: { singular: 'Đăng ký xây dựng điển hình', plural: 'Đăng ký xây dựng điển hình' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'unit', 'year', 'kind', 'plannedQuarter', 'status', 'late'],
    group: 'Theo dõi thi đua',
    listSearchableFields: ['name', 'description'],
  },
  access: { read: readOwnUnit, create: ({ req }) => Boolean(req.user), update: updateOwnUnit, delete: isStaff },
  hooks: { beforeValidate: [normalizeVietnamese], beforeChange: [assignContributorUnit, stampRegistration] },
  fields: [
    { name: 'name', label: 'Tên điển hình, mô hình, nhân tố mới', type: 'text', required: true, maxLength: 250 },
    {
      type: 'row',
      fields: [
        optionsField('kind', 'Loại', EXEMPLAR_KINDS, { required: true, defaultValue: 'advanced' }),
        optionsField('subjectType', 'Đối tượng', SUBJECT_TYPES, { required: true, defaultValue: 'individual' }),
        {
          name: 'plannedQuarter', label: 'Dự kiến giới thiệu (quý)', type: 'select',
          options: [1, 2, 3, 4].map((q) => ({ label: `Quý ${['I', 'II', 'III', 'IV'][q - 1]}`, value: String(q) })),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'field', label: 'Lĩnh vực', type: 'relationship', relationTo: COLLECTIONS.categories },
        { name: 'movement', label: 'Phong trào thi đua', type: 'relationship', relationTo: COLLECTIONS.movements },
      ],
    },
    { name: 'description', label: 'Mô tả ngắn', type: 'textarea', maxLength: 1000 },
    {
      name: 'deliveredBy',
      label: 'Hồ sơ, bài viết đã thực hiện đăng ký này',
      type: 'relationship',
      relationTo: [COLLECTIONS.exemplars, COLLECTIONS.articles],
      hasMany: true,
      admin: { description: 'Chọn hồ sơ điển hình hoặc bài viết giới thiệu điển hình đã đăng ký.' },
    },
    { name: 'unit', label: 'Đơn vị đăng ký', type: 'relationship', relationTo: COLLECTIONS.units, index: true, admin: { position: 'sidebar' } },
    { name: 'year', label: 'Năm', type: 'number', index: true, admin: { position: 'sidebar', description: 'Mặc định: năm của Kế hoạch năm.' } },
    optionsField('status', 'Tình trạng', REGISTRATION_STATUSES, { defaultValue: 'submitted', required: true, index: true, admin: { position: 'sidebar' } }),
    { name: 'reviewComment', label: 'Ý kiến của Ban Thi đua - Khen thưởng', type: 'textarea', admin: { position: 'sidebar' } },
    { name: 'late', label: 'Đăng ký sau hạn', type: 'checkbox', defaultValue: false, admin: { position: 'sidebar', readOnly: true } },
    { name: 'submittedAt', label: 'Thời điểm đăng ký', type: 'date', admin: { position: 'sidebar', readOnly: true, date: { displayFormat: 'HH:mm dd/MM/yyyy' } } },
  ],
}
