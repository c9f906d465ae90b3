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
  // Trà Vinh's selection runs grassroots unions -> provincial federation: the federation's officer
  // screens its unions' stories before the council (issue #10, point 5).
  { email: 'ldld@thidua.example', name: 'Hà Thị Thi Đua (Liên đoàn Lao động)', role: 'manager', unit: 'Liên đoàn Lao động tỉnh' },
  { email: 'congdoan@thidua.example', name: 'Đỗ Văn Công Đoàn (THPT Hoà An)', role: 'contributor', unit: 'Công đoàn cơ sở Trường THPT Hoà An' },
]

/** DEMO_PASSWORD for scripted demos and tests; otherwise a fresh random password, printed once. */
export function demoPassword(): string {
  return process.env.DEMO_PASSWORD || randomBytes(9).toString('base64url')
}
