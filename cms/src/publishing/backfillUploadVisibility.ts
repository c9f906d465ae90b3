import { createLocalReq, type Payload } from 'payload'
import { COLLECTIONS } from '@thidua/content-models'
import { refreshOne } from '../hooks/refreshUploadVisibility.ts'

/**
 * Uploads saved before `publicUse` existed have it unset: decide each once, at start-up, so files
 * of drafts stop being public on an upgraded database (issue #9, point 2). New uploads start false.
 */
export async function backfillUploadVisibility(payload: Payload): Promise<number> {
  const req = await createLocalReq({}, payload)
  let done = 0
  for (const target of [COLLECTIONS.media, COLLECTIONS.audio] as const) {
    for (;;) {
      const { docs } = await payload.find({ collection: target, where: { publicUse: { exists: false } }, limit: 200, depth: 0, overrideAccess: true })
      if (!docs.length) break
      for (const upload of docs) await refreshOne(req, target, { ...(upload as object), publicUse: null } as never)
      done += docs.length
    }
  }
  if (done) payload.logger.info(`Decided which of ${done} earlier uploads are public (used by a published article or profile).`)
  return done
}
