import type { CollectionAfterChangeHook } from 'payload'
import { afterCommit } from '../../../publishing/afterCommit.ts'
import { withdrawConsent } from '../withdrawConsent.ts'

const pending = new Set<Promise<void>>()

/**
 * Unticking consent (issue #9, point 4) takes the profile and the stories naming the person off the
 * portal and erases the personal fields, after the save commits. Whatever Payload made of the save
 * (an editor's save is a draft version), the withdrawal acts on the live document.
 */
export const withdrawConsentOnChange: CollectionAfterChangeHook = ({ doc, previousDoc, req }) => {
  if (previousDoc?.consentToPublish === true && doc.consentToPublish === false) {
    const by = (req.user as { name?: string } | null)?.name ?? 'Hệ thống'
    const work = afterCommit(req, () => withdrawConsent(req.payload, doc.id, by).then(() => undefined))
    pending.add(work)
    void work.finally(() => pending.delete(work))
  }
  return doc
}

/** Resolves once every withdrawal started so far has finished (tests, shutdown). */
export async function withdrawalsSettled(): Promise<void> {
  while (pending.size > 0) await Promise.all([...pending])
}
