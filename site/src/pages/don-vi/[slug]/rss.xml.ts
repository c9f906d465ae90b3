import type { APIRoute, GetStaticPaths } from 'astro'
import { feedPaths } from '../../../lib/feeds/pressFeeds.ts'
import { rssResponse } from '../../../lib/feeds/renderFeed.ts'

/** The RSS 2.0 feed of each unit (with its sub-units) (issue #5); paths from content-models `feedUrl()`. */
export const getStaticPaths = (() => feedPaths(import.meta.env.SITE, 'unit', 'rss', 'slug', (f) => f.key.slice('unit:'.length))) satisfies GetStaticPaths

export const GET: APIRoute = ({ site, props }) => rssResponse(site, (props as { key: string }).key)
