/**
 * Closed vocabularies of the domain, each value with the Vietnamese label editors and readers see.
 * Values are stable English codes (stored in the database, used in URLs); labels may be reworded.
 * Sources: the plans in shared/seeds (Trà Vinh 2017, Bà Rịa - Vũng Tàu 2020, Lào Cai 2017-2020,
 * Sơn La 2022-2025, Lạng Sơn 2019).
 */
export interface Option<V extends string = string> {
  readonly value: V
  readonly label: string
}

function options<const V extends string>(list: readonly Option<V>[]) {
  return list
}

/** Cá nhân / tập thể / hộ gia đình: every plan distinguishes who the exemplar is. */
export const SUBJECT_TYPES = options([
  { value: 'individual', label: 'Cá nhân' },
  { value: 'collective', label: 'Tập thể' },
  { value: 'household', label: 'Hộ gia đình' },
])
export type SubjectType = (typeof SUBJECT_TYPES)[number]['value']

/** The four kinds the plans ask councils to find and publicise. */
export const EXEMPLAR_KINDS = options([
  { value: 'advanced', label: 'Điển hình tiên tiến' },
  { value: 'new-model', label: 'Mô hình mới' },
  { value: 'new-factor', label: 'Nhân tố mới' },
  { value: 'good-deed', label: 'Gương người tốt, việc tốt' },
])
export type ExemplarKind = (typeof EXEMPLAR_KINDS)[number]['value']

/** Needed for delegate composition at emulation congresses (Lạng Sơn plan, part B). */
export const GENDERS = options([
  { value: 'female', label: 'Nữ' },
  { value: 'male', label: 'Nam' },
])
export type Gender = (typeof GENDERS)[number]['value']

/** How a person (or a collective's head) agreed to be publicised (issue #9, point 4). */
export const CONSENT_METHODS = options([
  { value: 'written', label: 'Văn bản có chữ ký' },
  { value: 'email', label: 'Thư điện tử' },
  { value: 'verbal', label: 'Đồng ý trực tiếp (có biên bản)' },
  { value: 'unit', label: 'Qua xác nhận của đơn vị' },
])

export const UNIT_TYPES = options([
  { value: 'district', label: 'Huyện, thị xã, thành phố' },
  { value: 'department', label: 'Sở, ban, ngành' },
  { value: 'enterprise', label: 'Doanh nghiệp' },
  { value: 'union', label: 'Công đoàn cơ sở' },
  { value: 'school', label: 'Trường học' },
  { value: 'association', label: 'Hội, đoàn thể' },
  { value: 'commune', label: 'Xã, phường, thị trấn' },
  { value: 'other', label: 'Đơn vị khác' },
])
export type UnitType = (typeof UNIT_TYPES)[number]['value']

export const MOVEMENT_LEVELS = options([
  { value: 'central', label: 'Trung ương' },
  { value: 'provincial', label: 'Tỉnh' },
  { value: 'sector', label: 'Ngành' },
  { value: 'unit', label: 'Đơn vị' },
])
export type MovementLevel = (typeof MOVEMENT_LEVELS)[number]['value']

export const MOVEMENT_STATUSES = options([
  { value: 'active', label: 'Đang phát động' },
  { value: 'ended', label: 'Đã tổng kết' },
])
export type MovementStatus = (typeof MOVEMENT_STATUSES)[number]['value']

/** Forms of commendation named in the plans; editors may also type their own. */
export const AWARD_SUGGESTIONS = [
  'Chiến sĩ thi đua cơ sở',
  'Chiến sĩ thi đua cấp tỉnh',
  'Bằng khen của Chủ tịch UBND tỉnh',
  'Bằng khen của Thủ tướng Chính phủ',
  'Giấy khen',
  'Lao động sáng tạo',
  'Huân chương Lao động hạng Ba',
  'Cờ thi đua',
] as const

/** The label of a coded value, or the value itself when unknown (never an empty string on screen). */
export function labelOf(list: readonly Option[], value: string | null | undefined): string {
  if (!value) return ''
  return list.find((o) => o.value === value)?.label ?? value
}

/** Events the plans ask councils to hold (issue #11): Lạng Sơn's honouring conferences, the talks of every other plan. */
export const EVENT_TYPES = options([
  { value: 'honouring-conference', label: 'Hội nghị biểu dương điển hình tiên tiến' },
  { value: 'exemplary-worker-conference', label: 'Hội nghị công nhân, viên chức, lao động tiêu biểu' },
  { value: 'talk-exchange', label: 'Tọa đàm, giao lưu điển hình' },
  { value: 'emulation-congress', label: 'Đại hội thi đua yêu nước' },
])
export type EventType = (typeof EVENT_TYPES)[number]['value']

/** The level an event is held at; delegates go up from one level to the next (Lạng Sơn plan). */
export const EVENT_LEVELS = options([
  { value: 'grassroots', label: 'Cơ sở' },
  { value: 'district-sector', label: 'Huyện, ngành' },
  { value: 'province', label: 'Tỉnh' },
  { value: 'other', label: 'Cấp khác' },
])
export type EventLevel = (typeof EVENT_LEVELS)[number]['value']

export const EVENT_DURATIONS = options([
  { value: 'morning', label: 'Buổi sáng' },
  { value: 'afternoon', label: 'Buổi chiều' },
  { value: 'full-day', label: 'Cả ngày' },
])

export const EVENT_STATUSES = options([
  { value: 'planned', label: 'Dự kiến' },
  { value: 'open', label: 'Đang nhận hồ sơ' },
  { value: 'held', label: 'Đã tổ chức' },
  { value: 'closed', label: 'Đã kết thúc' },
])
export type EventStatus = (typeof EVENT_STATUSES)[number]['value']

/** Forms of commendation given at an event (Lạng Sơn plan: Giấy khen, Bằng khen). */
export const EVENT_AWARD_FORMS = options([
  { value: 'giay-khen', label: 'Giấy khen' },
  { value: 'bang-khen', label: 'Bằng khen' },
  { value: 'title', label: 'Danh hiệu thi đua' },
  { value: 'other', label: 'Hình thức khác' },
])

/** What a unit sends up with its delegates (Lạng Sơn plan: the report and the "danh sách trích ngang"). */
export const DOSSIER_KINDS = options([
  { value: 'summary-report', label: 'Báo cáo tổng kết' },
  { value: 'delegate-list', label: 'Danh sách trích ngang đại biểu' },
  { value: 'exemplar-report', label: 'Báo cáo thành tích điển hình' },
  { value: 'other', label: 'Tài liệu khác' },
])
