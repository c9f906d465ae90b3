import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { CONFERENCE_AGENDA, COLLECTIONS, EVENT_AWARD_FORMS, EVENT_DURATIONS, EVENT_LEVELS, EVENT_STATUSES, EVENT_TYPES, SUBJECT_TYPES, defaultAgenda } from '@thidua/content-models'
import { editorialEditComponents } from '../../fields/editorialEditComponents.ts'
import { deleteEditorial, readEditorialVersions, updateEditorial } from '../../access/editorialAccess.ts'
import { readEvents } from '../../access/eventAccess.ts'
import { createEditorial } from '../../access/createEditorial.ts'
import { guardDraftDeletion } from '../../hooks/guardDraftDeletion.ts'
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
import { refreshUploadVisibility, refreshUploadVisibilityOnDelete } from '../../hooks/refreshUploadVisibility.ts'
import { requestSiteBuild, requestSiteBuildOnDelete } from '../../hooks/requestSiteBuild.ts'
import { eventEndpoints } from './eventEndpoints.ts'

/** A talk starts with the talk programme rather than the conference one. */
const fillAgenda: CollectionBeforeChangeHook = ({ data, operation }) => {
  if (operation !== 'create') return data
  const agenda = data.agenda as unknown[] | undefined
  const isDefault = Array.isArray(agenda) && agenda.length === CONFERENCE_AGENDA.length && (agenda[0] as { item?: string })?.item === CONFERENCE_AGENDA[0]!.item
  if (!agenda?.length || (isDefault && data.eventType === 'talk-exchange')) return { ...data, agenda: defaultAgenda(data.eventType as string) }
  return data
}

/**
 * Events ("Sự kiện", issue #11): honouring conferences level by level, worker conferences, talks
 * and exchanges, emulation congresses. What reaches the portal goes through the same review as
 * articles; allocations, targets and deadlines stay with the organisers.
 */
export const Events: CollectionConfig = {
  slug: COLLECTIONS.events,
  labels: { singular: 'Sự kiện', plural: 'Sự kiện' },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'eventType', 'level', 'startsAt', 'eventStatus', 'workflowState', '_status'],
    listSearchableFields: ['title', 'place'],
    group: 'Hội nghị, sự kiện',
    components: editorialEditComponents(),
  },
  defaultSort: '-startsAt',
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  access: { read: readEvents, readVersions: readEditorialVersions, create: createEditorial, update: updateEditorial, delete: deleteEditorial },
  hooks: {
    beforeOperation: [guardPublication],
    beforeValidate: [normalizeVietnamese],
    beforeChange: [assignContributorUnit, fillAgenda, assignGuid, stampPublishedAt, applyWorkflowTransition],
    afterChange: [notifyWorkflowChange, scheduleUnpublish, refreshUploadVisibility, requestSiteBuild],
    beforeDelete: [guardDraftDeletion],
    afterDelete: [refreshUploadVisibilityOnDelete, requestSiteBuildOnDelete],
  },
  endpoints: [transitionEndpoint('events'), ...eventEndpoints],
  fields: [
    { name: 'title', label: 'Tên sự kiện', type: 'text', required: true, maxLength: 250 },
    ...workflowFields(),
    {
      type: 'row',
      fields: [
        optionsField('eventType', 'Loại sự kiện', EVENT_TYPES, { required: true, defaultValue: 'honouring-conference' }),
        optionsField('level', 'Cấp tổ chức', EVENT_LEVELS, { required: true, defaultValue: 'province' }),
        { name: 'levelOther', label: 'Cấp khác (ghi rõ)', type: 'text', admin: { condition: (d) => d?.level === 'other' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'startsAt', label: 'Thời gian', type: 'date', required: true, index: true, admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'HH:mm dd/MM/yyyy' } } },
        optionsField('duration', 'Thời lượng', EVENT_DURATIONS, { required: true, defaultValue: 'morning' }),
        optionsField('eventStatus', 'Tình trạng', EVENT_STATUSES, { required: true, defaultValue: 'planned', index: true }),
      ],
    },
    { name: 'place', label: 'Địa điểm', type: 'text' },
    {
      name: 'parent',
      label: 'Sự kiện cấp trên (nơi gửi đại biểu)',
      type: 'relationship',
      relationTo: COLLECTIONS.events,
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    { name: 'summary', label: 'Giới thiệu ngắn', type: 'textarea', maxLength: 600 },
    markdownField('body', 'Nội dung, kết quả sự kiện'),
    {
      name: 'agenda',
      label: 'Chương trình',
      labels: { singular: 'Mục', plural: 'Mục chương trình' },
      type: 'array',
      defaultValue: CONFERENCE_AGENDA.map((item) => ({ ...item })),
      admin: { description: 'Điền sẵn theo Kế hoạch tỉnh Lạng Sơn; sửa, thêm, bớt, kéo để đổi thứ tự. Tải DOCX ở bảng bên dưới.' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'time', label: 'Giờ', type: 'text', admin: { width: '15%' } },
            { name: 'item', label: 'Nội dung', type: 'text', required: true, admin: { width: '55%' } },
            { name: 'speaker', label: 'Người thực hiện', type: 'text', admin: { width: '30%' } },
          ],
        },
      ],
    },
    {
      type: 'collapsible',
      label: 'Đại biểu và hồ sơ (Ban Tổ chức)',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'dossierDeadline', label: 'Hạn gửi hồ sơ, danh sách đại biểu', type: 'date', admin: { date: { displayFormat: 'dd/MM/yyyy' } } },
            { name: 'expectedDelegates', label: 'Tổng số đại biểu dự kiến', type: 'number', min: 0 },
          ],
        },
        {
          name: 'targets',
          label: 'Cơ cấu đại biểu (tỷ lệ tối thiểu, %)',
          type: 'group',
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'women', label: 'Nữ', type: 'number', min: 0, max: 100 },
                { name: 'ethnicMinority', label: 'Dân tộc thiểu số', type: 'number', min: 0, max: 100 },
                { name: 'directWorkers', label: 'Lao động trực tiếp, không giữ chức vụ', type: 'number', min: 0, max: 100 },
              ],
            },
          ],
        },
        {
          name: 'allocations',
          label: 'Phân bổ đại biểu theo đơn vị',
          labels: { singular: 'Đơn vị', plural: 'Đơn vị được mời' },
          type: 'array',
          fields: [
            {
              type: 'row',
              fields: [
                { name: 'unit', label: 'Đơn vị', type: 'relationship', relationTo: COLLECTIONS.units, required: true },
                { name: 'seats', label: 'Số đại biểu', type: 'number', min: 0, required: true },
              ],
            },
          ],
        },
        { name: 'eventPanel', type: 'ui', admin: { components: { Field: '@/components/EventPanel/EventPanel#EventPanel' } } },
      ],
    },
    {
      type: 'collapsible',
      label: 'Điển hình được biểu dương, khen thưởng, ảnh',
      fields: [
        { name: 'honoured', label: 'Điển hình được biểu dương', type: 'relationship', relationTo: COLLECTIONS.exemplars, hasMany: true },
        {
          name: 'awards',
          label: 'Khen thưởng tại sự kiện',
          labels: { singular: 'Khen thưởng', plural: 'Khen thưởng' },
          type: 'array',
          fields: [
            {
              type: 'row',
              fields: [
                optionsField('form', 'Hình thức', EVENT_AWARD_FORMS, { required: true, defaultValue: 'giay-khen' }),
                { name: 'title', label: 'Tên khen thưởng', type: 'text', admin: { description: 'Ví dụ: Bằng khen của Ban Chấp hành LĐLĐ tỉnh.' } },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'decisionNumber', label: 'Số quyết định', type: 'text' },
                { name: 'decisionDate', label: 'Ngày quyết định', type: 'date', admin: { date: { displayFormat: 'dd/MM/yyyy' } } },
                { name: 'issuer', label: 'Cấp khen', type: 'text' },
              ],
            },
            {
              type: 'row',
              fields: [
                { name: 'exemplar', label: 'Người/tập thể nhận (hồ sơ điển hình)', type: 'relationship', relationTo: COLLECTIONS.exemplars },
                { name: 'recipientName', label: 'Hoặc tên người/tập thể nhận', type: 'text' },
                optionsField('recipientType', 'Đối tượng', SUBJECT_TYPES, { defaultValue: 'individual' }),
                { name: 'recipientUnit', label: 'Đơn vị', type: 'relationship', relationTo: COLLECTIONS.units },
              ],
            },
          ],
        },
        { name: 'photos', label: 'Ảnh sự kiện', type: 'upload', relationTo: COLLECTIONS.media, hasMany: true },
      ],
    },
    guidField(),
    slugField('title'),
    ...editorialSidebar('Đơn vị tổ chức'),
  ],
}
