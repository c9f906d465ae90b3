import type { APIRoute } from 'astro'
import { rssResponse } from '../lib/feeds/renderFeed.ts'

/** The whole portal's RSS 2.0 feed (issue #5). */
export const GET: APIRoute = ({ site }) => rssResponse(site, 'portal')
