import { z } from 'astro/zod'
import { EVENT_LEVELS, EVENT_TYPES, EXEMPLAR_KINDS, SUBJECT_TYPES } from '@thidua/content-models'

/**
 * What the pages rely on, checked once at load time. Loose objects: other public fields pass
 * through untouched (their types come from content-models), and the CMS may add fields without
 * breaking the build. A document missing what a page needs fails the build with its id.
 */
const id = z.union([z.number(), z.string()])
const ref = z.union([id, z.looseObject({ id })]).nullish()
const refs = z.array(z.union([id, z.looseObject({ id })])).nullish()
const timestamps = { createdAt: z.string().optional(), updatedAt: z.string().optional() }
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a slug is lower-case ASCII words joined by "-"')
const values = <V extends string>(list: readonly { value: V }[]) => z.enum(list.map((o) => o.value) as [V, ...V[]])

export const articleSchema = z.looseObject({
  id, title: z.string().min(1), slug, summary: z.string().nullish(), body: z.string().nullish(),
  heroImage: ref, gallery: refs, unit: ref, exemplars: refs, field: ref, movements: refs, audio: ref,
  tags: z.array(z.string()).nullish(), publishedAt: z.string().nullish(), _status: z.literal('published'), ...timestamps,
})

export const exemplarSchema = z.looseObject({
  id, name: z.string().min(1), slug, subjectType: values(SUBJECT_TYPES), kind: values(EXEMPLAR_KINDS),
  unit: ref, field: ref, movements: refs, portrait: ref, photos: refs,
  publishedAt: z.string().nullish(), _status: z.literal('published'), ...timestamps,
})

export const taxonomySchema = z.looseObject({ id, name: z.string().min(1), slug, ...timestamps })

export const mediaSchema = z.looseObject({
  id, alt: z.string(), url: z.string().nullish(), width: z.number().nullish(), height: z.number().nullish(), ...timestamps,
})

export const audioSchema = z.looseObject({ id, title: z.string(), url: z.string().nullish(), ...timestamps })

export const eventSchema = z.looseObject({
  id, title: z.string().min(1), slug, eventType: values(EVENT_TYPES), level: values(EVENT_LEVELS), startsAt: z.string(),
  unit: ref, parent: ref, honoured: refs, photos: refs, agenda: z.array(z.looseObject({ item: z.string() })).nullish(),
  awards: z.array(z.looseObject({ form: z.string(), exemplar: ref, recipientUnit: ref })).nullish(),
  publishedAt: z.string().nullish(), _status: z.literal('published'), ...timestamps,
})

export const portalInfoSchema = z.looseObject({
  councilName: z.string().nullish(), agency: z.string().nullish(), address: z.string().nullish(), phone: z.string().nullish(),
  email: z.string().nullish(), responsiblePerson: z.string().nullish(), licence: z.string().nullish(), about: z.string().nullish(),
  socialLinks: z.array(z.looseObject({ label: z.string(), url: z.string().regex(/^https:\/\//) })).nullish(),
})
