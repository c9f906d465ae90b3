/**
 * The composition of a delegation (issue #11, point 3; Lạng Sơn plan, parts 1-3): priority to
 * direct workers and staff without leadership posts, a share of women and of ethnic-minority
 * delegates; seats allocated per unit. Counts, shares and warnings, per unit and in total.
 */
export interface CompositionDelegate {
  unit: string
  gender?: string | null
  ethnicity?: string | null
  directWorker?: boolean | null
  leadership?: boolean | null
}

export interface CompositionTargets {
  /** Minimum shares, 0-100 (percent); null or undefined: no target. */
  women?: number | null
  ethnicMinority?: number | null
  directWorkers?: number | null
}

export interface CompositionRow {
  unit: string
  seats: number | null
  delegates: number
  women: number
  ethnicMinority: number
  /** Direct workers without a leadership post: the plan's priority group. */
  directWorkers: number
  shares: { women: number | null; ethnicMinority: number | null; directWorkers: number | null }
  warnings: string[]
}

export interface Composition {
  rows: CompositionRow[]
  total: CompositionRow
}

/** The Kinh majority: everyone else counts as an ethnic-minority delegate. Unknown counts as neither. */
export function isEthnicMinority(ethnicity: string | null | undefined): boolean | null {
  const value = (ethnicity ?? '').normalize('NFC').trim().toLocaleLowerCase('vi')
  if (!value) return null
  return value !== 'kinh'
}

/** A share in percent, one decimal, or null for no delegates. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10
}

const TARGET_LABELS = { women: 'nữ', ethnicMinority: 'người dân tộc thiểu số', directWorkers: 'lao động trực tiếp, không giữ chức vụ lãnh đạo' } as const

function row(unit: string, seats: number | null, delegates: CompositionDelegate[], targets: CompositionTargets, checkTargets: boolean): CompositionRow {
  const women = delegates.filter((d) => d.gender === 'female').length
  const ethnicMinority = delegates.filter((d) => isEthnicMinority(d.ethnicity) === true).length
  const directWorkers = delegates.filter((d) => d.directWorker === true && d.leadership !== true).length
  const shares = { women: share(women, delegates.length), ethnicMinority: share(ethnicMinority, delegates.length), directWorkers: share(directWorkers, delegates.length) }
  const warnings: string[] = []
  if (seats !== null && delegates.length > seats) warnings.push(`Vượt số đại biểu được phân bổ: ${delegates.length}/${seats}.`)
  if (checkTargets && delegates.length > 0) {
    for (const key of Object.keys(TARGET_LABELS) as (keyof typeof TARGET_LABELS)[]) {
      const target = targets[key]
      const actual = shares[key]
      if (target != null && actual !== null && actual < target) warnings.push(`Tỷ lệ ${TARGET_LABELS[key]} ${actual}% thấp hơn mục tiêu ${target}%.`)
    }
  }
  return { unit, seats, delegates: delegates.length, women, ethnicMinority, directWorkers, shares, warnings }
}

/**
 * Per invited unit (in allocation order, then units with delegates but no allocation) and in total.
 * Seat warnings apply per unit and in total; share targets to the total, and to a unit only when
 * `targetsPerUnit` (a unit of three delegates cannot meet every share).
 */
export function delegateComposition(
  delegates: readonly CompositionDelegate[],
  allocations: readonly { unit: string; seats: number }[],
  targets: CompositionTargets = {},
  options: { targetsPerUnit?: boolean; totalSeats?: number | null } = {},
): Composition {
  const units = [...allocations.map((a) => a.unit), ...delegates.map((d) => d.unit)].filter((u, i, all) => all.indexOf(u) === i)
  const rows = units.map((unit) => {
    const allocated = allocations.find((a) => a.unit === unit)
    const own = delegates.filter((d) => d.unit === unit)
    const r = row(unit, allocated ? allocated.seats : null, own, targets, Boolean(options.targetsPerUnit))
    if (!allocated && own.length) r.warnings.unshift('Đơn vị không được phân bổ đại biểu.')
    return r
  })
  const seats = options.totalSeats ?? (allocations.length ? allocations.reduce((sum, a) => sum + a.seats, 0) : null)
  return { rows, total: row('Tổng cộng', seats, [...delegates], targets, true) }
}
