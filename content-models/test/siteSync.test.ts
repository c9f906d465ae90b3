import { describe, expect, it } from 'vitest'
import { checkDocumentCount } from '../src/site/countGuard.ts'
import { projectPublicDeep } from '../src/site/projectPublicDeep.ts'
import { planIncrementalSync } from '../src/site/syncPlan.ts'

describe('planIncrementalSync', () => {
  const stored = new Map<string, string | null>([['1', 'a'], ['2', 'b'], ['3', 'c'], ['4', null]])
  it.each([
    ['nothing changed', [{ id: 1, updatedAt: 'a' }, { id: 2, updatedAt: 'b' }, { id: 3, updatedAt: 'c' }, { id: 4, updatedAt: 'd' }], { fetch: ['4'], remove: [], unchanged: 3 }],
    ['one document edited', [{ id: 1, updatedAt: 'a' }, { id: 2, updatedAt: 'B' }, { id: 3, updatedAt: 'c' }, { id: 4, updatedAt: 'd' }], { fetch: ['2', '4'], remove: [], unchanged: 2 }],
    ['one added, one gone', [{ id: 1, updatedAt: 'a' }, { id: 2, updatedAt: 'b' }, { id: 4, updatedAt: 'd' }, { id: 9, updatedAt: 'z' }], { fetch: ['4', '9'], remove: ['3'], unchanged: 2 }],
    ['an older timestamp still counts as a change (late commit, clock step)', [{ id: 1, updatedAt: '0' }, { id: 2, updatedAt: 'b' }, { id: 3, updatedAt: 'c' }], { fetch: ['1'], remove: ['4'], unchanged: 2 }],
    ['ids as strings (MongoDB)', [{ id: '1', updatedAt: 'a' }], { fetch: [], remove: ['2', '3', '4'], unchanged: 1 }],
  ])('%s', (_name, manifest, expected) => {
    expect(planIncrementalSync(stored, manifest)).toEqual(expected)
  })
})

describe('checkDocumentCount', () => {
  const base = { minShareOfLastBuild: 0.8, toleratedDrop: 2, allowEmpty: false }
  it.each([
    ['an empty answer', { count: 0, lastGood: null }, { ok: false, reason: 'empty' }],
    ['an empty answer where empty is allowed', { count: 0, lastGood: null, allowEmpty: true }, { ok: true }],
    ['a first build', { count: 5, lastGood: null }, { ok: true }],
    ['growth', { count: 120, lastGood: 100 }, { ok: true }],
    ['a 20% drop (the limit)', { count: 80, lastGood: 100 }, { ok: true }],
    ['a 21% drop', { count: 79, lastGood: 100 }, { ok: false, reason: 'drop', lastGood: 100, minimum: 80 }],
    ['losing 2 of 8 (small list)', { count: 6, lastGood: 8 }, { ok: true }],
    ['losing 3 of 8', { count: 5, lastGood: 8 }, { ok: false, reason: 'drop', lastGood: 8, minimum: 7 }],
    ['everything gone from a collection that may be empty', { count: 0, lastGood: 40, allowEmpty: true }, { ok: false, reason: 'drop', lastGood: 40, minimum: 32 }],
  ])('%s', (_name, input, expected) => {
    expect(checkDocumentCount({ ...base, ...input })).toEqual(expected)
  })
})

describe('projectPublicDeep', () => {
  it('keeps only public fields, at every depth, and collapses populated drafts to ids', () => {
    const doc = {
      id: 1, title: 'T', slug: 't', internalNotes: 'secret', _status: 'published',
      unit: { id: 5, name: 'Huyện', slug: 'huyen', quota: 'month', secretField: 'x' },
      exemplars: [
        { id: 7, name: 'A', slug: 'a', _status: 'published', contact: { phone: '0912' }, consentToPublish: true, portrait: { id: 3, alt: 'ảnh', url: '/a.jpg', uploadedBy: 9 } },
        { id: 8, name: 'Nháp', slug: 'nhap', _status: 'draft' },
        9,
      ],
    }
    expect(projectPublicDeep('articles', doc)).toEqual({
      id: 1, title: 'T', slug: 't', _status: 'published',
      unit: { id: 5, name: 'Huyện', slug: 'huyen' },
      exemplars: [{ id: 7, name: 'A', slug: 'a', _status: 'published', portrait: { id: 3, alt: 'ảnh', url: '/a.jpg' } }, 8, 9],
    })
  })
})
