import type { GlobalAfterChangeHook, GlobalConfig } from 'payload'
import { GLOBALS } from '@thidua/content-models'
import { anyone, isStaff } from '../access/roles.ts'
import { requestSiteBuildForGlobal } from '../hooks/requestSiteBuild.ts'

const rebuild: GlobalAfterChangeHook = (args) => requestSiteBuildForGlobal(args)

/**
 * "Thông tin cổng" (issue #13, point 3): the managing agency, its address, phone, e-mail, the person
 * responsible and the licence that Nghị định 42/2022/NĐ-CP asks a state portal to show, and social
 * links. The portal's footer and about page and the admin's login page and header read it.
 */
export const PortalInfo: GlobalConfig = {
  slug: GLOBALS.portalInfo,
  label: 'Thông tin cổng',
  admin: { group: 'Quản trị', description: 'Hiện ở chân trang, trang Giới thiệu của cổng và trang đăng nhập quản trị (Nghị định 42/2022/NĐ-CP).' },
  access: { read: anyone, update: isStaff },
  hooks: { afterChange: [rebuild] },
  fields: [
    { name: 'councilName', label: 'Tên đơn vị quản lý cổng', type: 'text', required: true, defaultValue: 'Hội đồng Thi đua - Khen thưởng tỉnh Sơn Hà' },
    { name: 'agency', label: 'Cơ quan chủ quản', type: 'text', defaultValue: 'Uỷ ban nhân dân tỉnh Sơn Hà' },
    { name: 'address', label: 'Địa chỉ', type: 'text', defaultValue: 'Số 1 đường Trần Hưng Đạo, thành phố Sơn Hà, tỉnh Sơn Hà' },
    {
      type: 'row',
      fields: [
        { name: 'phone', label: 'Điện thoại', type: 'text', defaultValue: '0210 3 852 000' },
        { name: 'email', label: 'Thư điện tử', type: 'email', defaultValue: 'thiduakhenthuong@sonha.gov.example' },
      ],
    },
    { name: 'responsiblePerson', label: 'Người chịu trách nhiệm nội dung', type: 'text', defaultValue: 'Trưởng ban Thi đua - Khen thưởng tỉnh' },
    { name: 'licence', label: 'Giấy phép', type: 'text', admin: { description: 'Ví dụ: “Giấy phép số 12/GP-TTĐT ngày 15/3/2026 của Sở Văn hoá, Thể thao và Du lịch”.' } },
    {
      name: 'socialLinks',
      label: 'Mạng xã hội',
      labels: { singular: 'Liên kết', plural: 'Liên kết' },
      type: 'array',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'label', label: 'Tên (Zalo OA, Facebook, YouTube…)', type: 'text', required: true },
            { name: 'url', label: 'Địa chỉ', type: 'text', required: true, validate: (v: unknown) => (typeof v === 'string' && /^https:\/\/[^\s]+$/.test(v) ? true : 'Địa chỉ phải bắt đầu bằng https://') },
          ],
        },
      ],
    },
    { name: 'about', label: 'Giới thiệu ngắn (trang Giới thiệu)', type: 'textarea' },
  ],
}
