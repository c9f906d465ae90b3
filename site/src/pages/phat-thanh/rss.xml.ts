import type { APIRoute } from 'astro'
import { rssResponse } from '../../lib/feeds/renderFeed.ts'

/** The RSS 2.0 feed of broadcast-ready stories (on-air script or recording) (issue #5). */
export const GET: APIRoute = ({ site }) => rssResponse(site, 'broadcast')
