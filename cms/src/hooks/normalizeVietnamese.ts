import type { CollectionBeforeValidateHook } from 'payload'
import { normalizeTextDeep } from '@thidua/content-models'

/**
 * Stores every text input in NFC, whatever the editor's keyboard or word processor sent (NFD from
 * macOS or pasted text would otherwise break search, slugs and uniqueness).
 */
export const normalizeVietnamese: CollectionBeforeValidateHook = ({ data }) =>
  data ? (normalizeTextDeep(data) as typeof data) : data
