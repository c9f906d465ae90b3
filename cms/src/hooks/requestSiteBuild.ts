import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, PayloadRequest } from 'payload'
import { changeRequestFor, sendChange, type ChangeInput } from '@thidua/publisher/client'
import { PendingWork } from '../pendingWork.ts'
import { afterCommit } from '../publishing/afterCommit.ts'
import { publisherConnection } from '../publishing/publisherConnection.ts'
import { refreshSlowReads } from '../readCache/cachedRead.ts'

/** Uploads nobody uses yet do not change the site; a new category, movement or unit does (its page). */
const CREATE_CHANGES_SITE = new Set(['articles', 'exemplars', 'categories', 'movements', 'units'])

/**
 * Tells the publisher that the public site changed (issue #6, point 1): a document was published,
 * unpublished, edited while published, or deleted. Fire-and-forget after the transaction commits:
 * a save never waits on the publisher nor fails because it is down; that is logged as a warning.
 * `context.disableRevalidate` switches it off (seed, bulk imports, tests).
 */
export const requestSiteBuild: CollectionAfterChangeHook = ({ collection, context, doc, operation, previousDoc, req }) => {
  if (context.disableRevalidate) return doc
  notify(req, {
    collection: collection.slug,
    operation,
    doc,
    previousDoc,
    drafts: hasDrafts(collection),
    draftSave: isDraftSave(req),
    createChangesSite: CREATE_CHANGES_SITE.has(collection.slug),
  })
  return doc
}

/** The same, for deletions. */
export const requestSiteBuildOnDelete: CollectionAfterDeleteHook = ({ collection, context, doc, req }) => {
  if (context.disableRevalidate) return doc
  notify(req, { collection: collection.slug, operation: 'delete', doc, drafts: hasDrafts(collection), draftSave: false, createChangesSite: false })
  return doc
}

/** The same, for a public global (the portal's information): every page's footer changes. */
export function requestSiteBuildForGlobal({ global, doc, previousDoc, req }: { global: { slug: string }; doc: Record<string, unknown>; previousDoc?: Record<string, unknown>; req: PayloadRequest }) {
  if (req.context.disableRevalidate) return doc
  notify(req, { collection: global.slug, operation: 'update', doc: { id: global.slug, ...doc } as never, previousDoc: previousDoc as never, drafts: false, draftSave: false, createChangesSite: true })
  return doc
}

/** Change requests not yet answered by the publisher (or given up on): see siteBuildRequestsSent. */
const inFlight = new PendingWork()

/**
 * Resolves once every change request started so far has been answered by the publisher or given
 * up on (its timeout, a refused connection). A save returns before its request is sent; this is
 * how a caller in the same process (the tests) knows what the publisher has been told.
 */
export function siteBuildRequestsSent(): Promise<void> {
  return inFlight.settled()
}

function notify(req: PayloadRequest, input: ChangeInput): void {
  const change = changeRequestFor(input)
  if (!change) return
  const sending = afterCommit(req, async () => {
    // The portal's build reads its listings a moment from now: the CMS prepares the slow ones at once.
    refreshSlowReads()
    try {
      await sendChange(publisherConnection(), change)
    } catch (error) {
      warnUnreachable(req, `${(error as Error).message} The change to ${change.collection}/${change.id} is saved but the portal was not rebuilt.`)
    }
  })
  inFlight.track(sending)
}

const WARN_EVERY_MS = 60_000
let lastWarning = 0
let silenced = 0

/** One warning a minute while the publisher is down, not one per saved document (bulk edits). */
function warnUnreachable(req: PayloadRequest, message: string): void {
  if (Date.now() - lastWarning < WARN_EVERY_MS) {
    silenced++
    return
  }
  const more = silenced ? ` (${silenced} more changes were not sent in the last minute)` : ''
  lastWarning = Date.now()
  silenced = 0
  req.payload.logger.warn(`${message}${more} It goes live when the publisher starts again (it rebuilds at start) or on "Xây dựng lại cổng".`)
}

function hasDrafts(collection: Pick<CollectionConfig, 'versions'>): boolean {
  const versions = collection.versions
  return typeof versions === 'object' && versions !== null && Boolean(versions.drafts)
}

/**
 * Whether the write only saved a draft version. The review workflow records its decision in
 * `req.context.workflow.intent` (see guardPublication); REST calls also say `?draft=true`.
 */
function isDraftSave(req: PayloadRequest): boolean {
  const intent = (req.context.workflow as { intent?: string } | undefined)?.intent
  if (intent) return intent === 'draft'
  return req.query?.draft === 'true'
}
