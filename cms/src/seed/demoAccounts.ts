import { randomBytes } from 'node:crypto'
import type { Role } from '@thidua/content-models'

export interface DemoAccount {
  email: string
  name: string
  role: Role
  unit?: string
}

/** One account per role, plus a second unit's contributor to show unit isolation. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'quantri@thidua.example', name: 'Nguyễn Thị Quản Trị', role: 'admin' },
  { email: 'bientap@thidua.example', name: 'Trần Văn Biên Tập', role: 'editor' },
  { email: 'hoaan@thidua.example', name: 'Lê Thị Cộng Tác (Hoà An)', role: 'contributor', unit: 'Huyện Hoà An' },
  { email: 'daklam@thidua.example', name: 'Y Bih Cộng Tác (Đắk Lâm)', role: 'contributor', unit: 'Huyện Đắk Lâm' },
]

/** DEMO_PASSWORD for scripted demos and tests; otherwise a fresh random password, printed once. */
export function demoPassword(): string {
  return process.env.DEMO_PASSWORD || randomBytes(9).toString('base64url')
}
