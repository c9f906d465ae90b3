import type { Id } from '../schema/collections.ts'
import type {
  ArticleDoc, AudioDoc, CategoryDoc, EventAward, EventDoc, ExemplarDoc, MediaDoc, MovementDoc, Ref, UnitDoc,
} from '../schema/types.ts'
import { isPublished } from '../publication/publishedRule.ts'

/** Public documents by id (as a string), one map per collection: what the portal resolves references against. */
export interface SiteLookups {
  media: ReadonlyMap<string, MediaDoc>
  audio: ReadonlyMap<string, AudioDoc>
  units: ReadonlyMap<string, UnitDoc>
  categories: ReadonlyMap<string, CategoryDoc>
  movements: ReadonlyMap<string, MovementDoc>
  exemplars: ReadonlyMap<string, ResolvedExemplar>
}

/** A public profile whose references are the related public documents (never bare ids). */
export type ResolvedExemplar = Omit<ExemplarDoc, 'unit' | 'field' | 'movements' | 'portrait' | 'photos'> & {
  unit: UnitDoc | null
  field: CategoryDoc | null
  movements: MovementDoc[]
  portrait: MediaDoc | null
  photos: MediaDoc[]
}

/** A public article whose references are the related public documents (never bare ids). */
export type ResolvedArticle = Omit<
  ArticleDoc,
  'heroImage' | 'gallery' | 'unit' | 'exemplars' | 'field' | 'movements' | 'audio'
> & {
  heroImage: MediaDoc | null
  gallery: MediaDoc[]
  unit: UnitDoc | null
  exemplars: ResolvedExemplar[]
  field: CategoryDoc | null
  movements: MovementDoc[]
  audio: AudioDoc | null
}

const refId = (ref: Ref<{ id: Id }> | null | undefined): string | null =>
  ref == null ? null : typeof ref === 'object' ? String(ref.id) : String(ref)

/** The related public document, or null when the reference is empty or points to nothing public. */
export function lookupOne<T>(map: ReadonlyMap<string, T>, ref: Ref<{ id: Id }> | null | undefined): T | null {
  const id = refId(ref)
  return id == null ? null : (map.get(id) ?? null)
}

/** The related public documents, in the editor's order, skipping references to nothing public. */
export function lookupMany<T>(map: ReadonlyMap<string, T>, refs: readonly Ref<{ id: Id }>[] | null | undefined): T[] {
  const out: T[] = []
  for (const ref of refs ?? []) {
    const doc = lookupOne(map, ref)
    if (doc !== null) out.push(doc)
  }
  return out
}

/**
 * Replaces a profile's references with the public documents they point to. References are
 * resolved against the portal's own copies rather than trusted as populated by the CMS, so an
 * edited unit or photo shows up everywhere after an incremental sync.
 */
export function resolveExemplar(doc: ExemplarDoc, l: Omit<SiteLookups, 'exemplars'>): ResolvedExemplar {
  return {
    ...doc,
    unit: lookupOne(l.units, doc.unit),
    field: lookupOne(l.categories, doc.field),
    movements: lookupMany(l.movements, doc.movements),
    portrait: lookupOne(l.media, doc.portrait),
    photos: lookupMany(l.media, doc.photos),
  }
}

/** Replaces an article's references with the public documents they point to (drafts drop out). */
export function resolveArticle(doc: ArticleDoc, l: SiteLookups): ResolvedArticle {
  return {
    ...doc,
    heroImage: lookupOne(l.media, doc.heroImage),
    gallery: lookupMany(l.media, doc.gallery),
    unit: lookupOne(l.units, doc.unit),
    exemplars: lookupMany(l.exemplars, doc.exemplars).filter(isPublished),
    field: lookupOne(l.categories, doc.field),
    movements: lookupMany(l.movements, doc.movements),
    audio: lookupOne(l.audio, doc.audio),
  }
}

/** An award given at an event, its recipient and unit resolved (a profile only when published). */
export type ResolvedEventAward = Omit<EventAward, 'exemplar' | 'recipientUnit'> & {
  exemplar: ResolvedExemplar | null
  recipientUnit: UnitDoc | null
  /** Who received it, as the page shows it: the profile's name, else the typed name. */
  recipient: string
}

/** A public event whose references are public documents; its parent only when that is public too. */
export type ResolvedEvent = Omit<EventDoc, 'unit' | 'honoured' | 'photos' | 'awards' | 'parent'> & {
  unit: UnitDoc | null
  honoured: ResolvedExemplar[]
  photos: MediaDoc[]
  awards: ResolvedEventAward[]
  parentId: string | null
}

/** Replaces an event's references with the public documents they point to (issue #11, point 6). */
export function resolveEvent(doc: EventDoc, l: SiteLookups): ResolvedEvent {
  const { parent, ...rest } = doc
  return {
    ...rest,
    unit: lookupOne(l.units, doc.unit),
    honoured: lookupMany(l.exemplars, doc.honoured).filter(isPublished),
    photos: lookupMany(l.media, doc.photos),
    awards: (doc.awards ?? []).map((a) => {
      const exemplar = lookupOne(l.exemplars, a.exemplar)
      const published = exemplar && isPublished(exemplar) ? exemplar : null
      return { ...a, exemplar: published, recipientUnit: lookupOne(l.units, a.recipientUnit), recipient: published?.name ?? a.recipientName ?? '' }
    }).filter((a) => a.recipient !== ''),
    parentId: refId(parent),
  }
}

/** The profiles an event names: those it honours and those it awards (published ones; the resolver drops the rest). */
export function eventProfileIds(e: ResolvedEvent): string[] {
  return [...new Set([...e.honoured.map((h) => String(h.id)), ...e.awards.flatMap((a) => (a.exemplar ? [String(a.exemplar.id)] : []))])]
}
