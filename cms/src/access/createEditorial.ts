import type { Access } from 'payload'

/**
 * Any signed-in account may start an article or a profile (a contributor's lands in its own unit,
 * see `assignContributorUnit`), never straight into publication: every document starts as a draft
 * and goes through review (issue #3, point 2).
 */
export const createEditorial: Access = ({ req, data }) =>
  Boolean(req.user) && (data as { _status?: unknown } | undefined)?._status !== 'published'
