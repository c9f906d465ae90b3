import type { CollectionBeforeChangeHook } from 'payload'

/**
 * Payload's first-register endpoint takes `role` from the request body; whatever it says, the first
 * account of an empty database is the administrator, and no later account becomes one this way.
 */
export const makeFirstUserAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  if (totalDocs === 0) return { ...data, role: 'admin', unit: null }
  return data
}
