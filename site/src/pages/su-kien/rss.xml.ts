import type { APIRoute } from 'astro'
import { rssResponse } from '../../lib/feeds/renderFeed.ts'

/** The RSS 2.0 feed of events (issue #11, point 6). */
export const GET: APIRoute = ({ site }) => rssResponse(site, 'events')
