import { urls } from '../urls.ts'
import { cleanFeedText } from './cleanFeedText.ts'
import { toAbsolute } from './feedContext.ts'
import { newestItemDate } from './feedDates.ts'
import type { FeedItem } from './feedItem.ts'
import type { FeedDefinition } from './portalFeeds.ts'
import { FEED_TTL_MINUTES, PRESS_REUSE_TERMS } from './pressTerms.ts'

/** Deployment settings every channel shares. */
export interface FeedChannelSettings {
  /** The portal's public origin (SITE_URL). */
  siteUrl: string
  /** WebSub hub the feeds advertise (WEBSUB_HUB_URL); no hub link when empty. */
  hubUrl?: string | null
  /** Site path of the channel logo (GIF/JPEG/PNG, at most 144x400 px as RSS 2.0 asks). */
  logoPath?: string | null
  logoWidth?: number | null
  logoHeight?: number | null
  /** Site path of a square icon, 512 px, for JSON Feed readers' lists. */
  iconPath?: string | null
}

/** Channel metadata common to the RSS and JSON Feed renderings of one feed. */
export interface FeedChannel {
  title: string
  description: string
  /** Absolute URL of the page the feed mirrors. */
  homeUrl: string
  rssUrl: string
  jsonUrl: string
  language: 'vi'
  copyright: string
  hubUrl: string | null
  logo: { url: string; width: number | null; height: number | null } | null
  /** Absolute URL of the 512 px square icon, or null. */
  iconUrl: string | null
  ttlMinutes: number
  /** The newest publication or edit among the items (not the build time: unchanged feeds keep their bytes). */
  lastBuildDate: string | null
  /** Absolute URL of the press page, which documents the broadcast extension. */
  pressUrl: string
}

/** Raised when the hub URL is not an absolute http(s) URL (a typo would silently break push). */
export class InvalidHubUrlError extends Error {
  constructor(value: string) {
    super(`WEBSUB_HUB_URL must be an absolute http(s) URL, got ${JSON.stringify(value)}; fix it or leave it empty.`)
    this.name = 'InvalidHubUrlError'
  }
}

function hub(value: string | null | undefined): string | null {
  const raw = value?.trim()
  if (!raw) return null
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new InvalidHubUrlError(raw)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new InvalidHubUrlError(raw)
  return url.href
}

/**
 * The channel of `feed` given the items it carries. Nothing in it depends on the clock: the
 * last build date is the newest item's date, so a rebuild with unchanged content gives the same
 * bytes and conditional GETs keep answering 304 (issue #5, point 5).
 *
 * @throws {InvalidHubUrlError} when `settings.hubUrl` is set but not an http(s) URL.
 */
export function feedChannel(settings: FeedChannelSettings, feed: FeedDefinition, items: readonly FeedItem[]): FeedChannel {
  const ctx = { siteUrl: settings.siteUrl }
  return {
    title: cleanFeedText(feed.title).trim(),
    description: cleanFeedText(feed.description).trim(),
    homeUrl: toAbsolute(ctx, feed.htmlPath),
    rssUrl: toAbsolute(ctx, feed.rssPath),
    jsonUrl: toAbsolute(ctx, feed.jsonPath),
    language: 'vi',
    copyright: PRESS_REUSE_TERMS,
    hubUrl: hub(settings.hubUrl),
    logo: settings.logoPath
      ? { url: toAbsolute(ctx, settings.logoPath), width: settings.logoWidth ?? null, height: settings.logoHeight ?? null }
      : null,
    iconUrl: settings.iconPath ? toAbsolute(ctx, settings.iconPath) : null,
    ttlMinutes: FEED_TTL_MINUTES,
    lastBuildDate: newestItemDate(items),
    pressUrl: toAbsolute(ctx, urls.press()),
  }
}
