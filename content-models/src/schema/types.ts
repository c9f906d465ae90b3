import type { Id } from './collections.ts'
import type { EventLevel, EventStatus, EventType, ExemplarKind, Gender, MovementLevel, MovementStatus, SubjectType, UnitType } from './options.ts'
import type { QuotaPeriod } from '../quota.ts'

/**
 * Document shapes as the CMS's REST API returns them to an anonymous caller (the public projection).
 * A relationship is an id at depth 0 and the related document when populated, hence `Ref<T>`.
 */
export type Ref<T> = Id | T

export interface ImageSize {
  url?: string | null
  width?: number | null
  height?: number | null
  mimeType?: string | null
  filesize?: number | null
  filename?: string | null
}

export interface MediaDoc {
  id: Id
  alt: string
  caption?: string | null
  credit?: string | null
  url?: string | null
  filename?: string | null
  mimeType?: string | null
  filesize?: number | null
  width?: number | null
  height?: number | null
  sizes?: Record<string, ImageSize | undefined> | null
  updatedAt?: string
}

export interface AudioDoc {
  id: Id
  title: string
  credit?: string | null
  url?: string | null
  filename?: string | null
  mimeType?: string | null
  filesize?: number | null
  durationSeconds?: number | null
  updatedAt?: string
}

export interface CategoryDoc {
  id: Id
  name: string
  slug: string
  description?: string | null
  parent?: Ref<CategoryDoc> | null
  order?: number | null
  updatedAt?: string
}

export interface MovementDoc {
  id: Id
  name: string
  slug: string
  launchedBy?: string | null
  level?: MovementLevel | null
  startDate?: string | null
  endDate?: string | null
  status?: MovementStatus | null
  description?: string | null
  updatedAt?: string
}

export interface UnitDoc {
  id: Id
  name: string
  slug: string
  type?: UnitType | null
  parent?: Ref<UnitDoc> | null
  quota?: QuotaPeriod | null
  description?: string | null
  updatedAt?: string
}

export interface Award {
  id?: string | null
  title: string
  year?: number | null
  issuer?: string | null
}

export interface ExemplarDoc {
  id: Id
  name: string
  slug: string
  /** Feed identifier (urn:uuid), fixed at creation; absent on profiles created before the field existed. */
  guid?: string | null
  subjectType: SubjectType
  kind: ExemplarKind
  modelName?: string | null
  unit?: Ref<UnitDoc> | null
  locality?: string | null
  field?: Ref<CategoryDoc> | null
  movements?: Ref<MovementDoc>[] | null
  summary?: string | null
  achievements?: string | null
  initiatives?: string | null
  awards?: Award[] | null
  portrait?: Ref<MediaDoc> | null
  photos?: Ref<MediaDoc>[] | null
  gender?: Gender | null
  ethnicity?: string | null
  directWorker?: boolean | null
  featured?: boolean | null
  publishedAt?: string | null
  _status?: 'draft' | 'published' | null
  createdAt?: string
  updatedAt?: string
}

export interface ArticleDoc {
  id: Id
  title: string
  slug: string
  guid?: string | null
  summary?: string | null
  body?: string | null
  heroImage?: Ref<MediaDoc> | null
  heroCaption?: string | null
  heroCredit?: string | null
  gallery?: Ref<MediaDoc>[] | null
  byline?: string | null
  unit?: Ref<UnitDoc> | null
  exemplars?: Ref<ExemplarDoc>[] | null
  field?: Ref<CategoryDoc> | null
  movements?: Ref<MovementDoc>[] | null
  events?: Ref<EventDoc>[] | null
  tags?: string[] | null
  publishedAt?: string | null
  audio?: Ref<AudioDoc> | null
  broadcastScript?: string | null
  rightsNote?: string | null
  featured?: boolean | null
  _status?: 'draft' | 'published' | null
  createdAt?: string
  updatedAt?: string
}

/** One line of an event's programme. */
export interface AgendaLine {
  id?: string | null
  time?: string | null
  item: string
  speaker?: string | null
}

/** A commendation given at an event (issue #11, point 5): public once the event is. */
export interface EventAward {
  id?: string | null
  form: string
  title?: string | null
  decisionNumber?: string | null
  decisionDate?: string | null
  issuer?: string | null
  exemplar?: Ref<ExemplarDoc> | null
  recipientName?: string | null
  recipientType?: SubjectType | null
  recipientUnit?: Ref<UnitDoc> | null
}

/** An event's public fields (issue #11): allocations, targets and deadlines never reach the portal. */
export interface EventDoc {
  id: Id
  title: string
  slug: string
  guid?: string | null
  eventType: EventType
  level: EventLevel
  levelOther?: string | null
  startsAt: string
  duration?: string | null
  place?: string | null
  eventStatus?: EventStatus | null
  parent?: Ref<EventDoc> | null
  summary?: string | null
  body?: string | null
  agenda?: AgendaLine[] | null
  honoured?: Ref<ExemplarDoc>[] | null
  awards?: EventAward[] | null
  photos?: Ref<MediaDoc>[] | null
  unit?: Ref<UnitDoc> | null
  publishedAt?: string | null
  _status?: 'draft' | 'published' | null
  createdAt?: string
  updatedAt?: string
}

/** Payload's list response for `GET /api/:collection`. */
export interface PaginatedDocs<T> {
  docs: T[]
  totalDocs: number
  limit: number
  totalPages: number
  page?: number
  hasNextPage: boolean
  nextPage?: number | null
}

/** Narrows a relationship to its populated document, or null when only an id came back. */
export function populated<T extends { id: Id }>(ref: Ref<T> | null | undefined): T | null {
  return ref != null && typeof ref === 'object' ? ref : null
}
