import { describe, expect, it } from 'vitest'
import { CONFERENCE_AGENDA, defaultAgenda, delegateComposition, eventCalendarEntry, eventTimes, eventToFeedItem, isEthnicMinority, resolveEvent, share, type CompositionDelegate } from '../src/index.ts'

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

describe('events on the portal', () => {
  const lookups = {
    media: new Map(), audio: new Map(), categories: new Map(), movements: new Map(),
    units: new Map([['1', { id: 1, name: 'Huyện Hoà An', slug: 'huyen-hoa-an' }]]),
    exemplars: new Map([
      ['10', { id: 10, name: 'Nông Thị Hoa', slug: 'nong-thi-hoa', _status: 'published' }],
      ['11', { id: 11, name: 'Hồ sơ nháp', slug: 'ho-so-nhap', _status: 'draft' }],
    ]),
  } as never
  const doc = {
    id: 5, title: 'Hội nghị điển hình tiên tiến huyện Hoà An', slug: 'hoi-nghi', guid: 'urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427', eventType: 'honouring-conference', level: 'district-sector',
    startsAt: '2026-05-14T17:00:00.000Z', duration: 'morning', place: 'Hội trường UBND huyện', unit: 1, honoured: [10, 11],
    awards: [
      { form: 'giay-khen', exemplar: 10, decisionNumber: '215/QĐ-UBND' },
      { form: 'giay-khen', exemplar: 11 },
      { form: 'bang-khen', recipientName: 'Tổ hợp tác chè', recipientUnit: 1 },
    ],
    agenda: [{ time: '08:00', item: 'Chào cờ' }], publishedAt: '2026-05-01T00:00:00.000Z', createdAt: '2026-04-01T00:00:00.000Z', updatedAt: '2026-05-02T00:00:00.000Z', _status: 'published',
  } as never

  it('resolveEvent keeps published profiles only, and an award to a draft profile is left out rather than named', () => {
    const e = resolveEvent(doc, lookups)
    expect(e.honoured.map((h) => h.name)).toEqual(['Nông Thị Hoa'])
    expect(e.awards.map((a) => [a.recipient, a.exemplar?.slug ?? null, a.recipientUnit?.name ?? null])).toEqual([
      ['Nông Thị Hoa', 'nong-thi-hoa', null],
      ['Tổ hợp tác chè', null, 'Huyện Hoà An'],
    ])
    expect(JSON.stringify(e)).not.toContain('Hồ sơ nháp')
  })

  it('the feed item and the calendar entry say what, when and where, with a stable identity', () => {
    const e = resolveEvent(doc, lookups)
    const item = eventToFeedItem({ siteUrl: 'https://thidua.example', renderMarkdown: () => '', imageFile: () => null, audioUrl: () => null } as never, e)
    expect(item).toMatchObject({ collection: 'events', guid: 'urn:uuid:1b4e28ba-2fa1-11d2-883f-0016d3cca427', url: 'https://thidua.example/su-kien/hoi-nghi/' })
    expect(item.summary).toBe('Hội nghị biểu dương điển hình tiên tiến cấp huyện, ngành, 15/05/2026, buổi sáng, tại Hội trường UBND huyện.')
    expect(item.contentHtml).toContain('<li>08:00 Chào cờ</li>')
    expect(item.contentHtml).toContain('Quyết định số 215/QĐ-UBND')
    const entry = eventCalendarEntry(e, 'https://thidua.example')
    expect(entry).toMatchObject({ uid: '1b4e28ba-2fa1-11d2-883f-0016d3cca427@thidua', summary: 'Hội nghị điển hình tiên tiến huyện Hoà An', location: 'Hội trường UBND huyện', url: 'https://thidua.example/su-kien/hoi-nghi/' })
    expect([entry.start.toISOString(), entry.end.toISOString()]).toEqual(['2026-05-15T00:30:00.000Z', '2026-05-15T04:30:00.000Z'])
    expect(entry.description).toContain('Đơn vị tổ chức: Huyện Hoà An.')
  })
})
