import type { CollectionConfig } from 'payload'
import { COLLECTIONS, ROLES } from '@thidua/content-models'
import { isAdmin } from '../../access/roles.ts'
import { adminOrSelf } from '../../access/adminOrSelf.ts'
import { optionsField } from '../../fields/optionsField.ts'
import { normalizeVietnamese } from '../../hooks/normalizeVietnamese.ts'
import { guardRoleAndUnit } from './hooks/guardRoleAndUnit.ts'
import { makeFirstUserAdmin } from './hooks/makeFirstUserAdmin.ts'

/**
 * Accounts. Payload's defaults let any signed-in user edit any user, so access is explicit here:
 * only an admin changes roles or units (issue #2); the first registered user becomes admin.
 */
export const Users: CollectionConfig = {
  slug: COLLECTIONS.users,
  labels: { singular: 'Người dùng', plural: 'Người dùng' },
  // No per-account lock (anyone could lock the publisher out): logins are throttled per client instead,
  // see security/loginThrottle.ts (issue #9, point 5).
  auth: { maxLoginAttempts: 0, tokenExpiration: 8 * 60 * 60 },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'email', 'role', 'unit'], group: 'Quản trị' },
  access: {
    admin: ({ req }) => Boolean(req.user),
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [guardRoleAndUnit],
    beforeValidate: [normalizeVietnamese],
    beforeChange: [makeFirstUserAdmin],
  },
  fields: [
    { name: 'name', label: 'Họ và tên', type: 'text', required: true },
    optionsField('role', 'Vai trò', ROLES, {
      required: true,
      defaultValue: 'contributor',
      saveToJWT: true,
      admin: { position: 'sidebar' },
    }),
    {
      name: 'unit',
      label: 'Đơn vị',
      type: 'relationship',
      relationTo: COLLECTIONS.units,
      saveToJWT: true,
      admin: {
        position: 'sidebar',
        description: 'Bắt buộc với cộng tác viên: chỉ xem và gửi bài của đơn vị này.',
        condition: (data) => data?.role === 'contributor' || data?.role === 'manager',
      },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        (siblingData?.role === 'contributor' || siblingData?.role === 'manager') && !value ? 'Cộng tác viên và cán bộ thi đua đơn vị phải thuộc một đơn vị.' : true,
    },
  ],
}
