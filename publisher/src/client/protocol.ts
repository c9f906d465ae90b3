/**
 * The small protocol between the CMS and the publisher, both on 127.0.0.1 (issue #6, point 1):
 *
 *   CMS hook       POST {publisher}/requests  {ChangeRequest}        -> 202  (schedules a build)
 *   CMS endpoint   POST {publisher}/rebuild   {acceptPageDrop?}       -> 202  (administrator's rebuild)
 *   anyone local   GET  {publisher}/status                            -> PublisherStatus
 *   publisher      GET  {cms}/api/publisher/canaries                  -> Canaries (what must never go live)
 *
 * POSTs and the canaries carry `Authorization: Bearer <token>` (see publisherToken.ts).
 * Framework-free: the CMS imports these types through `@thidua/publisher/client`.
 */

/** A public document changed: published, unpublished, edited while published, or deleted. */
export interface ChangeRequest {
  collection: string
  id: string | number
  operation: 'create' | 'update' | 'delete'
  /** The slug now (and before, when it changed), so a site build can update just those pages. */
  slug?: string | null
  previousSlug?: string | null
  /** Whether the document is public after the change. */
  published: boolean
  at: string
}

/**
 * What must never appear in a release, fetched from the CMS right before a build is verified.
 * Only the CMS knows what is private; the site's loader reads anonymously and never sees it.
 */
export interface Canaries {
  /** Portal paths of documents that exist but are not published, e.g. `/bai-viet/slug/`. */
  draftPaths: string[]
  /**
   * Private values of documents: each one's private marker, internal notes, contact data. Values
   * only, never field names, so no author can stop releases by writing a name into public text.
   */
  privateValues: string[]
}

export type BuildOutcome = 'success' | 'failed'

/** One build, as the admin dashboard shows it. */
export interface BuildRecord {
  id: string
  outcome: BuildOutcome
  startedAt: string
  finishedAt: string
  durationMs: number
  /** How many changes it published, and a few of them. */
  changes: number
  trigger: string
  /** What it published: the first changes of its batch (RECORDED_CHANGES), for the dashboard's list of releases. */
  published?: PublishedChange[]
  pages?: number
  /** A fast build: only the pages the changes touch were rendered. */
  fast?: boolean
  /** List pages that only shifted, which this fast build left for the next build to render. */
  pagesLeft?: number
  /** A build with no change of its own that rendered the list pages the build before it left. */
  completedPagesLeft?: number
  error?: string
  errorCode?: string
  logFile?: string
}

/** One change as a build record keeps it. */
export type PublishedChange = Pick<ChangeRequest, 'collection' | 'id' | 'operation' | 'published' | 'slug'>

/** How many changes a build record keeps, and how many build records the status keeps. */
export const RECORDED_CHANGES = 20
export const RECENT_BUILDS = 10

/** The publisher's status file (`<DATA_DIR>/publisher-status.json`) and `GET /status`. */
export interface PublisherStatus {
  state: 'idle' | 'waiting' | 'building'
  /** The live release, or null before the first successful build. */
  live: string | null
  /** The release the running build will become, and when it started. */
  buildingId: string | null
  buildingSince: string | null
  /** Requests waiting for the next build. */
  pending: boolean
  lastBuild: BuildRecord | null
  lastSuccess: BuildRecord | null
  /** The last RECENT_BUILDS builds, newest first (absent in a status file written before it existed). */
  recentBuilds?: BuildRecord[]
  /** The last rollback, if it is more recent than the last build. */
  rollback: { from: string | null; to: string; at: string } | null
  updatedAt: string
  pid: number
}
