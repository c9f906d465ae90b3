import { describe, expect, it } from 'vitest'
import { onlyShifted } from '../src/lib/deferredPages.ts'

/** A list page's dependencies as lib/routes.ts listRoutes records them. */
const deps = (n: number, total: number, items: number, keys: string[]) => [`page:${n}/${total}/${items}`, ...keys]
const none = new Set<string>()

describe('list pages a publish may leave for the next build', () => {
  it('leaves a page whose stories moved down by one, none of them changed, same page count', () => {
    const before = deps(7, 500, 9_990, ['a:120', 'a:121', 'a:122']).join(' ')
    expect(onlyShifted(before, deps(7, 500, 9_991, ['a:119', 'a:120', 'a:121']), none)).toBe(true)
  })

  it('renders a page showing a story the sync changed, before or after the shift', () => {
    const before = deps(7, 500, 9_990, ['a:120', 'a:121']).join(' ')
    const now = deps(7, 500, 9_991, ['a:119', 'a:120'])
    expect(onlyShifted(before, now, new Set(['a:121']))).toBe(false) // shown before (its title changed, say)
    expect(onlyShifted(before, now, new Set(['a:119']))).toBe(false) // shown now
    expect(onlyShifted(before, now, new Set(['e:119']))).toBe(true) // a profile, not on this page
  })

  it('leaves a page when its list grew a page (every page its pager links still exists)', () => {
    expect(onlyShifted(deps(7, 500, 10_000, ['a:1']).join(' '), deps(7, 501, 10_001, ['a:0']), none)).toBe(true)
  })

  it('renders a page whose list lost a page (its pager may link a page gone), and a new page', () => {
    expect(onlyShifted(deps(7, 501, 10_001, ['a:1']).join(' '), deps(7, 500, 10_000, ['a:2']), none)).toBe(false)
    expect(onlyShifted(undefined, deps(501, 501, 10_001, ['a:0']), none)).toBe(false)
  })

  it('renders pages that are not list pages (a story with its related stories)', () => {
    expect(onlyShifted('a:5 a:6', ['a:4', 'a:5'], none)).toBe(false)
    expect(onlyShifted(['page:2/3/50', 'a:1'].join(' '), ['a:0', 'a:1'], none)).toBe(false)
  })
})
