import type { CollectionConfig } from 'payload'
import { COLLECTIONS, QUOTA_PERIODS, UNIT_TYPES, defaultQuotaFor, type UnitType } from '@thidua/content-models'
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
    defaultColumns: ['name', 'type', 'parent', 'quota'],
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
    optionsField('quota', 'Chỉ tiêu giới thiệu điển hình', QUOTA_PERIODS, {
      admin: {
        description:
          'Kế hoạch tỉnh Lào Cai: huyện, thành phố tối thiểu 1 điển hình/tháng; sở, ban, ngành, doanh nghiệp 1 điển hình/quý. Để trống để áp dụng theo loại đơn vị.',
      },
      hooks: {
        beforeChange: [({ value, siblingData }) => value || defaultQuotaFor(siblingData?.type as UnitType)],
      },
    }),
    { name: 'description', label: 'Giới thiệu', type: 'textarea' },
    slugField('name'),
  ],
}
