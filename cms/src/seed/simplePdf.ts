/**
 * A valid one-page PDF (A4, Helvetica) with the given lines, for demo dossiers and tests. The base
 * fonts carry no Vietnamese glyphs, so the text is written without diacritics; real dossiers are the
 * units' own files.
 */
export function simplePdf(lines: string[]): Buffer {
  const ascii = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/[Đđ]/g, (c) => (c === 'Đ' ? 'D' : 'd')).replace(/[()\\]/g, '\\$&').replace(/[^\x20-\x7e]/g, '?')
  const stream = ['BT', '/F1 12 Tf', '56 780 Td', '16 TL', ...lines.map((line) => `(${ascii(line)}) '`), 'ET'].join('\n')
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${Buffer.byteLength(stream)} >>\nstream\n${stream}\nendstream`,
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body))
    body += `${i + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body)
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return Buffer.from(body, 'latin1')
}
