import {
  AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType,
} from 'docx'
import type { ReportTable } from '@thidua/content-models'

/** Who issues the report and who signs it (the year plan's "Thông tin văn bản"). */
export interface DocumentIssuer {
  issuerParent: string
  issuerName: string
  abbreviation: string
  place: string
  signerCapacity: string
  signerTitle: string
  signerName?: string | null
}

const FONT = 'Times New Roman'
const text = (t: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new TextRun({ text: t, font: FONT, size: (options.size ?? 13) * 2, bold: options.bold, italics: options.italics })
const centred = (...runs: TextRun[]) => new Paragraph({ alignment: AlignmentType.CENTER, children: runs })
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER }
const cell = (children: Paragraph[], width: number) => new TableCell({ children, width: { size: width, type: WidthType.PERCENTAGE } })

/** What a signed document holds besides its issuer. */
export interface AdministrativeDocument {
  issuer: DocumentIssuer
  issuedYear: number
  /** The type symbol in the number ("BC" report, "CTr" programme, "DS" list). */
  symbol: string
  /** The document type in capitals ("BÁO CÁO") and what it is about. */
  kind: string
  subject: string
  intro?: string
  table: ReportTable
  recipients?: string[]
}

/**
 * A document in the Vietnamese administrative form (Nghị định 30/2020/NĐ-CP, Phụ lục I): issuing
 * body and national motto side by side, number and symbol, place and date ("Sơn Hà, ngày … tháng …
 * năm …", left for the signer to date), the type and subject, an optional lead, the table and the
 * signature block with "Nơi nhận". Times New Roman 13-14 pt, ready to print and sign.
 */
export async function administrativeDocx(input: AdministrativeDocument): Promise<Buffer> {
  const { issuer, table } = input
  const header = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell([centred(text(issuer.issuerParent.toUpperCase())), centred(text(issuer.issuerName.toUpperCase(), { bold: true })), centred(text('───────')), centred(text(`Số:      /${input.symbol}-${issuer.abbreviation}`))], 40),
          cell([
            centred(text('CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true })),
            centred(text('Độc lập - Tự do - Hạnh phúc', { bold: true, size: 14 })),
            centred(text('───────────────')),
            centred(text(`${issuer.place}, ngày      tháng      năm ${input.issuedYear}`, { italics: true, size: 14 })),
          ], 60),
        ],
      }),
    ],
  })
  const data = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [table.headers, ...table.rows].map(
      (row, i) =>
        new TableRow({
          tableHeader: i === 0,
          children: row.map((value) => new TableCell({ children: [new Paragraph({ alignment: i === 0 ? AlignmentType.CENTER : AlignmentType.LEFT, children: [text(value === null ? '' : String(value), { bold: i === 0, size: 11 })] })] })),
        }),
    ),
  })
  const signature = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          cell([new Paragraph({ children: [text('Nơi nhận:', { bold: true, italics: true, size: 12 })] }), ...(input.recipients ?? ['- UBND tỉnh (để báo cáo);', '- Các thành viên Hội đồng;', '- Lưu: VT.']).map((l) => new Paragraph({ children: [text(l, { size: 11 })] }))], 50),
          cell([
            centred(text(issuer.signerCapacity.toUpperCase(), { bold: true, size: 14 })),
            centred(text(issuer.signerTitle.toUpperCase(), { bold: true, size: 14 })),
            centred(text('(Ký, ghi rõ họ tên, đóng dấu)', { italics: true, size: 12 })),
            new Paragraph({ children: [] }), new Paragraph({ children: [] }), new Paragraph({ children: [] }),
            centred(text(issuer.signerName ?? '', { bold: true, size: 14 })),
          ], 50),
        ],
      }),
    ],
  })
  const doc = new Document({
    creator: issuer.issuerName,
    title: `${input.kind.charAt(0)}${input.kind.slice(1).toLocaleLowerCase('vi')} ${input.subject.charAt(0).toLocaleLowerCase('vi')}${input.subject.slice(1)}`,
    styles: { default: { document: { run: { font: FONT, size: 26 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } },
        children: [
          header,
          new Paragraph({ children: [] }),
          centred(text(input.kind, { bold: true, size: 14 })),
          centred(text(input.subject, { bold: true, size: 14 })),
          new Paragraph({ children: [] }),
          ...(input.intro ? [new Paragraph({ alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 567 }, children: [text(input.intro, { size: 14 })] }), new Paragraph({ children: [] })] : []),
          data,
          new Paragraph({ children: [] }),
          signature,
        ],
      },
    ],
  })
  return Packer.toBuffer(doc)
}

/** The annual report (issue #10, point 6) in that form. */
export function reportDocx(input: { year: number; issuedYear: number; issuer: DocumentIssuer; intro: string; table: ReportTable }): Promise<Buffer> {
  return administrativeDocx({ ...input, symbol: 'BC', kind: 'BÁO CÁO', subject: `Kết quả tuyên truyền, giới thiệu điển hình năm ${input.year}` })
}
