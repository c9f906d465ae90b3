import type { APIRoute, GetStaticPaths } from 'astro'
import { feedPaths } from '../../../lib/feeds/pressFeeds.ts'
import { jsonFeedResponse } from '../../../lib/feeds/renderFeed.ts'

/** The JSON Feed 1.1 of each unit (with its sub-units) (issue #5); paths from content-models `feedUrl()`. */
export const getStaticPaths = (() => feedPaths(import.meta.env.SITE, 'unit', 'json', 'slug', (f) => f.key.slice('unit:'.length))) satisfies GetStaticPaths

export const GET: APIRoute = ({ site, props }) => jsonFeedResponse(site, (props as { key: string }).key)
