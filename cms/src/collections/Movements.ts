import type { CollectionConfig } from 'payload'
import { COLLECTIONS, MOVEMENT_LEVELS, MOVEMENT_STATUSES } from '@thidua/content-models'
import { anyone, isStaff } from '../access/roles.ts'
import { markdownField } from '../fields/markdownField.ts'
import { optionsField } from '../fields/optionsField.ts'
import { slugField } from '../fields/slugField.ts'
import { normalizeVietnamese } from '../hooks/normalizeVietnamese.ts'
import { requestSiteBuild, requestSiteBuildOnDelete } from '../hooks/requestSiteBuild.ts'

/** Emulation movements (phong trào thi đua) that exemplars and stories belong to. */
export const Movements: CollectionConfig = {
  slug: COLLECTIONS.movements,
  labels: { singular: 'Phong trào thi đua', plural: 'Phong trào thi đua' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'level', 'status', 'startDate'],
    group: 'Danh mục',
    components: { edit: { beforeDocumentControls: ['@/components/SiteLink/SiteLink#SiteLink'] } },
  },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { beforeValidate: [normalizeVietnamese], afterChange: [requestSiteBuild], afterDelete: [requestSiteBuildOnDelete] },
  fields: [
    { name: 'name', label: 'Tên phong trào', type: 'text', required: true },
    { name: 'launchedBy', label: 'Cơ quan phát động', type: 'text' },
    optionsField('level', 'Cấp phát động', MOVEMENT_LEVELS, { defaultValue: 'provincial' }),
    {
      type: 'row',
      fields: [
        { name: 'startDate', label: 'Từ ngày', type: 'date', admin: { date: { displayFormat: 'dd/MM/yyyy' } } },
        { name: 'endDate', label: 'Đến ngày', type: 'date', admin: { date: { displayFormat: 'dd/MM/yyyy' } } },
      ],
    },
    optionsField('status', 'Trạng thái', MOVEMENT_STATUSES, { defaultValue: 'active', required: true }),
    markdownField('description', 'Nội dung phong trào'),
    { name: 'fields', label: 'Lĩnh vực', type: 'relationship', relationTo: COLLECTIONS.categories, hasMany: true },
    slugField('name'),
  ],
}
