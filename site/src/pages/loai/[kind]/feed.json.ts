import type { APIRoute, GetStaticPaths } from 'astro'
import { KIND_PATHS, type ExemplarKind } from '@thidua/content-models'
import { feedPaths } from '../../../lib/feeds/pressFeeds.ts'
import { jsonFeedResponse } from '../../../lib/feeds/renderFeed.ts'

/** The JSON Feed 1.1 of each kind of exemplar (issue #5); paths from content-models `feedUrl()`. */
export const getStaticPaths = (() => feedPaths(import.meta.env.SITE, 'kind', 'json', 'kind', (f) => KIND_PATHS[f.key.slice('kind:'.length) as ExemplarKind])) satisfies GetStaticPaths

export const GET: APIRoute = ({ site, props }) => jsonFeedResponse(site, (props as { key: string }).key)
