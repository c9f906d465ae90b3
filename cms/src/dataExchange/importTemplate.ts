import ExcelJS from 'exceljs'
import { IMPORT_SPECS, type ImportKind } from '@thidua/content-models'

/**
 * The template a council fills in (issue #12, point 3): the first sheet has only the header row
 * (each header carries its hint as a cell note, so nothing but data sits under it), the second sheet
 * explains every column with an example.
 */
export async function importTemplate(kind: ImportKind): Promise<Buffer> {
  const spec = IMPORT_SPECS[kind]
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Hội đồng Thi đua - Khen thưởng'
  const sheet = workbook.addWorksheet(spec.label.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = spec.columns.map((column) => ({ header: column.header, key: column.key, width: Math.max(16, column.header.length + 4) }))
  sheet.getRow(1).font = { bold: true }
  spec.columns.forEach((column, index) => {
    const hint = [column.required ? 'Bắt buộc.' : 'Không bắt buộc.', column.note].filter(Boolean).join(' ')
    sheet.getRow(1).getCell(index + 1).note = hint
  })
  // Dates stay text ("05/03/1985"), so Excel does not turn them into its own day numbers.
  spec.columns.forEach((column, index) => {
    if (column.key === 'dateOfBirth') sheet.getColumn(index + 1).numFmt = '@'
  })
  const guide = workbook.addWorksheet('Hướng dẫn')
  guide.columns = [
    { header: 'Cột', key: 'header', width: 28 },
    { header: 'Bắt buộc', key: 'required', width: 10 },
    { header: 'Giá trị', key: 'note', width: 70 },
    { header: 'Ví dụ', key: 'example', width: 50 },
  ]
  guide.getRow(1).font = { bold: true }
  for (const column of spec.columns) {
    guide.addRow({ header: column.header, required: column.required ? 'Có' : '', note: column.note ?? '', example: column.example })
  }
  guide.addRow({})
  guide.addRow({ header: 'Ghi chú', note: 'Dòng 1 của trang đầu là tiêu đề; mỗi dòng sau là một bản ghi. Ô trống không xoá dữ liệu đã có. Nhập lại cùng tệp không thay đổi gì. Có thể lưu thành .xlsx hoặc CSV UTF-8.' })
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
