import type { CollectionConfig } from 'payload'
import { COLLECTIONS, QUOTA_PERIODS, UNIT_TYPES } from '@thidua/content-models'
import { anyone, isStaff } from '../access/roles.ts'
import { slugField } from '../fields/slugField.ts'
import { optionsField } from '../fields/optionsField.ts'
import { normalizeVietnamese } from '../hooks/normalizeVietnamese.ts'
import { requestSiteBuild, requestSiteBuildOnDelete } from '../hooks/requestSiteBuild.ts'

/** Districts, departments, enterprises and grassroots unions that propose exemplars. Hierarchical. */
export const Units: CollectionConfig = {
  slug: COLLECTIONS.units,
  labels: { singular: 'Đơn vị', plural: 'Đơn vị' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'parent', 'cluster', 'quota'],
    group: 'Danh mục',
    description: 'Huyện, sở, ngành, doanh nghiệp, công đoàn cơ sở giới thiệu điển hình.',
    components: { edit: { beforeDocumentControls: ['@/components/SiteLink/SiteLink#SiteLink'] } },
  },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { beforeValidate: [normalizeVietnamese], afterChange: [requestSiteBuild], afterDelete: [requestSiteBuildOnDelete] },
  fields: [
    { name: 'name', label: 'Tên đơn vị', type: 'text', required: true },
    optionsField('type', 'Loại đơn vị', UNIT_TYPES, { required: true, defaultValue: 'district' }),
    {
      name: 'parent',
      label: 'Đơn vị cấp trên',
      type: 'relationship',
      relationTo: COLLECTIONS.units,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    {
      name: 'cluster',
      label: 'Cụm, khối thi đua',
      type: 'text',
      index: true,
      admin: { description: 'Ví dụ: “Cụm thi đua các huyện, thị xã, thành phố”, “Khối các sở, ban, ngành”.' },
    },
    {
      type: 'row',
      fields: [
        optionsField('quota', 'Chỉ tiêu riêng của đơn vị', QUOTA_PERIODS, {
          admin: {
            description: 'Để trống để theo Kế hoạch năm (huyện, xã: 1 điển hình/tháng; sở, ngành, doanh nghiệp: 1 điển hình/quý — Kế hoạch tỉnh Lào Cai).',
          },
        }),
        { name: 'quotaMinimum', label: 'Số điển hình tối thiểu mỗi kỳ', type: 'number', min: 1, max: 20, admin: { description: 'Để trống: theo Kế hoạch năm.' } },
      ],
    },
    { name: 'description', label: 'Giới thiệu', type: 'textarea' },
    slugField('name'),
  ],
}
