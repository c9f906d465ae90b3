import type { APIRoute } from 'astro'
import { rssResponse } from '../../lib/feeds/renderFeed.ts'

/** The RSS 2.0 feed of exemplar profiles (issue #5). */
export const GET: APIRoute = ({ site }) => rssResponse(site, 'profiles')
