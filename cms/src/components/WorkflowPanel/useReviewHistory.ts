'use client'
import { useEffect, useState } from 'react'
import type { ReviewEntry } from '@thidua/content-models/workflow/history'

/**
 * The document's review history as the signed-in user may read it (latest version, i.e. draft);
 * `null` while it loads.
 */
export function useReviewHistory(apiBase: string, collection: string | undefined, id: string | number | undefined, reloadKey: unknown): ReviewEntry[] | null {
  const [history, setHistory] = useState<ReviewEntry[] | null>(null)
  useEffect(() => {
    if (!collection || id == null) return setHistory([])
    const controller = new AbortController()
    fetch(`${apiBase}/${collection}/${id}?draft=true&depth=0`, { credentials: 'include', signal: controller.signal })
      .then((res) => (res.ok ? res.json() : null))
      .then((doc: { reviewHistory?: ReviewEntry[] } | null) => setHistory(doc?.reviewHistory ?? []))
      .catch(() => undefined)
    return () => controller.abort()
  }, [apiBase, collection, id, reloadKey])
  return history
}
