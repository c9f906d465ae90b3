import type { APIRoute } from 'astro'
import { jsonFeedResponse } from '../../lib/feeds/renderFeed.ts'

/** The JSON Feed 1.1 of exemplar profiles (issue #5). */
export const GET: APIRoute = ({ site }) => jsonFeedResponse(site, 'profiles')
