import type { APIRoute, GetStaticPaths } from 'astro'
import { KIND_PATHS, type ExemplarKind } from '@thidua/content-models'
import { feedPaths } from '../../../lib/feeds/pressFeeds.ts'
import { rssResponse } from '../../../lib/feeds/renderFeed.ts'

/** The RSS 2.0 feed of each kind of exemplar (issue #5); paths from content-models `feedUrl()`. */
export const getStaticPaths = (() => feedPaths(import.meta.env.SITE, 'kind', 'rss', 'kind', (f) => KIND_PATHS[f.key.slice('kind:'.length) as ExemplarKind])) satisfies GetStaticPaths

export const GET: APIRoute = ({ site, props }) => rssResponse(site, (props as { key: string }).key)
