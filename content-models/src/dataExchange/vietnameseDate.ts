/**
 * Dates as Vietnamese offices write them in spreadsheets: day/month/year ("05/3/2020", "5-3-2020",
 * "05.03.2020"). Strict: a day that does not exist ("31/02/2020") is an error, never rolled over to
 * March as `new Date` would.
 */
export type ParsedDate = { ok: true; iso: string } | { ok: false; message: string }

const DMY = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Parses `text` as dd/mm/yyyy; the result is the calendar day as "YYYY-MM-DD". */
export function parseVietnameseDate(text: string): ParsedDate {
  const match = DMY.exec(text.trim())
  if (!match) return { ok: false, message: `“${text}” không phải ngày dạng ngày/tháng/năm (ví dụ 05/03/2020).` }
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (year < 1900 || year > 2100) return { ok: false, message: `Năm ${year} trong “${text}” nằm ngoài khoảng 1900–2100.` }
  if (month < 1 || month > 12) return { ok: false, message: `“${text}”: không có tháng ${month}.` }
  if (day < 1 || day > daysInMonth(year, month)) {
    return { ok: false, message: `“${text}”: tháng ${month}/${year} không có ngày ${day}.` }
  }
  const pad = (n: number) => String(n).padStart(2, '0')
  return { ok: true, iso: `${year}-${pad(month)}-${pad(day)}` }
}

/** "2020-02-29" (or an ISO date-time, its calendar day in UTC) as "29/02/2020". */
export function isoDayToVietnamese(iso: string): string {
  const [year, month, day] = iso.slice(0, 10).split('-')
  return `${day}/${month}/${year}`
}
