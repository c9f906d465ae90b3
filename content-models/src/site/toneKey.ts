import { normalizeTonePlacement } from '../text/tonePlacement.ts'

const TONES: Record<string, string> = { '\u0300': 'f', '\u0301': 's', '\u0309': 'r', '\u0303': 'x', '\u0323': 'j' }

/**
 * A word with its Vietnamese marks spelt in ASCII, Telex-like ("hoà" -> "hoaf", "hoá" -> "hoas",
 * "Hoàng" -> "hoangf", "Đắk" -> "ddawks"), so a search index that drops marks can still hold and
 * match the exact spelling. Tone placement does not matter ("hòa" = "hoà"). Words without any mark
 * give "" (their folded form already says everything).
 */
export function toneKey(word: string): string {
  const w = normalizeTonePlacement(word.normalize('NFC').toLowerCase())
  let out = ''
  let tone = ''
  let marked = false
  for (const ch of w.normalize('NFD')) {
    if (TONES[ch]) { tone = TONES[ch]; marked = true; continue }
    if (ch === '\u0302') { out += out.at(-1) ?? ''; marked = true; continue } // circumflex: â -> aa
    if (ch === '\u0306' || ch === '\u031B') { out += 'w'; marked = true; continue } // breve, horn: ă -> aw, ơ -> ow
    if (ch === 'đ') { out += 'dd'; marked = true; continue }
    if (/[\p{M}]/u.test(ch)) continue
    out += ch
  }
  return marked ? out + tone : ''
}

/** The tone keys of the marked words of `text`, space-separated, each once. */
export function toneKeys(text: string): string {
  const keys = new Set<string>()
  for (const word of text.split(/[^\p{L}\p{N}]+/u)) {
    const k = toneKey(word)
    if (k) keys.add(k)
  }
  return [...keys].join(' ')
}
