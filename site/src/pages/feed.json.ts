import type { APIRoute } from 'astro'
import { jsonFeedResponse } from '../lib/feeds/renderFeed.ts'

/** The whole portal's JSON Feed 1.1 (issue #5). */
export const GET: APIRoute = ({ site }) => jsonFeedResponse(site, 'portal')
