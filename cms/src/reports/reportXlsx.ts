import ExcelJS from 'exceljs'
import type { ReportTable } from '@thidua/content-models'

/**
 * The annual report as an XLSX workbook (issue #10, point 6): one sheet per view, Vietnamese
 * headers in bold, the header row frozen and filters on it, columns wide enough to read.
 */
export async function reportXlsx(title: string, tables: readonly ReportTable[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Cổng thông tin Hội đồng Thi đua - Khen thưởng'
  workbook.title = title
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] })
    sheet.addRow(table.headers).font = { bold: true }
    for (const row of table.rows) sheet.addRow(row)
    sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.headers.length } }
    sheet.columns.forEach((column, i) => {
      const longest = Math.max(...[table.headers, ...table.rows].map((r) => String(r[i] ?? '').length))
      column.width = Math.min(60, Math.max(10, longest + 2))
    })
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
