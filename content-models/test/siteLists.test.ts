import { describe, expect, it } from 'vitest'
import { ancestorsOf } from '../src/site/ancestors.ts'
import { groupUnits } from '../src/site/groupUnits.ts'
import { buildListings } from '../src/site/listings.ts'
import { pageParam, pagerNumbers, paginate } from '../src/site/pagination.ts'
import { prevNext, relatedArticlesIndex } from '../src/site/related.ts'
import { collectTags, placeLine, tagSlug } from '../src/site/tags.ts'

describe('paginate', () => {
  it.each([
    [0, 20, [0]], [1, 20, [1]], [20, 20, [20]], [21, 20, [20, 1]], [45, 20, [20, 20, 5]],
  ])('%i items, %i a page, gives pages of %o', (n, per, sizes) => {
    const pages = paginate(Array.from({ length: n }, (_, i) => i), per)
    expect(pages.map((p) => p.items.length)).toEqual(sizes)
    expect(pages.every((p, i) => p.number === i + 1 && p.total === sizes.length)).toBe(true)
  })
  it('refuses a page size below one', () => expect(() => paginate([], 0)).toThrow(RangeError))
  it.each([[1, undefined], [2, 'trang/2'], [10, 'trang/10']])('page %i has the route parameter %s', (n, param) => expect(pageParam(n)).toBe(param))
})

describe('pagerNumbers', () => {
  it.each([
    [1, 1, [1]], [1, 3, [1, 2, 3]], [1, 10, [1, 2, null, 10]], [5, 10, [1, null, 4, 5, 6, null, 10]],
    [3, 10, [1, 2, 3, 4, null, 10]], [10, 10, [1, null, 9, 10]], [4, 7, [1, 2, 3, 4, 5, 6, 7]],
  ])('page %i of %i shows %o', (current, total, expected) => expect(pagerNumbers(current, total)).toEqual(expected))
})

describe('groupUnits', () => {
  const units = [
    { id: 1, name: 'Sở Y tế', slug: 'so-y-te', type: 'department' as const },
    { id: 2, name: 'Huyện Đắk Lâm', slug: 'dl', type: 'district' as const },
    { id: 3, name: 'Huyện Hoà An', slug: 'ha', type: 'district' as const },
    { id: 4, name: 'Xã Tân Hoà', slug: 'th', type: 'commune' as const, parent: 3 },
    { id: 5, name: 'Công đoàn Bệnh viện', slug: 'cd', type: 'union' as const, parent: { id: 6, name: 'x', slug: 'x' } },
    { id: 6, name: 'Liên đoàn Lao động tỉnh', slug: 'ldld', type: 'association' as const },
    { id: 7, name: 'Xã mồ côi', slug: 'mc', type: 'commune' as const, parent: 99 },
  ]
  it('puts districts (with communes) first, then departments, then the rest, each in Vietnamese order', () => {
    const groups = groupUnits(units)
    expect(groups.map((g) => g.key)).toEqual(['district', 'department', 'other'])
    expect(groups[0]!.units.map((n) => n.unit.name)).toEqual(['Huyện Đắk Lâm', 'Huyện Hoà An', 'Xã mồ côi'])
    expect(groups[0]!.units[1]!.children.map((n) => n.unit.name)).toEqual(['Xã Tân Hoà'])
    expect(groups[2]!.units.map((n) => n.unit.name)).toEqual(['Liên đoàn Lao động tỉnh'])
    expect(groups[2]!.units[0]!.children.map((n) => n.unit.name)).toEqual(['Công đoàn Bệnh viện'])
  })
  it('survives a parent cycle', () => {
    const groups = groupUnits([{ id: 1, name: 'A', slug: 'a', type: 'district', parent: 2 }, { id: 2, name: 'B', slug: 'b', type: 'district', parent: 1 }])
    expect(groups).toEqual([])
  })
})

describe('ancestorsOf', () => {
  const up = ancestorsOf([{ id: 1 }, { id: 2, parent: 1 }, { id: 3, parent: { id: 2 } }, { id: 4, parent: 5 }, { id: 5, parent: 4 }])
  it.each([['1', ['1']], ['3', ['3', '2', '1']], ['4', ['4', '5']], ['9', ['9']]])('%s -> %o', (id, chain) => expect(up(id)).toEqual(chain))
})

describe('tags', () => {
  it.each([['Gương sáng', 'guong-sang'], ['Đắk Lắk', 'dak-lak'], ['  ', '']])('%s has the slug %s', (tag, slug) => expect(tagSlug(tag)).toBe(slug))
  it('merges spellings by slug, names them by the most used, sorts by use', () => {
    expect(collectTags([{ tags: ['gương sáng', 'Y tế'] }, { tags: ['Gương sáng'] }, { tags: ['Gương sáng', '!!!'] }, { tags: null }])).toEqual([
      { name: 'Gương sáng', slug: 'guong-sang', count: 3 },
      { name: 'Y tế', slug: 'y-te', count: 1 },
    ])
  })
})

describe('related articles and neighbours', () => {
  const a = (id: number, extra: object = {}) => ({ id, exemplars: [], movements: [], field: null, tags: [], ...extra })
  const list = [
    a(1, { exemplars: [{ id: 10 }], field: { id: 3 } }),
    a(2, { field: { id: 3 } }),
    a(3, { exemplars: [{ id: 10 }] }),
    a(4, { tags: ['x'] }),
    a(5, { movements: [{ id: 7 }], field: { id: 3 } }),
    a(6),
  ]
  const related = relatedArticlesIndex(list)
  it('ranks a shared profile over a shared movement over a shared field, never the article itself', () => {
    expect(related(a(99, { exemplars: [{ id: 10 }], movements: [{ id: 7 }], field: { id: 3 } }), 4).map((x) => x.id)).toEqual([1, 3, 5, 2])
    expect(related(list[0]!, 5).map((x) => x.id)).toEqual([3, 2, 5])
    expect(related(list[5]!)).toEqual([])
  })
  it('keeps the highest scores, ties in list order, as sorting every candidate would (random lists)', () => {
    let seed = 7
    const rnd = (n: number) => (seed = (seed * 16807) % 2147483647) % n
    const ids = (n: number, max: number) => [...new Set(Array.from({ length: rnd(n) }, () => rnd(max)))].map((id) => ({ id }))
    interface Story { id: number; exemplars: { id: number }[]; movements: { id: number }[]; field: { id: number } | null; tags: string[] }
    const many: Story[] = Array.from({ length: 400 }, (_, i) => ({ id: i + 1, exemplars: ids(2, 30), movements: ids(3, 6), field: rnd(3) ? { id: rnd(5) } : null, tags: ids(3, 8).map((t) => `t${t.id}`) }))
    const index = relatedArticlesIndex(many, 1000)
    const weights = (x: Story, y: Story) =>
      8 * x.exemplars.filter((e) => y.exemplars.some((f) => f.id === e.id)).length +
      3 * x.movements.filter((m) => y.movements.some((n) => n.id === m.id)).length +
      (x.field && y.field && x.field.id === y.field.id ? 2 : 0) +
      x.tags.filter((t) => y.tags.includes(t)).length
    for (const article of many.slice(0, 60)) {
      for (const limit of [0, 1, 3, 7, 2.5, -2, Number.NaN, Number.POSITIVE_INFINITY]) {
        const expected = many.map((other, i) => ({ other, i, score: other === article ? 0 : weights(article, other) }))
          .filter((c) => c.score > 0).sort((p, q) => q.score - p.score || p.i - q.i).slice(0, limit).map((c) => c.other.id)
        expect(index(article, limit).map((x) => x.id)).toEqual(expected)
      }
    }
  })
  it('finds the newer and older neighbours', () => {
    expect(prevNext(list, 1)).toEqual({ newer: undefined, older: list[1] })
    expect(prevNext(list, 3)).toEqual({ newer: list[1], older: list[3] })
    expect(prevNext(list, 42)).toEqual({})
  })
})

describe('buildListings', () => {
  const at = (d: number) => `2026-01-${String(d).padStart(2, '0')}T00:00:00.000Z`
  const articles = [
    { id: 1, publishedAt: at(9), exemplars: [{ id: 1 }], field: { id: 2 }, movements: [{ id: 1 }], unit: { id: 4 }, tags: ['Gương sáng', 'gương sáng'] },
    { id: 2, publishedAt: at(5), exemplars: [], field: null, movements: [], unit: null, tags: [] },
  ]
  const exemplars = [
    { id: 1, publishedAt: at(7), kind: 'advanced' as const, subjectType: 'individual' as const, field: { id: 1 }, movements: [{ id: 1 }], unit: { id: 3 } },
  ]
  const l = buildListings(articles, exemplars, { fieldWithAncestors: (id) => (id === '2' ? ['2', '1'] : [id]), unitWithAncestors: (id) => (id === '4' ? ['4', '3'] : [id]) })
  it('mixes articles and profiles newest first, and a parent lists its children\'s items', () => {
    expect(l.byField.get('1')!.map((e) => `${e.type}:${e.item.id}`)).toEqual(['article:1', 'exemplar:1'])
    expect(l.byField.get('2')!.map((e) => `${e.type}:${e.item.id}`)).toEqual(['article:1'])
    expect(l.byUnit.get('3')!.map((e) => `${e.type}:${e.item.id}`)).toEqual(['article:1', 'exemplar:1'])
    expect(l.byMovement.get('1')!.map((e) => e.type)).toEqual(['article', 'exemplar'])
  })
  it('groups profiles by kind and subject type, articles by tag slug (once each) and by profile', () => {
    expect(l.byKind.get('advanced')).toEqual(exemplars)
    expect(l.bySubjectType.get('individual')).toEqual(exemplars)
    expect(l.byTag.get('guong-sang')).toEqual([articles[0]])
    expect(l.articlesByExemplar.get('1')).toEqual([articles[0]])
  })
})

describe('cards and tags (issue #13, point 3)', () => {
  it.each([
    ['Huyện Hoà An', 'huyện Hoà An', 'huyện Hoà An'],
    ['Xã Tân Hoà', 'xã Tân Hoà, huyện Hoà An', 'xã Tân Hoà, huyện Hoà An'],
    ['Sở Y tế', 'thành phố Sơn Hà', 'Sở Y tế · thành phố Sơn Hà'],
    ['Sở Y tế', null, 'Sở Y tế'],
    [null, 'thôn Nà Khoang', 'thôn Nà Khoang'],
  ])('the place line of %s and %s is %s', (unit, locality, line) => expect(placeLine(unit, locality)).toBe(line))

  it('a tag keeps the spelling with diacritics even when the folded one is more used', () => {
    const tags = collectTags([{ tags: ['dien hinh tien tien'] }, { tags: ['dien hinh tien tien'] }, { tags: ['điển hình tiên tiến'] }])
    expect(tags).toEqual([{ name: 'điển hình tiên tiến', slug: 'dien-hinh-tien-tien', count: 3 }])
  })
})
