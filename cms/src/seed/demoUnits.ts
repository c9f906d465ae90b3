import type { UnitType } from '@thidua/content-models'

/** A fictional province (tỉnh Sơn Hà): its districts, departments, enterprises and grassroots unions. */
export interface DemoUnit {
  name: string
  type: UnitType
  parent?: string
  locality: string
  /** The emulation cluster or bloc (cụm, khối thi đua) it competes in. */
  cluster?: string
}

export const DEMO_UNITS: readonly DemoUnit[] = [
  { name: 'Thành phố Sơn Hà', type: 'district', locality: 'thành phố Sơn Hà', cluster: 'Cụm thi đua các huyện, thị xã, thành phố' },
  { name: 'Huyện Hoà An', type: 'district', locality: 'huyện Hoà An', cluster: 'Cụm thi đua các huyện, thị xã, thành phố' },
  { name: 'Huyện Đắk Lâm', type: 'district', locality: 'huyện Đắk Lâm', cluster: 'Cụm thi đua các huyện, thị xã, thành phố' },
  { name: 'Huyện Thuỷ Nguyên', type: 'district', locality: 'huyện Thuỷ Nguyên', cluster: 'Cụm thi đua các huyện, thị xã, thành phố' },
  { name: 'Thị xã Bảo Yên', type: 'district', locality: 'thị xã Bảo Yên', cluster: 'Cụm thi đua các huyện, thị xã, thành phố' },
  { name: 'Sở Giáo dục và Đào tạo', type: 'department', locality: 'thành phố Sơn Hà', cluster: 'Khối các sở, ban, ngành' },
  { name: 'Sở Y tế', type: 'department', locality: 'thành phố Sơn Hà', cluster: 'Khối các sở, ban, ngành' },
  { name: 'Sở Nông nghiệp và Môi trường', type: 'department', locality: 'thành phố Sơn Hà', cluster: 'Khối các sở, ban, ngành' },
  { name: 'Liên đoàn Lao động tỉnh', type: 'association', locality: 'thành phố Sơn Hà', cluster: 'Khối đoàn thể' },
  { name: 'Công ty Cổ phần Chè Hoà Bình', type: 'enterprise', locality: 'huyện Hoà An', cluster: 'Khối doanh nghiệp' },
  { name: 'Công ty TNHH May Đắk Lâm', type: 'enterprise', locality: 'huyện Đắk Lâm', cluster: 'Khối doanh nghiệp' },
  { name: 'Công đoàn cơ sở Trường THPT Hoà An', type: 'union', parent: 'Liên đoàn Lao động tỉnh', locality: 'huyện Hoà An', cluster: 'Khối đoàn thể' },
  { name: 'Công đoàn Bệnh viện Đa khoa tỉnh', type: 'union', parent: 'Liên đoàn Lao động tỉnh', locality: 'thành phố Sơn Hà', cluster: 'Khối đoàn thể' },
  { name: 'Xã Tân Hoà', type: 'commune', parent: 'Huyện Hoà An', locality: 'xã Tân Hoà, huyện Hoà An', cluster: 'Cụm thi đua các huyện, thị xã, thành phố' },
]
