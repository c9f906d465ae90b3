import type { APIRoute, GetStaticPaths } from 'astro'
import { feedPaths } from '../../../lib/feeds/pressFeeds.ts'
import { jsonFeedResponse } from '../../../lib/feeds/renderFeed.ts'

/** The JSON Feed 1.1 of each field of work (issue #5); paths from content-models `feedUrl()`. */
export const getStaticPaths = (() => feedPaths(import.meta.env.SITE, 'field', 'json', 'slug', (f) => f.key.slice('field:'.length))) satisfies GetStaticPaths

export const GET: APIRoute = ({ site, props }) => jsonFeedResponse(site, (props as { key: string }).key)
