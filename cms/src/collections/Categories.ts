import type { CollectionConfig } from 'payload'
import { COLLECTIONS } from '@thidua/content-models'
import { anyone, isStaff } from '../access/roles.ts'
import { slugField } from '../fields/slugField.ts'
import { normalizeVietnamese } from '../hooks/normalizeVietnamese.ts'
import { requestSiteBuild, requestSiteBuildOnDelete } from '../hooks/requestSiteBuild.ts'

/** Fields of work / model categories (lĩnh vực), hierarchical, seeded from the Lào Cai and Sơn La plans. */
export const Categories: CollectionConfig = {
  slug: COLLECTIONS.categories,
  labels: { singular: 'Lĩnh vực', plural: 'Lĩnh vực' },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'parent', 'order'],
    group: 'Danh mục',
    components: { edit: { beforeDocumentControls: ['@/components/SiteLink/SiteLink#SiteLink'] } },
  },
  defaultSort: 'order',
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  hooks: { beforeValidate: [normalizeVietnamese], afterChange: [requestSiteBuild], afterDelete: [requestSiteBuildOnDelete] },
  fields: [
    { name: 'name', label: 'Tên lĩnh vực', type: 'text', required: true },
    {
      name: 'parent',
      label: 'Thuộc lĩnh vực',
      type: 'relationship',
      relationTo: COLLECTIONS.categories,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    { name: 'description', label: 'Mô tả', type: 'textarea' },
    { name: 'order', label: 'Thứ tự hiển thị', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
    slugField('name'),
  ],
}
