import { formatDateTimeVi, formatDateVi } from '@thidua/content-models'

/**
 * content-models' Vietnamese date formats, memoised: Intl.formatToParts is slow and a build prints
 * the same few thousand dates on many list pages.
 */
const short = new Map<string, string>()
const long = new Map<string, string>()

/** "21/11/2026" */
export function dateVi(iso: string): string {
  let s = short.get(iso)
  if (s === undefined) short.set(iso, (s = formatDateVi(iso)))
  return s
}

/** "14:05, 21/11/2026" */
export function dateTimeVi(iso: string): string {
  let s = long.get(iso)
  if (s === undefined) long.set(iso, (s = formatDateTimeVi(iso)))
  return s
}
