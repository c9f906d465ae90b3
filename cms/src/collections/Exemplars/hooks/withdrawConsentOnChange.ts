import type { CollectionAfterChangeHook } from 'payload'
import { afterCommit } from '../../../publishing/afterCommit.ts'
import { withdrawConsent } from '../withdrawConsent.ts'

/**
 * Unticking consent (issue #9, point 4) takes the profile and the stories naming the person off the
 * portal and erases the personal fields, after the save commits. Whatever Payload made of the save
 * (an editor's save is a draft version), the withdrawal acts on the live document.
 */
export const withdrawConsentOnChange: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
  if (previousDoc?.consentToPublish === true && doc.consentToPublish === false) {
    const by = (req.user as { name?: string } | null)?.name ?? 'Hệ thống'
    afterCommit(req, () => withdrawConsent(req.payload, doc.id, by).then(() => undefined))
  }
  return doc
}
