import type { Id } from '../schema/collections.ts'

/** A profile or story as the quota counts it (issue #10, point 1). */
export interface QuotaItem {
  id: Id
  collection: 'articles' | 'exemplars'
  unitId: Id | null
  title: string
  /** When it first went public; null if it never did. */
  firstPublishedAt: Date | null
}

interface HistoryEntry {
  toState?: string | null
  at?: string | null
}

/**
 * When a document first went public: the first step into `published` in its review history (a
 * re-publication after a take-down or an edit is a later step and never counts again), or, for
 * documents published before the review history existed, their publication date.
 */
export function firstPublishedAt(doc: { reviewHistory?: readonly HistoryEntry[] | null; publishedAt?: string | null; _status?: string | null; workflowState?: string | null }): Date | null {
  const first = (doc.reviewHistory ?? []).find((e) => e.toState === 'published' && e.at)
  if (first?.at) return new Date(first.at)
  const wasLive = doc._status === 'published' || doc.workflowState === 'unpublished' || doc.workflowState === 'archived'
  return wasLive && doc.publishedAt ? new Date(doc.publishedAt) : null
}

/** Days from the first submission to the first publication, or null when either is missing. */
export function daysToPublication(history: readonly HistoryEntry[] | null | undefined): number | null {
  const entries = history ?? []
  const submitted = entries.find((e) => e.toState === 'submitted' && e.at)
  const published = entries.find((e) => e.toState === 'published' && e.at)
  if (!submitted?.at || !published?.at) return null
  const days = (new Date(published.at).getTime() - new Date(submitted.at).getTime()) / 86_400_000
  return days >= 0 ? days : null
}

/** How many times a submission was returned for changes. */
export function timesReturned(history: readonly HistoryEntry[] | null | undefined): number {
  return (history ?? []).filter((e) => e.toState === 'changes_requested').length
}

/** The median of numbers, or null for none. */
export function median(values: readonly number[]): number | null {
  if (!values.length) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}
