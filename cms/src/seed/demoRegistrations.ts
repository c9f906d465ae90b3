/**
 * Registrations of the current year in the demo (issue #10, point 8): most units registered before
 * 15/8, some already delivered by a published profile, one registered late and one returned.
 */
export interface DemoRegistration {
  unit: string
  name: string
  kind: 'advanced' | 'new-model' | 'new-factor' | 'good-deed'
  subjectType: 'individual' | 'collective' | 'household'
  plannedQuarter: '1' | '2' | '3' | '4'
  /** A seeded profile that delivers it, by name. */
  deliveredBy?: string
  /** Month and day of the registration, in the current year. */
  on: [number, number]
  status: 'submitted' | 'accepted' | 'returned'
  reviewComment?: string
}

export function demoRegistrations(profilesByUnit: ReadonlyMap<string, string[]>): DemoRegistration[] {
  const list: DemoRegistration[] = []
  let n = 0
  for (const [unit, profiles] of profilesByUnit) {
    const first = profiles[0]
    list.push({
      unit,
      name: first ? `Nhân rộng điển hình: ${first}` : `Điển hình tiên tiến của ${unit}`,
      kind: 'advanced',
      subjectType: 'individual',
      plannedQuarter: String((n % 4) + 1) as DemoRegistration['plannedQuarter'],
      deliveredBy: n % 3 === 2 ? undefined : first,
      on: [3 + (n % 5), 10 + n],
      status: 'accepted',
    })
    if (n % 2 === 0) {
      list.push({
        unit,
        name: `Mô hình mới của ${unit} năm nay`,
        kind: 'new-model',
        subjectType: 'collective',
        plannedQuarter: '4',
        on: n === 4 ? [9, 2] : [6, 20],
        status: n === 2 ? 'returned' : 'submitted',
        reviewComment: n === 2 ? 'Đề nghị nêu rõ tên mô hình và kết quả dự kiến.' : undefined,
      })
    }
    n++
  }
  return list
}
