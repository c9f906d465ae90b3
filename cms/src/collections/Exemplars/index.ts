import { editorialEditComponents } from '../../fields/editorialEditComponents.ts'
import type { CollectionConfig } from 'payload'
import { AWARD_SUGGESTIONS, COLLECTIONS, EXEMPLAR_KINDS, GENDERS, SUBJECT_TYPES } from '@thidua/content-models'
import { consentFields } from './consentFields.ts'
import { deleteEditorial, readEditorial, readEditorialVersions, updateEditorial } from '../../access/editorialAccess.ts'
import { guardDraftDeletion } from '../../hooks/guardDraftDeletion.ts'
import { createEditorial } from '../../access/createEditorial.ts'
import { transitionEndpoint } from '../../endpoints/transitionEndpoint.ts'
import { editorialSidebar } from '../../fields/editorialSidebar.ts'
import { workflowFields } from '../../fields/workflowFields.ts'
import { applyWorkflowTransition } from '../../hooks/applyWorkflowTransition.ts'
import { guardPublication } from '../../hooks/guardPublication.ts'
import { notifyWorkflowChange } from '../../hooks/notifyWorkflowChange.ts'
import { scheduleUnpublish } from '../../hooks/scheduleUnpublish.ts'
import { guidField } from '../../fields/guidField.ts'
import { markdownField } from '../../fields/markdownField.ts'
import { optionsField } from '../../fields/optionsField.ts'
import { slugField } from '../../fields/slugField.ts'
import { assignContributorUnit } from '../../hooks/assignContributorUnit.ts'
import { assignGuid } from '../../hooks/assignGuid.ts'
import { normalizeVietnamese } from '../../hooks/normalizeVietnamese.ts'
import { stampPublishedAt } from '../../hooks/stampPublishedAt.ts'
import { requireConsentToPublish } from './hooks/requireConsentToPublish.ts'
import { recordConsent } from './hooks/recordConsent.ts'
import { withdrawConsentOnChange } from './hooks/withdrawConsentOnChange.ts'
import { personalDataEndpoint } from './personalDataEndpoint.ts'
import { refreshUploadVisibility, refreshUploadVisibilityOnDelete } from '../../hooks/refreshUploadVisibility.ts'
import { requestSiteBuild, requestSiteBuildOnDelete } from '../../hooks/requestSiteBuild.ts'

/** Exemplar profiles (điển hình): individuals, collectives and households the council publicises. */
export const Exemplars: CollectionConfig = {
  slug: COLLECTIONS.exemplars,
  labels: { singular: 'Điển hình', plural: 'Điển hình' },
  // Anonymous lists filter on _status and sort by date (see Articles).
  indexes: [{ fields: ['_status', 'publishedAt'] }, { fields: ['_status', 'createdAt'] }],
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'subjectType', 'unit', 'workflowState', '_status', 'updatedAt'],
    listSearchableFields: ['name', 'modelName', 'locality'],
    group: 'Nội dung',
    components: editorialEditComponents(),
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  access: {
    read: readEditorial,
    readVersions: readEditorialVersions,
    create: createEditorial,
    update: updateEditorial,
    delete: deleteEditorial,
  },
  hooks: {
    beforeOperation: [guardPublication],
    beforeValidate: [normalizeVietnamese],
    // applyWorkflowTransition last, so a refusal by an earlier hook never leaves a recorded step.
    beforeChange: [assignContributorUnit, recordConsent, requireConsentToPublish, assignGuid, stampPublishedAt, applyWorkflowTransition],
    afterChange: [notifyWorkflowChange, scheduleUnpublish, refreshUploadVisibility, withdrawConsentOnChange, requestSiteBuild],
    beforeDelete: [guardDraftDeletion],
    afterDelete: [refreshUploadVisibilityOnDelete, requestSiteBuildOnDelete],
  },
  endpoints: [transitionEndpoint('exemplars'), personalDataEndpoint],
  fields: [
    { name: 'name', label: 'Tên điển hình (cá nhân, tập thể, hộ gia đình)', type: 'text', required: true },
    // First of the sidebar fields, so the review panel tops the sidebar.
    ...workflowFields(),
    {
      type: 'row',
      fields: [
        optionsField('subjectType', 'Đối tượng', SUBJECT_TYPES, { required: true, defaultValue: 'individual' }),
        optionsField('kind', 'Loại điển hình', EXEMPLAR_KINDS, { required: true, defaultValue: 'advanced' }),
      ],
    },
    {
      name: 'modelName',
      label: 'Tên mô hình',
      type: 'text',
      admin: { condition: (data) => data?.kind === 'new-model', description: 'Với mô hình mới: tên của mô hình.' },
    },
    { name: 'locality', label: 'Địa phương', type: 'text', admin: { description: 'Xã/phường, huyện/thành phố.' } },
    {
      type: 'row',
      fields: [
        { name: 'field', label: 'Lĩnh vực', type: 'relationship', relationTo: COLLECTIONS.categories },
        { name: 'movements', label: 'Phong trào thi đua', type: 'relationship', relationTo: COLLECTIONS.movements, hasMany: true },
      ],
    },
    { name: 'summary', label: 'Tóm tắt', type: 'textarea', maxLength: 400, admin: { description: 'Một, hai câu giới thiệu (tối đa 400 ký tự).' } },
    markdownField('achievements', 'Thành tích'),
    markdownField('initiatives', 'Sáng kiến, kinh nghiệm, cách làm hay'),
    {
      name: 'awards',
      label: 'Danh hiệu, hình thức khen thưởng',
      labels: { singular: 'Khen thưởng', plural: 'Khen thưởng' },
      type: 'array',
      admin: { description: `Ví dụ: ${AWARD_SUGGESTIONS.slice(0, 5).join('; ')}.` },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'title', label: 'Danh hiệu / hình thức', type: 'text', required: true },
            { name: 'year', label: 'Năm', type: 'number', min: 1945, max: 2100 },
            { name: 'issuer', label: 'Cấp khen', type: 'text' },
          ],
        },
      ],
    },
    { name: 'portrait', label: 'Ảnh chân dung / ảnh đại diện', type: 'upload', relationTo: COLLECTIONS.media },
    { name: 'photos', label: 'Ảnh hoạt động', type: 'upload', relationTo: COLLECTIONS.media, hasMany: true },
    {
      type: 'collapsible',
      label: 'Thông tin cơ cấu (dữ liệu cá nhân, chỉ cán bộ Hội đồng xem)',
      admin: { initCollapsed: true },
      fields: [
        {
          type: 'row',
          fields: [
            optionsField('gender', 'Giới tính', GENDERS, { admin: { condition: (d) => d?.subjectType === 'individual' } }),
            { name: 'ethnicity', label: 'Dân tộc', type: 'text', admin: { condition: (d) => d?.subjectType === 'individual' } },
            {
              name: 'directWorker',
              label: 'Trực tiếp lao động (không giữ chức vụ lãnh đạo)',
              type: 'checkbox',
              admin: { condition: (d) => d?.subjectType === 'individual' },
            },
          ],
        },
      ],
    },
    {
      name: 'contact',
      label: 'Thông tin liên hệ (không công khai)',
      type: 'group',
      admin: { description: 'Chỉ cán bộ Hội đồng xem được. Không bao giờ xuất hiện trên cổng thông tin hay bản tin.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'phone', label: 'Điện thoại', type: 'text' },
            { name: 'email', label: 'Email', type: 'email' },
            { name: 'dateOfBirth', label: 'Ngày sinh', type: 'date', admin: { date: { displayFormat: 'dd/MM/yyyy' } } },
          ],
        },
        { name: 'address', label: 'Địa chỉ', type: 'text' },
      ],
    },
    ...consentFields(),
    guidField(),
    slugField('name'),
    ...editorialSidebar('Đơn vị đề xuất'),
  ],
}
