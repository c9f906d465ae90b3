import { EXEMPLAR_KINDS, GENDERS, SUBJECT_TYPES, UNIT_TYPES } from '../schema/options.ts'
import { searchKey } from '../text/searchKey.ts'
import { awardKey, cleanCell, isEmail, matchOption, nameKey, parseAwards, type AwardCell } from './cellValues.ts'
import { IMPORT_SPECS, IMPORTABLE_ROLES, type ImportColumn, type ImportKind } from './importKinds.ts'
import { parseVietnameseDate } from './vietnameseDate.ts'
import { vietnamDay } from '../council/periods.ts'

/**
 * Checks a spreadsheet against what the database holds and says, row by row, what importing it
 * would do (issue #12, point 3). Pure: the CMS reads the file and the existing records, this decides,
 * the CMS applies. Importing is all or nothing: one row in error and nothing is written, so a council
 * fixes its file and uploads it again rather than chasing half an import.
 * An empty cell never erases what is saved; awards are added, never removed. So importing the same
 * file twice changes nothing the second time.
 */

export type Id = string | number

export interface ImportRow {
  /** The row number in the spreadsheet (the header is row 1). */
  line: number
  cells: string[]
  /** Indexes of cells that held a formula (or, in CSV, began with "="). */
  formulas?: number[]
}

export interface ImportTable {
  headers: string[]
  rows: ImportRow[]
}

export interface ExistingUnit { id: Id; name: string; type?: string | null; parent?: Id | null; cluster?: string | null; description?: string | null }
export interface ExistingUser { id: Id; email: string; name: string; role: string; unit?: Id | null }
export interface ExistingCategory { id: Id; name: string }
export interface ExistingExemplar {
  id: Id
  name: string
  unit?: Id | null
  subjectType?: string | null
  kind?: string | null
  field?: Id | null
  locality?: string | null
  summary?: string | null
  awards?: AwardCell[] | null
  dateOfBirth?: string | null
  gender?: string | null
  ethnicity?: string | null
}

export interface ImportContext {
  units: ExistingUnit[]
  users: ExistingUser[]
  categories: ExistingCategory[]
  exemplars: ExistingExemplar[]
}

export type Verdict = 'create' | 'update' | 'unchanged' | 'error'

/** A unit's parent: one already saved, or one created by an earlier row of the same file. */
export type ParentRef = { id: Id } | { line: number }

export interface PlannedRow {
  line: number
  /** What the row is about, for the preview ("UBND huyện Hoà An", "hoa@…"). */
  label: string
  verdict: Verdict
  messages: string[]
  targetId?: Id
  /** The values to write (only those the row sets). */
  data: Record<string, unknown>
  /** The headers of the columns that would change an existing record. */
  changes: string[]
}

export interface ImportPlan {
  kind: ImportKind
  fileIssues: string[]
  ignoredColumns: string[]
  rows: PlannedRow[]
  counts: Record<Verdict, number>
  /** True when there is something to write and nothing in error. */
  ready: boolean
}

export const MAX_IMPORT_ROWS = 10_000

type Cells = Partial<Record<string, string>>

function mapHeaders(kind: ImportKind, headers: string[]) {
  const columns = IMPORT_SPECS[kind].columns
  const byKey = new Map<string, number>()
  const fileIssues: string[] = []
  const ignoredColumns: string[] = []
  headers.forEach((header, index) => {
    const key = searchKey(header)
    if (!key) return
    const column = columns.find((c) => [c.header, ...(c.aliases ?? [])].some((h) => searchKey(h) === key))
    if (!column) return void ignoredColumns.push(cleanCell(header))
    if (byKey.has(column.key)) fileIssues.push(`Cột “${column.header}” xuất hiện hai lần (cột ${byKey.get(column.key)! + 1} và cột ${index + 1}).`)
    else byKey.set(column.key, index)
  })
  for (const column of columns) {
    if (column.required && !byKey.has(column.key)) fileIssues.push(`Thiếu cột bắt buộc “${column.header}”. Hãy tải tệp mẫu và giữ nguyên dòng tiêu đề.`)
  }
  return { byKey, fileIssues, ignoredColumns }
}

function rowCells(row: ImportRow, byKey: Map<string, number>, columns: readonly ImportColumn[], messages: string[]): Cells {
  const cells: Cells = {}
  for (const column of columns) {
    const index = byKey.get(column.key)
    if (index === undefined) continue
    if (row.formulas?.includes(index)) {
      messages.push(`Ô “${column.header}” là công thức; hãy dán giá trị (Paste Special → Values) rồi nhập lại.`)
      continue
    }
    const value = cleanCell(row.cells[index])
    if (value) cells[column.key] = value
  }
  return cells
}

function option(list: Parameters<typeof matchOption>[0], text: string | undefined, header: string, messages: string[]) {
  if (!text) return undefined
  const value = matchOption(list, text)
  if (!value) messages.push(`“${text}” không phải ${header.toLowerCase()} hợp lệ. Chọn một trong: ${list.map((o) => o.label).join('; ')}.`)
  return value
}

function lookupUnit(units: ExistingUnit[], name: string | undefined, header: string, messages: string[]) {
  if (!name) return undefined
  const found = units.filter((u) => nameKey(u.name) === nameKey(name))
  if (found.length === 0) messages.push(`Không có đơn vị “${name}” (cột “${header}”). Hãy nhập danh sách đơn vị trước, hoặc sửa tên cho đúng.`)
  if (found.length > 1) messages.push(`Có ${found.length} đơn vị cùng tên “${name}”; hãy đổi tên để phân biệt trước khi nhập.`)
  return found.length === 1 ? found[0]!.id : undefined
}

/** Vietnam's calendar day of a stored date (Payload stores ISO instants). */
function storedDay(value: string | null | undefined): string | undefined {
  if (!value) return undefined
  const time = Date.parse(value)
  return Number.isNaN(time) ? undefined : vietnamDay(new Date(time)).day
}

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null)

function diff(spec: readonly ImportColumn[], wanted: Record<string, unknown>, existing: Record<string, unknown>): string[] {
  return Object.keys(wanted)
    .filter((key) => !same(wanted[key], existing[key]))
    .map((key) => spec.find((c) => c.key === key)?.header ?? key)
}

interface RowPlanner {
  key(cells: Cells): string | undefined
  plan(cells: Cells, messages: string[], row: ImportRow): Omit<PlannedRow, 'line' | 'messages' | 'verdict'> & { verdict?: Verdict }
}

function unitsPlanner(context: ImportContext, fileRows: Map<string, number>): RowPlanner {
  const columns = IMPORT_SPECS.units.columns
  return {
    key: (cells) => cells.name && nameKey(cells.name),
    plan(cells, messages) {
      const existing = context.units.filter((u) => nameKey(u.name) === nameKey(cells.name!))
      if (existing.length > 1) messages.push(`Đã có ${existing.length} đơn vị tên “${cells.name}”; hãy đổi tên để phân biệt trước khi nhập.`)
      const current = existing.length === 1 ? existing[0] : undefined
      const data: Record<string, unknown> = { name: current?.name ?? cells.name }
      const type = option(UNIT_TYPES, cells.type, 'Loại đơn vị', messages)
      if (type) data.type = type
      else if (!cells.type && !current) messages.push('Thiếu “Loại đơn vị”.')
      if (cells.cluster) data.cluster = cells.cluster
      if (cells.description) data.description = cells.description
      if (cells.parent) {
        if (nameKey(cells.parent) === nameKey(cells.name!)) messages.push('Một đơn vị không thể là cấp trên của chính nó.')
        else {
          const inFile = fileRows.get(nameKey(cells.parent))
          const saved = context.units.filter((u) => nameKey(u.name) === nameKey(cells.parent!))
          if (saved.length === 1) data.parent = { id: saved[0]!.id } satisfies ParentRef
          else if (inFile !== undefined) data.parent = { line: inFile } satisfies ParentRef
          else if (saved.length > 1) messages.push(`Có ${saved.length} đơn vị cùng tên “${cells.parent}”; hãy đổi tên để phân biệt.`)
          else messages.push(`Không có đơn vị cấp trên “${cells.parent}”, trong cơ sở dữ liệu cũng như trong tệp.`)
        }
      }
      if (!current) return { label: cells.name!, data, changes: [] }
      const wanted: Record<string, unknown> = { ...data, parent: data.parent && 'id' in (data.parent as ParentRef) ? (data.parent as { id: Id }).id : data.parent }
      if (!cells.parent) delete wanted.parent
      delete wanted.name
      const changes = diff(columns, wanted, current as unknown as Record<string, unknown>)
      return { label: cells.name!, targetId: current.id, data, changes }
    },
  }
}

function usersPlanner(context: ImportContext): RowPlanner {
  const columns = IMPORT_SPECS.users.columns
  return {
    key: (cells) => cells.email?.toLowerCase(),
    plan(cells, messages) {
      const email = cells.email!.toLowerCase()
      if (!isEmail(email)) messages.push(`“${cells.email}” không phải địa chỉ email.`)
      if (!cells.name) messages.push('Thiếu “Họ và tên”.')
      const role = cells.role ? option(IMPORTABLE_ROLES, cells.role, 'Vai trò', messages) : undefined
      if (cells.role && /quan tri|bien tap/.test(searchKey(cells.role))) messages.push('Tệp nhập chỉ tạo tài khoản đơn vị (cộng tác viên, cán bộ thi đua đơn vị); tài khoản cán bộ Hội đồng do quản trị viên tạo riêng.')
      if (!cells.unit) messages.push('Thiếu “Đơn vị”: cộng tác viên và cán bộ thi đua đơn vị phải thuộc một đơn vị.')
      const unit = lookupUnit(context.units, cells.unit, 'Đơn vị', messages)
      const current = context.users.find((u) => u.email.toLowerCase() === email)
      const data: Record<string, unknown> = { email }
      if (cells.name) data.name = cells.name
      if (role) data.role = role
      if (unit !== undefined) data.unit = unit
      const roleLabel = IMPORTABLE_ROLES.find((r) => r.value === (role ?? current?.role ?? 'contributor'))?.label ?? ''
      const label = `${email} (${[roleLabel, cells.unit].filter(Boolean).join(', ')})`
      if (!current) return { label, data: { role: 'contributor', ...data }, changes: [] }
      if (current.role === 'admin' || current.role === 'editor') messages.push('Đây là tài khoản cán bộ Hội đồng; không sửa qua tệp nhập.')
      const wanted = { ...data }
      delete wanted.email
      return { label, targetId: current.id, data, changes: diff(columns, wanted, current as unknown as Record<string, unknown>) }
    },
  }
}

function exemplarsPlanner(context: ImportContext): RowPlanner {
  const columns = IMPORT_SPECS.exemplars.columns
  return {
    key: (cells) => (cells.name && cells.unit ? `${nameKey(cells.name)}|${nameKey(cells.unit)}` : undefined),
    plan(cells, messages) {
      if (!cells.unit) messages.push('Thiếu “Đơn vị đề xuất”.')
      const unit = lookupUnit(context.units, cells.unit, 'Đơn vị đề xuất', messages)
      const data: Record<string, unknown> = { name: cells.name, unit }
      const subjectType = option(SUBJECT_TYPES, cells.subjectType, 'Đối tượng', messages)
      const kind = option(EXEMPLAR_KINDS, cells.kind, 'Loại điển hình', messages)
      const gender = option(GENDERS, cells.gender, 'Giới tính', messages)
      if (subjectType) data.subjectType = subjectType
      if (kind) data.kind = kind
      if (gender) data.gender = gender
      for (const key of ['locality', 'summary', 'ethnicity'] as const) if (cells[key]) data[key] = cells[key]
      if (cells.summary && cells.summary.length > 400) messages.push(`“Tóm tắt” dài ${cells.summary.length} ký tự; tối đa 400.`)
      if (cells.field) {
        const field = context.categories.find((c) => nameKey(c.name) === nameKey(cells.field!))
        if (field) data.field = field.id
        else messages.push(`Không có lĩnh vực “${cells.field}”. Các lĩnh vực hiện có: ${context.categories.map((c) => c.name).join('; ')}.`)
      }
      if (cells.dateOfBirth) {
        const parsed = parseVietnameseDate(cells.dateOfBirth)
        if (parsed.ok) data.dateOfBirth = parsed.iso
        else messages.push(`Ngày sinh: ${parsed.message}`)
      }
      const individualOnly = ['dateOfBirth', 'gender', 'ethnicity'].filter((k) => data[k] !== undefined)
      if (individualOnly.length && (subjectType ?? 'individual') !== 'individual') {
        messages.push('Ngày sinh, giới tính, dân tộc chỉ ghi cho điển hình cá nhân.')
      }
      const parsedAwards = cells.awards ? parseAwards(cells.awards) : { awards: [], errors: [] }
      messages.push(...parsedAwards.errors)
      const current = unit === undefined ? undefined : context.exemplars.find((e) => e.unit === unit && nameKey(e.name) === nameKey(cells.name!))
      const held = new Set((current?.awards ?? []).map(awardKey))
      const newAwards = parsedAwards.awards.filter((a, i, all) => !held.has(awardKey(a)) && all.findIndex((b) => awardKey(b) === awardKey(a)) === i)
      if (newAwards.length) data.awards = newAwards
      if (!current) return { label: cells.name!, data, changes: [] }
      const wanted = { ...data }
      delete wanted.name
      delete wanted.unit
      delete wanted.awards
      const existing = { ...current, dateOfBirth: storedDay(current.dateOfBirth) } as unknown as Record<string, unknown>
      const changes = diff(columns, wanted, existing)
      if (newAwards.length) changes.push(`Khen thưởng (+${newAwards.length})`)
      return { label: cells.name!, targetId: current.id, data, changes }
    },
  }
}

/** Finds unit rows whose parent chain, through rows of the same file, comes back to them. */
function parentCycles(rows: PlannedRow[]): Set<number> {
  const parentLine = new Map<number, number>()
  for (const row of rows) {
    const parent = row.data.parent as ParentRef | undefined
    if (parent && 'line' in parent) parentLine.set(row.line, parent.line)
  }
  const cyclic = new Set<number>()
  for (const start of parentLine.keys()) {
    const seen = new Set<number>()
    let line: number | undefined = start
    while (line !== undefined && !seen.has(line)) {
      seen.add(line)
      line = parentLine.get(line)
    }
    if (line === start) cyclic.add(start)
  }
  return cyclic
}

export function planImport(kind: ImportKind, table: ImportTable, context: ImportContext): ImportPlan {
  const spec = IMPORT_SPECS[kind]
  const { byKey, fileIssues, ignoredColumns } = mapHeaders(kind, table.headers)
  const rows = table.rows.filter((row) => row.cells.some((cell) => cleanCell(cell)))
  if (rows.length === 0 && fileIssues.length === 0) fileIssues.push('Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.')
  if (rows.length > MAX_IMPORT_ROWS) fileIssues.push(`Tệp có ${rows.length} dòng; mỗi lần nhập tối đa ${MAX_IMPORT_ROWS} dòng. Hãy chia tệp.`)
  const counts: Record<Verdict, number> = { create: 0, update: 0, unchanged: 0, error: 0 }
  if (fileIssues.length) return { kind, fileIssues, ignoredColumns, rows: [], counts, ready: false }

  const nameIndex = byKey.get('name')
  const fileUnits = new Map<string, number>()
  if (kind === 'units' && nameIndex !== undefined) {
    for (const row of rows) {
      const key = nameKey(row.cells[nameIndex] ?? '')
      if (key && !fileUnits.has(key)) fileUnits.set(key, row.line)
    }
  }
  const planner = kind === 'units' ? unitsPlanner(context, fileUnits) : kind === 'users' ? usersPlanner(context) : exemplarsPlanner(context)
  const firstLine = new Map<string, number>()
  const planned: PlannedRow[] = rows.map((row) => {
    const messages: string[] = []
    const cells = rowCells(row, byKey, spec.columns, messages)
    const required = spec.columns.find((c) => c.key === (kind === 'users' ? 'email' : 'name'))!
    if (!cells[required.key]) {
      messages.push(`Thiếu “${required.header}”.`)
      return { line: row.line, label: `Dòng ${row.line}`, verdict: 'error', messages, data: {}, changes: [] }
    }
    const key = planner.key(cells)
    if (key !== undefined) {
      const earlier = firstLine.get(key)
      if (earlier !== undefined) messages.push(`Trùng với dòng ${earlier} của tệp.`)
      else firstLine.set(key, row.line)
    }
    const result = planner.plan(cells, messages, row)
    const verdict: Verdict = messages.length ? 'error' : result.targetId === undefined ? 'create' : result.changes.length ? 'update' : 'unchanged'
    return { line: row.line, messages, ...result, verdict }
  })
  if (kind === 'units') {
    const cyclic = parentCycles(planned)
    for (const row of planned) {
      if (cyclic.has(row.line)) {
        row.messages.push('Vòng lặp cấp trên: đơn vị này là cấp trên (gián tiếp) của chính nó.')
        row.verdict = 'error'
      }
      const parent = row.data.parent as ParentRef | undefined
      if (row.verdict !== 'error' && parent && 'line' in parent && planned.find((p) => p.line === parent.line)?.verdict === 'error') {
        row.messages.push(`Đơn vị cấp trên ở dòng ${parent.line} có lỗi.`)
        row.verdict = 'error'
      }
    }
  }
  for (const row of planned) counts[row.verdict]++
  return { kind, fileIssues, ignoredColumns, rows: planned, counts, ready: counts.error === 0 && counts.create + counts.update > 0 }
}

/**
 * The kind a file's header row fits: every required column present, most columns matched; undefined
 * when none fits (the command line then asks for --kind).
 */
export function guessImportKind(headers: string[]): ImportKind | undefined {
  const fits = (Object.keys(IMPORT_SPECS) as ImportKind[])
    .map((kind) => {
      const { byKey, fileIssues } = mapHeaders(kind, headers)
      return { kind, ok: fileIssues.length === 0, matched: byKey.size }
    })
    .filter((fit) => fit.ok)
    .sort((a, b) => b.matched - a.matched)
  return fits[0]?.kind
}
