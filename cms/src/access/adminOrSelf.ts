import type { Access } from 'payload'
import { roleOf } from './roles.ts'

/** Admins see and edit every account; everyone else only their own. */
export const adminOrSelf: Access = ({ req }) => {
  if (!req.user) return false
  if (roleOf(req) === 'admin') return true
  return { id: { equals: req.user.id } }
}
