import type { CollectionBeforeChangeHook } from 'payload'
import { actorOf, refuse } from '../../../hooks/workflowContext.ts'

/**
 * Consent is recorded with who and when (issue #9, point 4): a change of `consentToPublish` stamps
 * the person who made it and the time; giving consent needs the way it was given. (Only staff can
 * change it at all: field access from the publication policy.)
 */
export const recordConsent: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (typeof data.consentToPublish !== 'boolean' || data.consentToPublish === Boolean(originalDoc?.consentToPublish)) return data
  const actor = actorOf(req)
  const method = data.consentMethod ?? originalDoc?.consentMethod
  if (data.consentToPublish && actor && !method) {
    refuse('Cần chọn hình thức đồng ý (văn bản, thư điện tử, trực tiếp có biên bản hoặc qua đơn vị) trước khi ghi nhận đồng ý công bố.')
  }
  return {
    ...data,
    consentMethod: data.consentToPublish ? (method ?? 'written') : method,
    consentRecordedBy: actor ? (actor.name ?? actor.email ?? String(actor.id)) : 'Hệ thống',
    consentRecordedAt: new Date().toISOString(),
  }
}
