import type { CollectionConfig, Field, FieldAccess } from 'payload'
import { fieldRule, type CollectionSlug, type FieldRule, type GlobalSlug } from '@thidua/content-models'
import { isAdminField, isSignedInField, isStaffField } from './roles.ts'

const never: FieldAccess = () => false

/** Field access for one rule of the publication policy (content-models/src/publication). */
function accessFor(rule: FieldRule): { read?: FieldAccess; create?: FieldAccess; update?: FieldAccess } {
  const read = rule.read === 'staff' ? isStaffField : rule.read === 'signedIn' ? isSignedInField : undefined
  const write = rule.write === 'staff' ? isStaffField : rule.write === 'admin' ? isAdminField : rule.write === 'system' ? never : undefined
  return { ...(read ? { read } : {}), ...(write ? { create: write, update: write } : {}) }
}

/** An error at start-up, not a silent hole: a field nobody classified would be public by default. */
export class UnclassifiedFieldError extends Error {
  constructor(collection: string, fields: string[]) {
    super(
      `Collection "${collection}" has fields not classified in content-models/src/publication/fieldPolicy.ts: ${fields.join(', ')}. ` +
        'Say who may read and write each one there before using it.',
    )
    this.name = 'UnclassifiedFieldError'
  }
}

function walk(collection: CollectionSlug | GlobalSlug, fields: Field[], missing: string[]): Field[] {
  return fields.map((field) => {
    if ('name' in field && field.type !== 'ui') {
      const rule = fieldRule(collection, field.name)
      if (!rule) {
        missing.push(field.name)
        return field
      }
      return { ...field, access: accessFor(rule) } as Field
    }
    if (field.type === 'tabs') return { ...field, tabs: field.tabs.map((tab) => ('name' in tab && tab.name ? tab : { ...tab, fields: walk(collection, tab.fields, missing) })) }
    if ('fields' in field) return { ...field, fields: walk(collection, field.fields, missing) } as Field
    return field
  })
}

/**
 * A collection whose top-level fields take their read and write access from the one publication
 * policy (issue #9, point 1). Throws `UnclassifiedFieldError` when a field is missing from it.
 */
export function applyFieldPolicy<T extends Pick<CollectionConfig, 'slug' | 'fields'>>(config: T): T {
  const missing: string[] = []
  const fields = walk(config.slug as CollectionSlug | GlobalSlug, config.fields, missing)
  if (missing.length) throw new UnclassifiedFieldError(config.slug, missing)
  return { ...config, fields }
}
