import type { GlobalConfig } from 'payload'
import { DEFAULT_QUOTA_RULES, GLOBALS, QUOTA_PERIODS, UNIT_TYPES, vietnamYearMonth } from '@thidua/content-models'
import { isSignedIn, isStaff } from '../access/roles.ts'
import { optionsField } from '../fields/optionsField.ts'

const thisYear = () => vietnamYearMonth(new Date()).year

/**
 * "Kế hoạch năm" (issue #10, point 1): the year followed, the deadlines and the quota rules per
 * unit type. Defaults are the seeds' (Sơn La: registrations by 15/8; Trà Vinh: reports by 15/12;
 * Lào Cai: one exemplar a month per district, a quarter per department). A unit may override.
 */
export const YearPlan: GlobalConfig = {
  slug: GLOBALS.yearPlan,
  label: 'Kế hoạch năm',
  admin: { group: 'Theo dõi thi đua', description: 'Năm theo dõi, hạn đăng ký, hạn báo cáo và chỉ tiêu giới thiệu điển hình theo loại đơn vị.' },
  access: { read: isSignedIn, update: isStaff },
  fields: [
    { name: 'year', label: 'Năm', type: 'number', required: true, min: 2015, max: 2100, defaultValue: thisYear },
    {
      type: 'row',
      fields: [
        {
          name: 'registrationDeadline', label: 'Hạn đăng ký xây dựng điển hình', type: 'date',
          defaultValue: () => `${thisYear()}-08-15T00:00:00.000Z`, admin: { date: { displayFormat: 'dd/MM/yyyy' } },
        },
        {
          name: 'reportDeadline', label: 'Hạn báo cáo kết quả', type: 'date',
          defaultValue: () => `${thisYear()}-12-15T00:00:00.000Z`, admin: { date: { displayFormat: 'dd/MM/yyyy' } },
        },
        { name: 'reminderDaysBefore', label: 'Nhắc trước khi hết kỳ (ngày)', type: 'number', min: 1, max: 30, defaultValue: 7 },
      ],
    },
    {
      name: 'rules',
      label: 'Chỉ tiêu theo loại đơn vị',
      labels: { singular: 'Chỉ tiêu', plural: 'Chỉ tiêu theo loại đơn vị' },
      type: 'array',
      defaultValue: DEFAULT_QUOTA_RULES.map((r) => ({ ...r })),
      fields: [
        {
          type: 'row',
          fields: [
            optionsField('unitType', 'Loại đơn vị', UNIT_TYPES, { required: true }),
            optionsField('period', 'Kỳ', QUOTA_PERIODS, { required: true }),
            { name: 'minimum', label: 'Tối thiểu mỗi kỳ', type: 'number', min: 0, max: 20, defaultValue: 1 },
          ],
        },
      ],
    },
    {
      name: 'document',
      label: 'Thông tin văn bản báo cáo (Nghị định 30/2020/NĐ-CP)',
      type: 'group',
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'issuerParent', label: 'Cơ quan chủ quản', type: 'text', defaultValue: 'UBND TỈNH SƠN HÀ' },
            { name: 'issuerName', label: 'Cơ quan ban hành', type: 'text', defaultValue: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG' },
            { name: 'abbreviation', label: 'Chữ viết tắt (số ký hiệu)', type: 'text', defaultValue: 'HĐTĐKT' },
          ],
        },
        {
          type: 'row',
          fields: [
            { name: 'place', label: 'Địa danh', type: 'text', defaultValue: 'Sơn Hà' },
            { name: 'signerCapacity', label: 'Quyền hạn ký', type: 'text', defaultValue: 'TM. HỘI ĐỒNG' },
            { name: 'signerTitle', label: 'Chức vụ người ký', type: 'text', defaultValue: 'CHỦ TỊCH' },
            { name: 'signerName', label: 'Họ tên người ký', type: 'text' },
          ],
        },
      ],
    },
  ],
}
