import { GENDERS, labelOf, type ReportTable } from '@thidua/content-models'
import type { Delegation } from './loadDelegation.ts'

const yes = (v: unknown) => (v === true ? 'x' : '')
const idOf = (v: unknown): string => String(v && typeof v === 'object' ? (v as { id: unknown }).id : v)

/** The "danh sách trích ngang" (Lạng Sơn plan, part 4): one row per delegate, by unit then name. */
export function delegateListTable(delegation: Delegation): ReportTable {
  return {
    name: 'Danh sách trích ngang',
    headers: ['STT', 'Họ và tên', 'Năm sinh', 'Giới tính', 'Dân tộc', 'Chức vụ, nơi công tác', 'Đơn vị cử', 'Lãnh đạo, quản lý', 'Lao động trực tiếp', 'Danh hiệu, khen thưởng', 'Tham luận'],
    rows: delegation.delegates.map((d, i) => [
      i + 1,
      String(d.name ?? ''),
      (d.yearOfBirth as number | null) ?? null,
      labelOf(GENDERS, d.gender as string),
      String(d.ethnicity ?? ''),
      String(d.position ?? ''),
      delegation.units.get(idOf(d.unit)) ?? '',
      yes(d.leadership),
      yes(d.directWorker),
      String(d.honours ?? ''),
      yes(d.speaking),
    ]),
  }
}

/** The composition panel as a table: per unit and in total. */
export function compositionTable(delegation: Delegation): ReportTable {
  const { rows, total } = delegation.composition
  const pct = (v: number | null) => (v === null ? '' : `${v}%`)
  return {
    name: 'Cơ cấu đại biểu',
    headers: ['Đơn vị', 'Được phân bổ', 'Đã đăng ký', 'Nữ', 'Dân tộc thiểu số', 'Lao động trực tiếp', 'Cảnh báo'],
    rows: [...rows, total].map((r) => [
      r.unit, r.seats, r.delegates, `${r.women} (${pct(r.shares.women)})`, `${r.ethnicMinority} (${pct(r.shares.ethnicMinority)})`, `${r.directWorkers} (${pct(r.shares.directWorkers)})`, r.warnings.join(' '),
    ]),
  }
}

/** The programme ("Chương trình hội nghị"). */
export function agendaTable(agenda: { time?: string | null; item: string; speaker?: string | null }[]): ReportTable {
  return { name: 'Chương trình', headers: ['Thời gian', 'Nội dung', 'Người thực hiện'], rows: agenda.map((a) => [a.time ?? '', a.item, a.speaker ?? '']) }
}
