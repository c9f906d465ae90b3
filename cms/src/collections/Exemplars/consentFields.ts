import type { Field } from 'payload'
import { CONSENT_METHODS } from '@thidua/content-models'
import { optionsField } from '../../fields/optionsField.ts'

/**
 * Consent to publish (issue #9, point 4), recorded by council staff: whether, how, and (filled by
 * `recordConsent`) who recorded it and when. A contributor sees it but cannot set it. Withdrawing it
 * takes the profile and the stories naming the person off the portal (see `withdrawConsent`).
 */
export function consentFields(): Field[] {
  return [
    {
      name: 'consentToPublish',
      label: 'Điển hình đã đồng ý công bố thông tin',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        position: 'sidebar',
        description: 'Do cán bộ Hội đồng xác nhận. Bắt buộc trước khi xuất bản; bỏ dấu để rút đồng ý (hồ sơ và các bài nêu tên sẽ gỡ khỏi cổng).',
      },
    },
    optionsField('consentMethod', 'Hình thức đồng ý', CONSENT_METHODS, {
      admin: { position: 'sidebar', condition: (data) => data?.consentToPublish === true },
    }),
    { name: 'consentRecordedBy', label: 'Người ghi nhận', type: 'text', admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.consentRecordedBy) } },
    {
      name: 'consentRecordedAt',
      label: 'Thời điểm ghi nhận',
      type: 'date',
      admin: { position: 'sidebar', readOnly: true, date: { displayFormat: 'HH:mm dd/MM/yyyy' }, condition: (data) => Boolean(data?.consentRecordedAt) },
    },
  ]
}
