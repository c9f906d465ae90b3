import { ValidationError, type CollectionBeforeChangeHook } from 'payload'

/** A profile is only published with the person's (or collective's) consent on record. */
export const requireConsentToPublish: CollectionBeforeChangeHook = ({ data, originalDoc, req, collection }) => {
  if (data._status !== 'published') return data
  const consent = data.consentToPublish ?? originalDoc?.consentToPublish
  if (consent !== true) {
    throw new ValidationError({
      collection: collection.slug,
      errors: [
        {
          path: 'consentToPublish',
          message: 'Chưa thể xuất bản: cần xác nhận điển hình đã đồng ý công bố thông tin.',
        },
      ],
      req,
    })
  }
  return data
}
