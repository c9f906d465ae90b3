import type { APIRoute, GetStaticPaths } from 'astro'
import { feedPaths } from '../../../lib/feeds/pressFeeds.ts'
import { rssResponse } from '../../../lib/feeds/renderFeed.ts'

/** The RSS 2.0 feed of each emulation movement (issue #5); paths from content-models `feedUrl()`. */
export const getStaticPaths = (() => feedPaths(import.meta.env.SITE, 'movement', 'rss', 'slug', (f) => f.key.slice('movement:'.length))) satisfies GetStaticPaths

export const GET: APIRoute = ({ site, props }) => rssResponse(site, (props as { key: string }).key)
