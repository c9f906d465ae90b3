import type { APIRoute } from 'astro'
import { jsonFeedResponse } from '../../lib/feeds/renderFeed.ts'

/** The JSON Feed 1.1 of events (issue #11, point 6). */
export const GET: APIRoute = ({ site }) => jsonFeedResponse(site, 'events')
