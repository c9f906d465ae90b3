import { describe, expect, it } from 'vitest'
import { CONFERENCE_AGENDA, defaultAgenda, delegateComposition, eventTimes, isEthnicMinority, share, type CompositionDelegate } from '../src/index.ts'

const d = (unit: string, extra: Partial<CompositionDelegate> = {}): CompositionDelegate => ({ unit, gender: 'male', ethnicity: 'Kinh', directWorker: false, leadership: true, ...extra })

describe('delegateComposition', () => {
  it.each<[string, CompositionDelegate[], number, number, number]>([
    ['nobody', [], 0, 0, 0],
    ['one woman of the Tày people working directly', [d('A', { gender: 'female', ethnicity: 'Tày', directWorker: true, leadership: false })], 1, 1, 1],
    ['a direct worker who holds a post does not count as priority', [d('A', { directWorker: true, leadership: true })], 0, 0, 0],
    ['ethnicity unknown counts as neither', [d('A', { ethnicity: '' }), d('A', { ethnicity: 'kinh' }), d('A', { ethnicity: 'Nùng' })], 0, 1, 0],
  ])('%s', (_name, delegates, women, minority, direct) => {
    const { total } = delegateComposition(delegates, [{ unit: 'A', seats: 5 }])
    expect([total.women, total.ethnicMinority, total.directWorkers]).toEqual([women, minority, direct])
  })

  it('shares round to one decimal; no delegates gives no share', () => {
    expect(share(1, 3)).toBe(33.3)
    expect(share(2, 3)).toBe(66.7)
    expect(share(0, 0)).toBeNull()
  })

  it('warns when a unit exceeds its seats, when a unit was not allocated any, and when a total target is missed', () => {
    const delegates = [d('A', { gender: 'female' }), d('A'), d('A'), d('B'), d('C', { ethnicity: 'Dao' })]
    const { rows, total } = delegateComposition(delegates, [{ unit: 'A', seats: 2 }, { unit: 'B', seats: 3 }], { women: 30, ethnicMinority: 20, directWorkers: 50 })
    expect(rows.map((r) => [r.unit, r.seats, r.delegates, r.warnings])).toEqual([
      ['A', 2, 3, ['Vượt số đại biểu được phân bổ: 3/2.']],
      ['B', 3, 1, []],
      ['C', null, 1, ['Đơn vị không được phân bổ đại biểu.']],
    ])
    expect(total.seats).toBe(5)
    expect(total.shares).toEqual({ women: 20, ethnicMinority: 20, directWorkers: 0 })
    expect(total.warnings).toEqual([
      'Tỷ lệ nữ 20% thấp hơn mục tiêu 30%.',
      'Tỷ lệ lao động trực tiếp, không giữ chức vụ lãnh đạo 0% thấp hơn mục tiêu 50%.',
    ])
  })

  it('the total over its seats is a warning too; per-unit targets only when asked', () => {
    const delegates = [d('A'), d('A'), d('B')]
    const plain = delegateComposition(delegates, [{ unit: 'A', seats: 2 }, { unit: 'B', seats: 1 }], { women: 50 }, { totalSeats: 2 })
    expect(plain.total.warnings[0]).toBe('Vượt số đại biểu được phân bổ: 3/2.')
    expect(plain.rows[0]!.warnings).toEqual([])
    expect(delegateComposition(delegates, [{ unit: 'A', seats: 2 }], { women: 50 }, { targetsPerUnit: true }).rows[0]!.warnings).toEqual(['Tỷ lệ nữ 0% thấp hơn mục tiêu 50%.'])
  })

  it('isEthnicMinority reads the NFD-typed "Kinh" as Kinh', () => {
    expect(isEthnicMinority('KINH')).toBe(false)
    expect(isEthnicMinority('Mường'.normalize('NFD'))).toBe(true)
  })
})

describe('agenda and times', () => {
  it('the conference agenda follows the Lạng Sơn plan in order', () => {
    const items = CONFERENCE_AGENDA.map((a) => a.item)
    const order = ['Chào cờ', 'khai mạc', 'Báo cáo tổng kết', 'tham luận', 'Biểu dương, tôn vinh', 'Phát động', 'hưởng ứng', 'danh sách đại biểu', 'bế mạc']
    const positions = order.map((word) => items.findIndex((item) => item.includes(word)))
    expect(positions.every((p) => p >= 0)).toBe(true)
    expect([...positions].sort((a, b) => a - b)).toEqual(positions)
    expect(defaultAgenda('talk-exchange')[0]!.item).toMatch(/Tuyên bố lý do/)
  })

  it.each([
    ['2026-05-14T17:00:00.000Z', 'morning', '2026-05-15T00:30:00.000Z', '2026-05-15T04:30:00.000Z'],
    ['2026-05-14T17:00:00.000Z', 'full-day', '2026-05-15T00:30:00.000Z', '2026-05-15T10:00:00.000Z'],
    ['2026-05-15T07:00:00.000Z', 'afternoon', '2026-05-15T07:00:00.000Z', '2026-05-15T10:00:00.000Z'],
  ])('%s (%s) runs %s to %s', (startsAt, duration, start, end) => {
    const times = eventTimes(startsAt, duration)
    expect([times.start.toISOString(), times.end.toISOString()]).toEqual([start, end])
  })
})
