import { COLLECTIONS, GLOBALS, type CollectionSlug, type GlobalSlug } from '../schema/collections.ts'

/**
 * Who may read a field (issue #9, point 1):
 * - `public`: anyone who may read the document, anonymous callers, the portal and the feeds included;
 * - `signedIn`: any account that may read the document (workflow state, review history);
 * - `staff`: council staff only (contact data, internal notes, personal data under Decree 13/2023).
 */
export type ReadAudience = 'public' | 'signedIn' | 'staff'

/**
 * Who may write a field:
 * - `editors`: whoever may update the document (a contributor of its unit, staff);
 * - `staff`: council staff only (consent, publication date, featuring);
 * - `admin`: the administrator only (roles, units of accounts);
 * - `system`: nobody through the API; hooks fill it (history, consent record, canary marker).
 */
export type WriteAudience = 'editors' | 'staff' | 'admin' | 'system'

export interface FieldRule {
  read: ReadAudience
  write: WriteAudience
  /** Personal data of a named person: erased when consent is withdrawn, included in a person's export. */
  personal?: true
  /** A private value the release check looks for in every built file (see `CANARY_FIELDS`). */
  canary?: true
}

const rule = (read: ReadAudience, write: WriteAudience = 'editors', extra: Partial<FieldRule> = {}): FieldRule => ({ read, write, ...extra })
const PUBLIC = rule('public')
const PERSONAL = rule('staff', 'staff', { personal: true })

/** Fields every collection has, written by Payload itself. */
const SYSTEM_FIELDS: Record<string, FieldRule> = {
  id: rule('public', 'system'),
  createdAt: rule('public', 'system'),
  updatedAt: rule('public', 'system'),
}

/** The review workflow's and publication's fields, shared by articles and profiles. */
const EDITORIAL_FIELDS: Record<string, FieldRule> = {
  _status: rule('public', 'editors'),
  workflowState: rule('signedIn'),
  reviewNote: rule('signedIn'),
  reviewHistory: rule('signedIn', 'system'),
  unpublishAt: rule('signedIn', 'staff'),
  guid: rule('public', 'staff'),
  slug: PUBLIC,
  unit: PUBLIC,
  // Only staff date a story: a contributor's "2099" would pin it to the top of every list (issue #9).
  publishedAt: rule('public', 'staff'),
  featured: rule('public', 'staff'),
  internalNotes: rule('staff', 'staff', { canary: true }),
  privacyMarker: rule('staff', 'system', { canary: true }),
}

/**
 * Every field of every collection, classified once. The CMS derives its field access from this
 * table and refuses to start when a field is missing (cms/src/access/applyFieldPolicy.ts); the
 * portal's loader and the feeds keep only `public` fields; the release check looks for `canary`
 * values; a person's export and erasure read `personal` fields.
 */
export const FIELD_POLICY: Readonly<Record<CollectionSlug | GlobalSlug, Readonly<Record<string, FieldRule>>>> = {
  [COLLECTIONS.articles]: {
    ...SYSTEM_FIELDS,
    ...EDITORIAL_FIELDS,
    title: PUBLIC, summary: PUBLIC, body: PUBLIC, heroImage: PUBLIC, heroCaption: PUBLIC, heroCredit: PUBLIC,
    gallery: PUBLIC, byline: PUBLIC, field: PUBLIC, exemplars: PUBLIC, movements: PUBLIC, events: PUBLIC, tags: PUBLIC,
    audio: PUBLIC, broadcastScript: PUBLIC, rightsNote: PUBLIC,
  },
  [COLLECTIONS.exemplars]: {
    ...SYSTEM_FIELDS,
    ...EDITORIAL_FIELDS,
    name: PUBLIC, subjectType: PUBLIC, kind: PUBLIC, modelName: PUBLIC, locality: PUBLIC, field: PUBLIC,
    movements: PUBLIC, summary: PUBLIC, achievements: PUBLIC, initiatives: PUBLIC, awards: PUBLIC,
    portrait: PUBLIC, photos: PUBLIC,
    // Decree 13/2023/NĐ-CP: ethnic origin is sensitive personal data; gender, the direct-worker flag
    // and the date of birth are nobody's business publicly. Staff use them to compose delegations.
    gender: PERSONAL,
    ethnicity: PERSONAL,
    directWorker: PERSONAL,
    contact: rule('staff', 'editors', { personal: true, canary: true }),
    // Consent is the council's record (who, when, how), never the contributor's tick.
    consentToPublish: rule('signedIn', 'staff'),
    consentMethod: rule('signedIn', 'staff'),
    consentRecordedBy: rule('staff', 'system'),
    consentRecordedAt: rule('signedIn', 'system'),
  },
  [COLLECTIONS.categories]: { ...SYSTEM_FIELDS, name: PUBLIC, slug: PUBLIC, description: PUBLIC, parent: PUBLIC, order: PUBLIC },
  [COLLECTIONS.movements]: {
    ...SYSTEM_FIELDS,
    name: PUBLIC, slug: PUBLIC, launchedBy: PUBLIC, level: PUBLIC, startDate: PUBLIC, endDate: PUBLIC,
    status: PUBLIC, description: PUBLIC, fields: PUBLIC,
  },
  [COLLECTIONS.units]: {
    ...SYSTEM_FIELDS, name: PUBLIC, slug: PUBLIC, type: PUBLIC, parent: PUBLIC, description: PUBLIC,
    // The emulation cluster or bloc (cụm, khối thi đua) is how the province organises units: public.
    cluster: PUBLIC,
    // Quotas are the council's internal follow-up (issue #10): signed-in accounts only.
    quota: rule('signedIn', 'staff'), quotaMinimum: rule('signedIn', 'staff'),
  },
  [COLLECTIONS.media]: {
    ...SYSTEM_FIELDS,
    alt: PUBLIC, caption: PUBLIC, credit: PUBLIC, url: PUBLIC, thumbnailURL: PUBLIC, filename: PUBLIC,
    mimeType: PUBLIC, filesize: PUBLIC, width: PUBLIC, height: PUBLIC, focalX: PUBLIC, focalY: PUBLIC, sizes: PUBLIC,
    // Which unit's file it is, and whether a published document uses it (kept by the CMS).
    unit: rule('signedIn', 'staff'),
    publicUse: rule('signedIn', 'system'),
  },
  [COLLECTIONS.audio]: {
    ...SYSTEM_FIELDS,
    title: PUBLIC, credit: PUBLIC, url: PUBLIC, filename: PUBLIC, mimeType: PUBLIC, filesize: PUBLIC, durationSeconds: PUBLIC,
    // Payload gives every upload these, empty for sound files.
    thumbnailURL: PUBLIC, width: PUBLIC, height: PUBLIC, focalX: PUBLIC, focalY: PUBLIC,
    unit: rule('signedIn', 'staff'),
    publicUse: rule('signedIn', 'system'),
  },
  // Registrations (issue #10, point 2): a unit's plan, never public; the council decides on them.
  [COLLECTIONS.registrations]: {
    ...SYSTEM_FIELDS,
    unit: rule('signedIn'), year: rule('signedIn'), name: rule('signedIn'), kind: rule('signedIn'), subjectType: rule('signedIn'),
    field: rule('signedIn'), movement: rule('signedIn'), plannedQuarter: rule('signedIn'), description: rule('signedIn'),
    status: rule('signedIn', 'staff'), reviewComment: rule('signedIn', 'staff'), late: rule('signedIn', 'system'),
    submittedAt: rule('signedIn', 'system'), deliveredBy: rule('signedIn'),
  },
  // Which reminder went to which unit for which period (issue #10, point 4): the system's own record.
  [COLLECTIONS.reminderLog]: {
    ...SYSTEM_FIELDS,
    key: rule('staff', 'system'), unit: rule('staff', 'system'), kind: rule('staff', 'system'), periodKey: rule('staff', 'system'),
    recipients: rule('staff', 'system', { personal: true }), sentAt: rule('staff', 'system'),
  },
  // Events (issue #11): the programme, the honoured and the awards are public once published; who is
  // invited with how many seats, the composition targets and the dossier deadline are the organisers'.
  [COLLECTIONS.events]: {
    ...SYSTEM_FIELDS,
    ...EDITORIAL_FIELDS,
    title: PUBLIC, eventType: PUBLIC, level: PUBLIC, levelOther: PUBLIC, startsAt: PUBLIC, duration: PUBLIC,
    place: PUBLIC, eventStatus: PUBLIC, parent: PUBLIC, summary: PUBLIC, body: PUBLIC, agenda: PUBLIC,
    honoured: PUBLIC, awards: PUBLIC, photos: PUBLIC,
    dossierDeadline: rule('signedIn', 'staff'), allocations: rule('signedIn', 'staff'), targets: rule('signedIn', 'staff'),
    expectedDelegates: rule('signedIn', 'staff'),
  },
  // Delegates (issue #11, point 3): entered by their unit, never public. Who they are, their post,
  // gender and ethnicity are personal data (ethnicity sensitive, Decree 13/2023): only the unit's
  // accounts and the council read them, to compose the delegation.
  [COLLECTIONS.delegates]: {
    ...SYSTEM_FIELDS,
    event: rule('signedIn'), unit: rule('signedIn'), exemplar: rule('signedIn'),
    name: rule('signedIn', 'editors', { personal: true }), position: rule('signedIn', 'editors', { personal: true }),
    leadership: rule('signedIn', 'editors', { personal: true }), directWorker: rule('signedIn', 'editors', { personal: true }),
    gender: rule('signedIn', 'editors', { personal: true }), ethnicity: rule('signedIn', 'editors', { personal: true }),
    yearOfBirth: rule('signedIn', 'editors', { personal: true }),
    phone: rule('signedIn', 'editors', { personal: true, canary: true }),
    honours: rule('signedIn'), speaking: rule('signedIn'), note: rule('signedIn'),
    chosenFrom: rule('signedIn', 'system'), enteredBy: rule('signedIn', 'system'),
  },
  // Dossiers (issue #11, point 4): files a unit sends its organiser; never public, not even by URL.
  [COLLECTIONS.dossiers]: {
    ...SYSTEM_FIELDS,
    event: rule('signedIn'), unit: rule('signedIn'), kind: rule('signedIn'), note: rule('signedIn'),
    late: rule('signedIn', 'system'), submittedBy: rule('signedIn', 'system'),
    url: rule('signedIn', 'system'), thumbnailURL: rule('signedIn', 'system'), filename: rule('signedIn', 'system'),
    mimeType: rule('signedIn', 'system'), filesize: rule('signedIn', 'system'), width: rule('signedIn', 'system'),
    height: rule('signedIn', 'system'), focalX: rule('signedIn', 'system'), focalY: rule('signedIn', 'system'),
  },
  // The year plan ("Kế hoạch năm", issue #10, point 1): read by every account, set by staff.
  [GLOBALS.yearPlan]: {
    ...SYSTEM_FIELDS,
    year: rule('signedIn', 'staff'), registrationDeadline: rule('signedIn', 'staff'), reportDeadline: rule('signedIn', 'staff'),
    rules: rule('signedIn', 'staff'), reminderDaysBefore: rule('signedIn', 'staff'), document: rule('signedIn', 'staff'),
  },
  // "Thông tin cổng" (issue #13, point 3): what Nghị định 42/2022/NĐ-CP asks a state portal to show,
  // public by nature; the council's staff keep it.
  [GLOBALS.portalInfo]: {
    ...SYSTEM_FIELDS,
    councilName: rule('public', 'staff'), agency: rule('public', 'staff'), address: rule('public', 'staff'),
    phone: rule('public', 'staff'), email: rule('public', 'staff'), responsiblePerson: rule('public', 'staff'),
    licence: rule('public', 'staff'), socialLinks: rule('public', 'staff'), about: rule('public', 'staff'),
  },
  [COLLECTIONS.users]: {
    ...SYSTEM_FIELDS,
    // Accounts are read by their owner and the administrator only (collection access); never public.
    name: rule('signedIn'), email: rule('signedIn'), role: rule('signedIn', 'admin'), unit: rule('signedIn', 'admin'),
  },
}

/** The rule of one top-level field, or undefined when the field is not classified. */
export function fieldRule(collection: CollectionSlug | GlobalSlug, field: string): FieldRule | undefined {
  return Object.hasOwn(FIELD_POLICY[collection], field) ? FIELD_POLICY[collection][field] : undefined
}

/** Whether `role` may read a field of that audience (null: anonymous). */
export function audienceIncludes(audience: ReadAudience, role: string | null | undefined, isStaff: boolean): boolean {
  if (audience === 'public') return true
  if (audience === 'signedIn') return role != null
  return isStaff
}
