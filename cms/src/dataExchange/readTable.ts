import ExcelJS from 'exceljs'
import { parse } from 'csv-parse/sync'
import type { ImportRow, ImportTable } from '@thidua/content-models'

/** Why a file could not be read, in Vietnamese for the editor who uploaded it. */
export class UnreadableTableError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'UnreadableTableError'
  }
}

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024
/** More columns than any template has: a sheet wider than this is not one of ours. */
const MAX_COLUMNS = 60
const MAX_SHEET_ROWS = 10_001

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
const isOle = (bytes: Uint8Array) => bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0

/**
 * Reads an uploaded spreadsheet into header and rows of text, whatever its name says: the type is
 * sniffed from the content (an XLSX is a ZIP; anything else must be UTF-8 CSV). Dates typed as dates
 * in Excel come out as dd/mm/yyyy; formula cells are reported so the planner can refuse them.
 */
export async function readTable(bytes: Uint8Array): Promise<ImportTable> {
  if (bytes.byteLength === 0) throw new UnreadableTableError('Tệp rỗng.')
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new UnreadableTableError(`Tệp lớn hơn ${MAX_IMPORT_BYTES / 1024 / 1024} MB; hãy chia nhỏ.`)
  if (isOle(bytes)) throw new UnreadableTableError('Tệp Excel 97-2003 (.xls) không được hỗ trợ: hãy mở bằng Excel hoặc LibreOffice và lưu thành .xlsx.')
  return isZip(bytes) ? readXlsx(bytes) : readCsv(bytes)
}

function cellText(value: ExcelJS.CellValue): { text: string; formula: boolean } {
  if (value === null || value === undefined) return { text: '', formula: false }
  if (value instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, '0')
    return { text: `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`, formula: false }
  }
  if (typeof value === 'object') {
    if ('formula' in value || 'sharedFormula' in value) return { text: cellText((value as { result?: ExcelJS.CellValue }).result ?? null).text, formula: true }
    if ('richText' in value) return { text: value.richText.map((run) => run.text).join(''), formula: false }
    if ('text' in value) return { text: String(value.text), formula: false }
    if ('error' in value) return { text: String(value.error), formula: false }
  }
  return { text: String(value), formula: false }
}

async function readXlsx(bytes: Uint8Array): Promise<ImportTable> {
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer)
  } catch {
    throw new UnreadableTableError('Không đọc được tệp: tệp nén nhưng không phải bảng tính .xlsx hợp lệ (tệp .ods hãy lưu thành .xlsx).')
  }
  const sheet = workbook.worksheets[0]
  if (!sheet) throw new UnreadableTableError('Tệp .xlsx không có trang tính nào.')
  if (sheet.actualRowCount > MAX_SHEET_ROWS) throw new UnreadableTableError(`Trang tính có ${sheet.actualRowCount} dòng; mỗi lần nhập tối đa ${MAX_SHEET_ROWS - 1} dòng. Hãy chia tệp.`)
  const rows: ImportRow[] = []
  let headers: string[] | undefined
  let width = 0
  sheet.eachRow({ includeEmpty: false }, (row, line) => {
    // Only the cells that exist, never every column up to the sheet's widest (one cell in column XFD
    // would make each row 16,384 cells).
    const values = row.values as ExcelJS.CellValue[]
    if (!headers) {
      width = values.length - 1
      if (width > MAX_COLUMNS) throw new UnreadableTableError(`Dòng tiêu đề có ${width} cột; tệp mẫu có dưới ${MAX_COLUMNS}. Hãy xoá các cột thừa.`)
    }
    const cells: string[] = []
    const formulas: number[] = []
    for (let column = 1; column <= width; column++) {
      const { text, formula } = cellText(values[column] ?? null)
      cells.push(text)
      if (formula) formulas.push(column - 1)
    }
    if (!headers) headers = cells
    else rows.push({ line, cells, ...(formulas.length ? { formulas } : {}) })
  })
  if (!headers) throw new UnreadableTableError('Trang tính đầu tiên trống: dòng 1 phải là dòng tiêu đề.')
  return { headers, rows }
}

function readCsv(bytes: Uint8Array): ImportTable {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw new UnreadableTableError('Tệp CSV không phải mã UTF-8: trong Excel chọn “Lưu thành” → “CSV UTF-8”, hoặc dùng tệp .xlsx.')
  }
  if (text.includes('\u0000')) throw new UnreadableTableError('Tệp không phải bảng tính (.xlsx) hay CSV.')
  text = text.replace(/^\ufeff/, '')
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  const delimiter = [',', ';', '\t'].sort((a, b) => firstLine.split(b).length - firstLine.split(a).length)[0]!
  let records: string[][]
  try {
    records = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: true })
  } catch (error) {
    throw new UnreadableTableError(`Tệp CSV sai định dạng: ${(error as Error).message}`)
  }
  const [headers, ...body] = records
  if (!headers) throw new UnreadableTableError('Tệp CSV trống: dòng 1 phải là dòng tiêu đề.')
  return {
    headers,
    rows: body.map((cells, i) => {
      // CSV has no formulas, but a cell starting with "=" becomes one when the file is opened in a spreadsheet.
      const formulas = cells.flatMap((cell, index) => (cell.trimStart().startsWith('=') ? [index] : []))
      return { line: i + 2, cells, ...(formulas.length ? { formulas } : {}) }
    }),
  }
}
