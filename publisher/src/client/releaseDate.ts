/**
 * When a release was made, read back from its id (`20261129T063530019Z`, see `newReleaseId`), so
 * the dashboard says "lúc 13:35 29/11/2026" rather than only the raw id (issue #13, point 5).
 */
export function releaseDate(id: string | null | undefined): Date | null {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(id ?? '')
  if (!match) return null
  const [, y, mo, d, h, mi, s, ms] = match.map(Number) as number[]
  return new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!, ms!))
}
