import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { absoluteUrl, changedFeeds, isFeedPath, websubPublishRequest } from '@thidua/content-models'

/** What {@link notifyChangedFeeds} needs: two builds of the portal and where to announce changes. */
export interface NotifyHubOptions {
  /** The release that was live before (null for the first release: every feed is new). */
  previousDir: string | null
  /** The release that just went live. */
  nextDir: string
  /** The portal's public origin (SITE_URL): topics are the feeds' absolute URLs. */
  siteUrl: string
  /** The WebSub hub (WEBSUB_HUB_URL). */
  hubUrl: string
  /** Per-request timeout; a hub that hangs must not hold the publishing step. */
  timeoutMs?: number
  /** Extra attempts after a network error or a 5xx answer. */
  retries?: number
  /** Pings in flight at once (a big edit changes a dozen feeds; a slow hub must not serialise them). */
  concurrency?: number
  /** Receives the one-line summary. */
  log?: (line: string) => void
}

export interface NotifyHubResult {
  /** Site paths of the feeds whose bytes changed (new feeds included). */
  changed: string[]
  /** Topic URLs the hub accepted. */
  notified: string[]
  /** Topic URLs the hub did not accept (after retries), with why. */
  failed: { topic: string; reason: string }[]
}

/** Site path -> SHA-256 of every RSS/JSON feed file of a build (images are skipped: never feeds). */
export async function feedDigests(dir: string | null): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  if (!dir) return out
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(path.join(dir, rel), { withFileTypes: true }).catch(() => [])
    for (const e of entries) {
      const child = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) {
        if (e.name !== '_img' && e.name !== '_astro') await walk(child)
      } else if (isFeedPath(`/${child}`)) {
        out.set(`/${child}`, createHash('sha256').update(await readFile(path.join(dir, child))).digest('hex'))
      }
    }
  }
  await walk('')
  return out
}

async function ping(hubUrl: string, topic: string, timeoutMs: number, retries: number): Promise<string | null> {
  const { url, init } = websubPublishRequest(hubUrl, topic)
  let reason = ''
  for (let attempt = 0; attempt <= retries; attempt++) {
    if (attempt > 0) await new Promise((r) => setTimeout(r, 500 * 2 ** (attempt - 1)))
    try {
      const res = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) })
      await res.arrayBuffer().catch(() => undefined)
      if (res.ok) return null
      reason = `HTTP ${res.status}`
      if (res.status < 500) return reason // the hub refused this topic: retrying will not help
    } catch (error) {
      reason = (error as Error).message
    }
  }
  return reason
}

/**
 * Tells the WebSub hub about every feed whose bytes differ between two releases, one publish
 * ping per changed feed (issue #5, point 5); unchanged feeds are not announced, so subscribers
 * are never woken for nothing. Failures are reported, never thrown: the release is already live
 * and readers that poll still get it.
 */
export async function notifyChangedFeeds(o: NotifyHubOptions): Promise<NotifyHubResult> {
  const log = o.log ?? (() => {})
  const changed = changedFeeds(await feedDigests(o.previousDir), await feedDigests(o.nextDir))
  const result: NotifyHubResult = { changed, notified: [], failed: [] }
  const queue = [...changed]
  const worker = async () => {
    for (let feedPath = queue.shift(); feedPath !== undefined; feedPath = queue.shift()) {
      const topic = absoluteUrl(feedPath, o.siteUrl)
      const reason = await ping(o.hubUrl, topic, o.timeoutMs ?? 10_000, o.retries ?? 2)
      if (reason === null) result.notified.push(topic)
      else result.failed.push({ topic, reason })
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, o.concurrency ?? 4) }, worker))
  result.notified.sort()
  log(`WebSub: ${changed.length} changed feed(s), ${result.notified.length} announced to ${o.hubUrl}.`)
  return result
}
