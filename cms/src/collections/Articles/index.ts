import { editorialEditComponents } from '../../fields/editorialEditComponents.ts'
import type { CollectionConfig } from 'payload'
import { COLLECTIONS } from '@thidua/content-models'
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
import { slugField } from '../../fields/slugField.ts'
import { assignContributorUnit } from '../../hooks/assignContributorUnit.ts'
import { normalizeVietnamese } from '../../hooks/normalizeVietnamese.ts'
import { stampPublishedAt } from '../../hooks/stampPublishedAt.ts'
import { assignGuid } from '../../hooks/assignGuid.ts'
import { refreshUploadVisibility, refreshUploadVisibilityOnDelete } from '../../hooks/refreshUploadVisibility.ts'
import { requestSiteBuild, requestSiteBuildOnDelete } from '../../hooks/requestSiteBuild.ts'

/** Articles (bài viết) about exemplars and movements, republished by the press through the feeds. */
export const Articles: CollectionConfig = {
  slug: COLLECTIONS.articles,
  labels: { singular: 'Bài viết', plural: 'Bài viết' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'unit', 'field', 'workflowState', '_status', 'publishedAt', 'updatedAt'],
    listSearchableFields: ['title', 'summary', 'byline'],
    group: 'Nội dung',
    components: editorialEditComponents(),
  },
  defaultSort: '-publishedAt',
  // The anonymous list (the portal, press integrators) filters on _status and sorts by publishedAt:
  // without this index SQLite picks the _status index (nearly every row matches), sorts all of them
  // and takes 400 ms at 10,000 articles instead of 15 ms (issue #14, point 5).
  indexes: [{ fields: ['_status', 'publishedAt'] }],
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
    beforeChange: [assignContributorUnit, assignGuid, stampPublishedAt, applyWorkflowTransition],
    afterChange: [notifyWorkflowChange, scheduleUnpublish, refreshUploadVisibility, requestSiteBuild],
    beforeDelete: [guardDraftDeletion],
    afterDelete: [refreshUploadVisibilityOnDelete, requestSiteBuildOnDelete],
  },
  endpoints: [transitionEndpoint('articles')],
  fields: [
    { name: 'title', label: 'Tiêu đề', type: 'text', required: true, maxLength: 250 },
    // First of the sidebar fields, so the review panel tops the sidebar.
    ...workflowFields(),
    {
      name: 'summary',
      label: 'Sapô (tóm tắt)',
      type: 'textarea',
      maxLength: 600,
      admin: { description: 'Đoạn mở đầu in đậm, 1-3 câu; dùng làm mô tả khi chia sẻ và trong bản tin báo chí.' },
    },
    markdownField('body', 'Nội dung bài viết'),
    {
      type: 'collapsible',
      label: 'Ảnh',
      fields: [
        { name: 'heroImage', label: 'Ảnh đại diện', type: 'upload', relationTo: COLLECTIONS.media },
        {
          type: 'row',
          fields: [
            { name: 'heroCaption', label: 'Chú thích ảnh (nếu khác thư viện)', type: 'text' },
            { name: 'heroCredit', label: 'Tác giả ảnh (nếu khác thư viện)', type: 'text' },
          ],
        },
        { name: 'gallery', label: 'Album ảnh', type: 'upload', relationTo: COLLECTIONS.media, hasMany: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'byline', label: 'Tác giả (bút danh)', type: 'text' },
        { name: 'field', label: 'Lĩnh vực', type: 'relationship', relationTo: COLLECTIONS.categories },
      ],
    },
    { name: 'exemplars', label: 'Điển hình liên quan', type: 'relationship', relationTo: COLLECTIONS.exemplars, hasMany: true },
    { name: 'movements', label: 'Phong trào thi đua', type: 'relationship', relationTo: COLLECTIONS.movements, hasMany: true },
    { name: 'events', label: 'Sự kiện liên quan (hội nghị, tọa đàm)', type: 'relationship', relationTo: COLLECTIONS.events, hasMany: true },
    { name: 'tags', label: 'Từ khoá', type: 'text', hasMany: true, admin: { description: 'Nhấn Enter sau mỗi từ khoá.' } },
    {
      type: 'collapsible',
      label: 'Phát thanh và báo chí',
      admin: { initCollapsed: true },
      fields: [
        { name: 'audio', label: 'Tệp âm thanh (phát thanh)', type: 'upload', relationTo: COLLECTIONS.audio },
        {
          name: 'broadcastScript',
          label: 'Kịch bản đọc trên sóng',
          type: 'textarea',
          admin: { description: 'Văn bản thuần để phát thanh viên, đài truyền thanh cơ sở đọc nguyên văn.' },
        },
        {
          name: 'rightsNote',
          label: 'Ghi chú bản quyền, điều kiện sử dụng lại',
          type: 'textarea',
          admin: { description: 'Ví dụ: “Các cơ quan báo chí được đăng lại, ghi rõ nguồn Cổng thông tin Hội đồng TĐKT tỉnh.”' },
        },
      ],
    },
    guidField(),
    slugField('title'),
    ...editorialSidebar('Đơn vị gửi bài'),
  ],
}
