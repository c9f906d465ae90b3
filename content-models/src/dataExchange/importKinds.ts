import { EXEMPLAR_KINDS, GENDERS, SUBJECT_TYPES, UNIT_TYPES } from '../schema/options.ts'
import { ROLES } from '../workflow/roles.ts'

/**
 * What a council can bring in from Excel (issue #12, point 3): its units, its contributors' accounts
 * and its past exemplars with their awards. Each kind is a list of columns; the template the admin
 * offers and the planner that checks a file read the same list, so they cannot disagree.
 */
export const IMPORT_KINDS = ['units', 'users', 'exemplars'] as const
export type ImportKind = (typeof IMPORT_KINDS)[number]

export interface ImportColumn {
  /** The field the planner fills. */
  readonly key: string
  /** The header in the template, matched without regard to case, spaces or diacritic placement. */
  readonly header: string
  readonly required?: boolean
  /** Other headers accepted for this column (e.g. "Tên" for "Tên đơn vị"). */
  readonly aliases?: readonly string[]
  /** A sample value for the template's first row. */
  readonly example: string
  /** A hint under the header in the template. */
  readonly note?: string
}

export interface ImportKindSpec {
  readonly label: string
  readonly columns: readonly ImportColumn[]
}

const choices = (list: readonly { label: string }[]) => list.map((o) => o.label).join('; ')
/** A file brings in unit accounts only: council staff accounts are made one by one by the administrator. */
const IMPORTABLE_ROLES = ROLES.filter((role) => role.value === 'contributor' || role.value === 'manager')

export const IMPORT_SPECS: Record<ImportKind, ImportKindSpec> = {
  units: {
    label: 'Đơn vị',
    columns: [
      { key: 'name', header: 'Tên đơn vị', required: true, aliases: ['Đơn vị', 'Tên'], example: 'UBND huyện Hoà An' },
      { key: 'type', header: 'Loại đơn vị', required: true, aliases: ['Loại'], example: UNIT_TYPES[0]!.label, note: choices(UNIT_TYPES) },
      { key: 'parent', header: 'Đơn vị cấp trên', aliases: ['Cấp trên'], example: '', note: 'Tên một đơn vị đã có hoặc có trong tệp này' },
      { key: 'cluster', header: 'Cụm, khối thi đua', aliases: ['Cụm thi đua', 'Khối thi đua', 'Cụm, khối'], example: 'Cụm thi đua các huyện' },
      { key: 'description', header: 'Giới thiệu', aliases: ['Mô tả'], example: '' },
    ],
  },
  users: {
    label: 'Tài khoản cộng tác viên',
    columns: [
      { key: 'name', header: 'Họ và tên', required: true, aliases: ['Họ tên', 'Tên'], example: 'Nguyễn Thị Hoà' },
      { key: 'email', header: 'Email', required: true, aliases: ['Thư điện tử', 'E-mail'], example: 'hoa@hoaan.example', note: 'Mỗi người một địa chỉ; mật khẩu không ghi trong tệp, người dùng nhận thư mời tự đặt' },
      { key: 'role', header: 'Vai trò', aliases: ['Quyền'], example: IMPORTABLE_ROLES.find((r) => r.value === 'contributor')!.label, note: choices(IMPORTABLE_ROLES) },
      { key: 'unit', header: 'Đơn vị', required: true, aliases: ['Tên đơn vị'], example: 'UBND huyện Hoà An' },
    ],
  },
  exemplars: {
    label: 'Điển hình',
    columns: [
      { key: 'name', header: 'Tên điển hình', required: true, aliases: ['Họ và tên', 'Tên'], example: 'Nông Thị Huyền' },
      { key: 'unit', header: 'Đơn vị đề xuất', required: true, aliases: ['Đơn vị'], example: 'UBND huyện Hoà An' },
      { key: 'subjectType', header: 'Đối tượng', aliases: ['Cá nhân/tập thể'], example: SUBJECT_TYPES[0]!.label, note: choices(SUBJECT_TYPES) },
      { key: 'kind', header: 'Loại điển hình', aliases: ['Loại'], example: EXEMPLAR_KINDS[0]!.label, note: choices(EXEMPLAR_KINDS) },
      { key: 'field', header: 'Lĩnh vực', example: 'Nông nghiệp', note: 'Tên một lĩnh vực đã có' },
      { key: 'locality', header: 'Địa phương', aliases: ['Địa chỉ'], example: 'Xã Nam Tuấn, huyện Hoà An' },
      { key: 'summary', header: 'Tóm tắt', aliases: ['Tóm tắt thành tích'], example: 'Mô hình nuôi ong lấy mật giúp 12 hộ thoát nghèo.' },
      { key: 'awards', header: 'Khen thưởng', aliases: ['Danh hiệu, hình thức khen thưởng', 'Danh hiệu'], example: 'Bằng khen của Chủ tịch UBND tỉnh (2019, UBND tỉnh); Chiến sĩ thi đua cơ sở (2020)', note: 'Mỗi khen thưởng cách nhau bằng dấu chấm phẩy: Danh hiệu (năm, cấp khen)' },
      { key: 'dateOfBirth', header: 'Ngày sinh', example: '05/03/1985', note: 'ngày/tháng/năm; dữ liệu cá nhân, không công khai' },
      { key: 'gender', header: 'Giới tính', example: 'Nữ', note: choices(GENDERS) + '; không công khai' },
      { key: 'ethnicity', header: 'Dân tộc', example: 'Tày', note: 'Không công khai' },
    ],
  },
}

export { IMPORTABLE_ROLES }
