import type { Option } from '../schema/options.ts'
import { searchKey } from '../text/searchKey.ts'
import { toNfc } from '../text/normalizeText.ts'
import { normalizeTonePlacement } from '../text/tonePlacement.ts'

/** A cell's text as stored: NFC, tone marks in the project's placement, spaces collapsed. */
export function cleanCell(text: string | undefined): string {
  return normalizeTonePlacement(toNfc(text ?? '')).replace(/\s+/g, ' ').trim()
}

/** How two names are compared: case-insensitive, diacritics kept (Hoà An is not Hoa An). */
export function nameKey(text: string): string {
  let key = nameKeys.get(text)
  if (key === undefined) {
    key = cleanCell(text).toLocaleLowerCase('vi')
    // Names repeat across thousands of rows (the same unit, the same option): remember them.
    if (nameKeys.size > 50_000) nameKeys.clear()
    nameKeys.set(text, key)
  }
  return key
}
const nameKeys = new Map<string, string>()

/**
 * A closed-vocabulary cell ("Cá nhân", "ca nhan", "individual", or a unique first word such as
 * "Huyện") as its coded value; undefined when it names no option or more than one.
 */
export function matchOption(list: readonly Option[], text: string): string | undefined {
  const key = searchKey(text)
  if (!key) return undefined
  let keys = labelKeys.get(list)
  if (!keys) labelKeys.set(list, (keys = list.map((o) => searchKey(o.label))))
  const exact = list.find((o, i) => keys[i] === key || o.value === text.trim())
  if (exact) return exact.value
  const prefixed = list.filter((_o, i) => keys[i]!.startsWith(key + ' '))
  return prefixed.length === 1 ? prefixed[0]!.value : undefined
}

const labelKeys = new WeakMap<readonly Option[], string[]>()

export interface AwardCell {
  title: string
  year?: number
  issuer?: string
}

/**
 * "Bằng khen của Chủ tịch UBND tỉnh (2019, UBND tỉnh); Chiến sĩ thi đua cơ sở (2020)": awards
 * separated by semicolons or line breaks, each with an optional (year, issuer).
 */
export function parseAwards(text: string): { awards: AwardCell[]; errors: string[] } {
  const awards: AwardCell[] = []
  const errors: string[] = []
  for (const part of text.split(/[;\n]/).map(cleanCell).filter(Boolean)) {
    const match = /^(.*?)\s*\(([^)]*)\)$/.exec(part)
    if (!match) {
      awards.push({ title: part })
      continue
    }
    const [yearText, ...rest] = match[2]!.split(',').map((s) => s.trim())
    const title = match[1]!
    if (yearText && /^\d{4}$/.test(yearText)) {
      const year = Number(yearText)
      if (year < 1945 || year > 2100) errors.push(`Năm khen thưởng ${year} (“${part}”) nằm ngoài khoảng 1945–2100.`)
      awards.push({ title, year, ...(rest.join(', ') ? { issuer: rest.join(', ') } : {}) })
    } else if (yearText && /\d/.test(yearText) && rest.length === 0 && !/[^\d\s]/.test(yearText)) {
      errors.push(`Năm khen thưởng “${yearText}” (“${part}”) phải có bốn chữ số.`)
    } else {
      // "(UBND tỉnh)" alone: an issuer without a year.
      awards.push({ title, issuer: match[2]!.trim() })
    }
  }
  return { awards, errors }
}

/** The identity of an award when merging: the same title in the same year is the same award. */
export function awardKey(award: AwardCell): string {
  return `${nameKey(award.title)}|${award.year ?? ''}`
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

export function isEmail(text: string): boolean {
  return EMAIL.test(text)
}
