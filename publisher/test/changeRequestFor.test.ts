import { describe, expect, it } from 'vitest'
import { changeRequestFor, type ChangeInput } from '../src/client/changeRequestFor.ts'

const base = (over: Partial<ChangeInput>): ChangeInput => ({
  collection: 'articles',
  operation: 'update',
  doc: { id: 7, slug: 'bai-viet-moi', _status: 'published' },
  previousDoc: { slug: 'bai-viet-moi', _status: 'published' },
  drafts: true,
  draftSave: false,
  createChangesSite: true,
  at: new Date('2026-11-21T08:00:00Z'),
  ...over,
})

describe('changeRequestFor', () => {
  describe.each([
    ['publishing a draft', { previousDoc: { _status: 'draft' } }, { published: true }],
    ['editing a published article and publishing again', {}, { published: true }],
    ['unpublishing (a non-draft write leaving a draft)', { doc: { id: 7, slug: 'bai-viet-moi', _status: 'draft' } }, { published: false }],
    ['deleting a published article', { operation: 'delete', doc: { id: 7, slug: 'x', _status: 'published' } }, { published: false, operation: 'delete' }],
    ['changing the slug of a published article', { doc: { id: 7, slug: 'ten-moi', _status: 'published' }, previousDoc: { slug: 'ten-cu', _status: 'published' } }, { slug: 'ten-moi', previousSlug: 'ten-cu' }],
    ['renaming a category', { collection: 'categories', drafts: false, doc: { id: 2, slug: 'y-te' } }, { collection: 'categories', published: true }],
    ['creating a unit', { collection: 'units', drafts: false, operation: 'create', doc: { id: 3, slug: 'xa-moi' } }, { operation: 'create' }],
    ['deleting a movement', { collection: 'movements', drafts: false, operation: 'delete', doc: { id: 4, slug: 'p' } }, { published: false }],
    ['changing the caption of an image', { collection: 'media', drafts: false, createChangesSite: false, doc: { id: 5 } }, { slug: null }],
  ] as const)('requests a build for %s', (_what, over, expected) => {
    it('with the change described', () => {
      expect(changeRequestFor(base(over as Partial<ChangeInput>))).toMatchObject(expected)
    })
  })

  describe.each([
    ['saving a draft of a published article', { draftSave: true, doc: { id: 7, slug: 'x', _status: 'draft' } }],
    ['creating a draft', { operation: 'create', previousDoc: null, doc: { id: 8, slug: 'x', _status: 'draft' } }],
    ['deleting a draft that was never published', { operation: 'delete', doc: { id: 8, slug: 'x', _status: 'draft' } }],
    ['uploading a new image', { collection: 'media', drafts: false, createChangesSite: false, operation: 'create', doc: { id: 9 } }],
  ] as const)('does not build for %s', (_what, over) => {
    it('returns null', () => {
      expect(changeRequestFor(base(over as Partial<ChangeInput>))).toBeNull()
    })
  })
})
