import type { Field } from 'payload'
import { ROLES, WORKFLOW_STATES } from '@thidua/content-models'

/**
 * The review workflow's fields (issue #3, points 2-4). Nobody writes `reviewHistory` directly:
 * field access drops whatever a request sends and the `applyWorkflowTransition` hook appends to
 * it. None of these is public (not in PUBLIC_FIELDS): anonymous callers can neither read nor
 * query them, and another unit's contributor never reads the document at all.
 */
export function workflowFields(): Field[] {
  return [
    {
      name: 'workflowState',
      label: 'Trạng thái duyệt',
      type: 'select',
      options: WORKFLOW_STATES.map((s) => ({ label: s.label, value: s.value })),
      defaultValue: 'draft',
      index: true,
      admin: {
        position: 'sidebar',
        components: { Field: '@/components/WorkflowPanel/WorkflowPanel#WorkflowPanel' },
      },
    },
    {
      // A request's comment on the step it asks for; moved into the history, never stored here.
      name: 'reviewNote',
      label: 'Nhận xét kèm thao tác',
      type: 'textarea',
      virtual: true,
      admin: { hidden: true },
    },
    {
      name: 'unpublishAt',
      label: 'Tự động gỡ xuống lúc',
      type: 'date',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime', displayFormat: 'HH:mm dd/MM/yyyy' },
        description: 'Không bắt buộc. Khi xuất bản, bài sẽ được hẹn tự gỡ xuống vào thời điểm này.',
      },
    },
    {
      name: 'reviewHistory',
      label: 'Lịch sử duyệt',
      labels: { singular: 'Bước duyệt', plural: 'Lịch sử duyệt' },
      type: 'array',
      // Shown by the workflow panel in the sidebar instead.
      admin: { hidden: true },
      fields: [
        { name: 'fromState', type: 'select', options: WORKFLOW_STATES.map((s) => ({ label: s.label, value: s.value })) },
        { name: 'toState', type: 'select', required: true, options: WORKFLOW_STATES.map((s) => ({ label: s.label, value: s.value })) },
        { name: 'comment', type: 'textarea' },
        { name: 'actorId', type: 'text' },
        { name: 'actorName', type: 'text' },
        { name: 'actorRole', type: 'select', options: ROLES.map((r) => ({ label: r.label, value: r.value })) },
        { name: 'at', type: 'date', required: true },
      ],
    },
  ]
}
