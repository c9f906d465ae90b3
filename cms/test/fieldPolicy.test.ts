import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { CollectionConfig, Field } from 'payload'
import { FIELD_POLICY, PUBLIC_FIELDS, type CollectionSlug } from '@thidua/content-models'
import { UnclassifiedFieldError, applyFieldPolicy } from '../src/access/applyFieldPolicy.ts'
import { startTestPayload, type TestPayload } from './helpers/testPayload.ts'

/**
 * One definition of what is public (issue #9, point 1): every field of every collection is
 * classified in content-models' field policy, and the CMS refuses a field nobody classified.
 */
let t: TestPayload
beforeAll(async () => {
  t = await startTestPayload()
})
afterAll(async () => t?.cleanup())

/** Top-level data fields of a sanitized collection (inside rows and collapsibles), Payload's auth fields aside. */
function topLevelNames(fields: Field[]): string[] {
  return fields.flatMap((field) => {
    if ('name' in field && field.type !== 'ui') return [field.name]
    if (field.type === 'tabs') return field.tabs.flatMap((tab) => ('name' in tab && tab.name ? [tab.name] : topLevelNames(tab.fields)))
    return 'fields' in field ? topLevelNames(field.fields) : []
  })
}
const AUTH_FIELDS = new Set(['email', 'resetPasswordRequestedAt', 'resetPasswordToken', 'resetPasswordExpiration', 'salt', 'hash', 'loginAttempts', 'lockUntil', 'sessions', 'enableAPIKey', 'apiKey', 'apiKeyIndex'])

describe('the field policy', () => {
  it.each(Object.keys(FIELD_POLICY) as CollectionSlug[])('classifies every field of %s, and nothing that is not one', (slug) => {
    const config = t.payload.collections[slug as keyof typeof t.payload.collections]?.config ?? t.payload.globals.config.find((g) => g.slug === slug)!
    const names = topLevelNames(config.fields).filter((n) => !('auth' in config && config.auth && AUTH_FIELDS.has(n)) || n === 'email')
    const classified = Object.keys(FIELD_POLICY[slug])
    expect(names.filter((n) => !classified.includes(n))).toEqual([])
    const stale = classified.filter((n) => !names.includes(n) && !['id', 'createdAt', 'updatedAt', '_status'].includes(n))
    expect(stale).toEqual([])
  })

  it('stops the CMS from starting with a field the policy does not know', () => {
    const collection: CollectionConfig = { slug: 'articles', fields: [{ name: 'title', type: 'text' }, { type: 'row', fields: [{ name: 'secretScore', type: 'number' }] }] }
    expect(() => applyFieldPolicy(collection)).toThrow(UnclassifiedFieldError)
    expect(() => applyFieldPolicy(collection)).toThrow(/secretScore/)
  })

  it('derives field access from the policy: staff-only fields get a read rule, public ones none', () => {
    const fields = t.payload.collections.exemplars.config.flattenedFields
    const byName = (name: string) => fields.find((f) => 'name' in f && f.name === name) as { access?: { read?: unknown; update?: unknown } } | undefined
    expect(byName('ethnicity')?.access?.read).toBeTypeOf('function')
    expect(byName('consentToPublish')?.access?.update).toBeTypeOf('function')
    expect(byName('name')?.access?.read).toBeUndefined()
    expect(PUBLIC_FIELDS.exemplars).not.toContain('ethnicity')
    expect(PUBLIC_FIELDS.users).toEqual([])
  })
})
