/**
 * Characters a feed must never carry. XML 1.0 forbids C0 controls other than tab, LF and CR,
 * lone surrogates and U+FFFE/U+FFFF: one of them makes the whole feed unparseable for strict
 * readers, so a stray control character pasted from a word processor would cut every newsroom
 * off (issue #5, tests). C1 controls (U+0080-U+009F) are legal XML but only ever appear as
 * mis-decoded Windows-1252; U+E000/U+E001 are reserved by {@link protectLiteral}.
 */
const NOT_IN_FEEDS = /[^\t\n\r\u0020-\u007e\u00a0-\ud7ff\ue002-\ufffd\u{10000}-\u{10ffff}]/gu

/**
 * Text fit for any feed: NFC (so Vietnamese compares and displays the same everywhere),
 * CRLF/CR turned into LF, and every character XML 1.0 forbids or readers choke on removed.
 * `null`/`undefined` become ''.
 */
export function cleanFeedText(s: string | null | undefined): string {
  if (s == null) return ''
  return s.normalize('NFC').replace(/\r\n?/g, '\n').replace(NOT_IN_FEEDS, '')
}

/** {@link cleanFeedText}, then trimmed; '' becomes null so optional elements are left out. */
export function cleanOptionalText(s: string | null | undefined): string | null {
  const text = cleanFeedText(s).trim()
  return text === '' ? null : text
}
