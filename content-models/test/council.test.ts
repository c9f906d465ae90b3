import { describe, expect, it } from 'vitest'
import {
  annualReport, currentCell, defaultYearPlan, firstPublishedAt, isLateRegistration, periodOf, periodsOfYear, quotaBoard, ruleFor,
  type QuotaItem, type QuotaUnit,
} from '../src/index.ts'

const plan = defaultYearPlan(2026)
const district: QuotaUnit = { id: 1, name: 'Huyện Hoà An', type: 'district', createdAt: '2020-01-01T00:00:00Z' }
const department: QuotaUnit = { id: 2, name: 'Sở Y tế', type: 'department', createdAt: '2020-01-01T00:00:00Z' }
const union: QuotaUnit = { id: 3, name: 'Công đoàn cơ sở Trường THPT', type: 'union' }
const item = (id: number, unitId: number, at: string | null, collection: 'articles' | 'exemplars' = 'articles'): QuotaItem => ({
  id, unitId, collection, title: `Bài ${id}`, firstPublishedAt: at ? new Date(at) : null,
})

describe('periods in Vietnam time (issue #10)', () => {
  it.each([
    ['2026-11-30T17:30:00Z', 'month', '2026-12', 'Tháng 12/2026'],
    ['2026-11-30T16:59:59Z', 'month', '2026-11', 'Tháng 11/2026'],
    ['2026-03-31T17:00:00Z', 'quarter', '2026-Q2', 'Quý II/2026'],
    ['2026-12-31T17:00:00Z', 'quarter', '2027-Q1', 'Quý I/2027'],
    ['2026-01-01T00:00:00Z', 'quarter', '2026-Q1', 'Quý I/2026'],
  ] as const)('%s falls in %s %s', (instant, kind, key, label) => {
    expect(periodOf(new Date(instant), kind)).toMatchObject({ key, label })
  })

  it('splits a year into 12 months and 4 quarters that start at midnight in Vietnam', () => {
    expect(periodsOfYear(2026, 'month')).toHaveLength(12)
    expect(periodsOfYear(2026, 'quarter')[3]!.start.toISOString()).toBe('2026-09-30T17:00:00.000Z')
  })
})

describe('quota rules (issue #10, point 1)', () => {
  it.each([
    [district, 'month', 1],
    [department, 'quarter', 1],
    [union, 'none', 0],
    [{ ...union, quota: 'quarter' }, 'quarter', 1],
    [{ ...district, quota: 'none' }, 'none', 0],
    [{ ...district, quotaMinimum: 2 }, 'month', 2],
    [{ ...district, type: 'commune' as const }, 'month', 1],
  ] as const)('%j -> %s, at least %i', (unit, period, minimum) => {
    expect(ruleFor(plan, unit)).toEqual({ period, minimum })
  })

  it('follows the plan when the council edits a type rule', () => {
    const edited = { ...plan, rules: plan.rules.map((r) => (r.unitType === 'district' ? { ...r, period: 'quarter' as const, minimum: 2 } : r)) }
    expect(ruleFor(edited, district)).toEqual({ period: 'quarter', minimum: 2 })
  })
})

describe('the scoreboard (issue #10, point 3)', () => {
  const now = new Date('2026-11-20T03:00:00Z')
  const items = [
    item(1, 1, '2026-01-10T03:00:00Z'),
    item(2, 1, '2026-01-31T18:00:00Z'), // 1 February in Vietnam
    item(3, 1, '2026-11-05T03:00:00Z'),
    item(4, 2, '2026-05-05T03:00:00Z', 'exemplars'),
    item(5, 1, null), // never published: never counts
  ]
  const board = quotaBoard({ plan, units: [district, department, union], items, now })
  const row = (id: number) => board.rows.find((r) => r.unit.id === id)!

  it('marks each period met, missed, in progress or upcoming, with its count', () => {
    const states = row(1).cells.map((c) => `${c.period.key}:${c.state}:${c.count}`)
    expect(states.slice(0, 3)).toEqual(['2026-01:met:1', '2026-02:met:1', '2026-03:missed:0'])
    expect(states[10]).toBe('2026-11:met:1')
    expect(states[11]).toBe('2026-12:upcoming:0')
    expect(row(2).cells.map((c) => c.state)).toEqual(['missed', 'met', 'missed', 'in-progress'])
  })

  it('scores the share of due periods met and leaves units without quota out of it', () => {
    // January, February and November met (November early); March to October missed.
    expect(row(1)).toMatchObject({ met: 3, required: 11 })
    expect(row(1).score).toBeCloseTo(3 / 11)
    expect(row(3)).toMatchObject({ period: 'none', cells: [], score: null })
  })

  it('owes nothing for periods that ended before a unit existed', () => {
    const late = quotaBoard({ plan, units: [{ ...district, id: 9, createdAt: '2026-06-15T00:00:00Z' }], items: [], now }).rows[0]!
    expect(late.cells.slice(0, 5).every((c) => c.state === 'not-required')).toBe(true)
    expect(late.cells[5]!.state).toBe('missed')
  })

  it('gives the share of units that met each period', () => {
    expect(board.totals.month[0]).toMatchObject({ met: 1, required: 1, share: 1 })
    expect(board.totals.quarter[1]).toMatchObject({ met: 1, required: 1 })
    expect(currentCell(row(2), now)?.state).toBe('in-progress')
  })
})

describe('what counts (issue #10, point 1)', () => {
  it('counts a story once, at its first publication, whatever edits or re-publications follow', () => {
    const history = [
      { toState: 'submitted', at: '2026-02-01T01:00:00Z' },
      { toState: 'published', at: '2026-02-03T01:00:00Z' },
      { toState: 'unpublished', at: '2026-04-01T01:00:00Z' },
      { toState: 'published', at: '2026-05-01T01:00:00Z' },
    ]
    expect(firstPublishedAt({ reviewHistory: history, _status: 'published', publishedAt: '2026-05-01T01:00:00Z' })?.toISOString()).toBe('2026-02-03T01:00:00.000Z')
  })

  it('keeps a taken-down story counted in the period it was introduced', () => {
    expect(firstPublishedAt({ reviewHistory: [{ toState: 'published', at: '2026-02-03T01:00:00Z' }, { toState: 'unpublished', at: '2026-03-01T00:00:00Z' }], _status: 'draft' })).not.toBeNull()
  })

  it('falls back to the publication date for stories published before the review history', () => {
    expect(firstPublishedAt({ _status: 'published', publishedAt: '2025-12-31T18:00:00Z' })?.toISOString()).toBe('2025-12-31T18:00:00.000Z')
    expect(firstPublishedAt({ _status: 'draft', publishedAt: '2026-01-01T00:00:00Z' })).toBeNull()
  })
})

describe('the annual report (issue #10, point 6)', () => {
  it('counts per unit and for the province', () => {
    const now = new Date('2026-12-31T00:00:00Z')
    const board = quotaBoard({ plan, units: [district, department], items: [item(1, 1, '2026-03-02T00:00:00Z')], now })
    const report = annualReport({
      board,
      docs: [
        { collection: 'exemplars', unitId: 1, kind: 'new-model', subjectType: 'household', field: 'Nông nghiệp', movements: ['Nông thôn mới'],
          reviewHistory: [{ toState: 'submitted', at: '2026-03-01T00:00:00Z' }, { toState: 'changes_requested', at: '2026-03-01T12:00:00Z' }, { toState: 'published', at: '2026-03-03T00:00:00Z' }], _status: 'published' },
        { collection: 'articles', unitId: 1, field: 'Nông nghiệp', reviewHistory: [{ toState: 'submitted', at: '2026-06-01T00:00:00Z' }, { toState: 'published', at: '2026-06-05T00:00:00Z' }], _status: 'published' },
        { collection: 'articles', unitId: 2, reviewHistory: [{ toState: 'published', at: '2025-06-05T00:00:00Z' }], _status: 'published' },
      ],
      registrations: [
        { unitId: 1, year: 2026, delivered: true, late: false, status: 'accepted' },
        { unitId: 1, year: 2026, delivered: false, late: true, status: 'submitted' },
        { unitId: 2, year: 2025, delivered: true, late: false, status: 'accepted' },
      ],
    })
    const hoaAn = report.units.find((u) => u.unitId === 1)!
    expect(hoaAn).toMatchObject({ profiles: 1, stories: 1, registrations: 2, registrationsDelivered: 1, registrationsLate: 1, returned: 1, medianDaysToPublication: 3 })
    expect(hoaAn.byKind['new-model']).toBe(1)
    expect(hoaAn.bySubjectType.household).toBe(1)
    expect(hoaAn.byField['Nông nghiệp']).toBe(2)
    expect(report.units.find((u) => u.unitId === 2)!.stories).toBe(0)
    expect(report.totals).toMatchObject({ profiles: 1, stories: 1, registrations: 2, periodsRequired: 14 })
  })
})

describe('isLateRegistration (the 15/8 deadline, in Vietnam time)', () => {
  it('counts the whole deadline day in Vietnam, whatever the server clock', () => {
    // 15/8/2026 23:59 in Hà Nội is 16:59Z; 16/8 00:00 there is 15/8 17:00Z.
    expect(isLateRegistration(new Date('2026-08-15T16:59:00Z'), 2026, null)).toBe(false)
    expect(isLateRegistration(new Date('2026-08-15T17:00:00Z'), 2026, null)).toBe(true)
  })
  it('takes the plan\'s own deadline, stored as an instant, on its Vietnamese calendar day', () => {
    // Stored by the admin as midnight of 31/8 in Vietnam: 30/8 17:00Z.
    const deadline = '2026-08-30T17:00:00.000Z'
    expect(isLateRegistration(new Date('2026-08-31T16:59:00Z'), 2026, deadline)).toBe(false)
    expect(isLateRegistration(new Date('2026-08-31T17:00:00Z'), 2026, deadline)).toBe(true)
  })
})
