import type { APIRoute, GetStaticPaths } from 'astro'
import { urls } from '@thidua/content-models'
import { getPressFeeds } from '../../lib/feeds/pressFeeds.ts'
import { selectPaths } from '../../lib/routes.ts'

/**
 * An article's on-air script as plain UTF-8 text (issue #5, point 2): what a radio desk or a
 * commune loudspeaker operator prints or pastes into its teleprompter and reads as it is. The
 * feeds link it as `<atom:link rel="alternate" type="text/plain">`. On the fast path only the
 * scripts of changed articles are written again.
 */
export const getStaticPaths = (async () => {
  const { scripts } = await getPressFeeds(import.meta.env.SITE)
  return selectPaths([...scripts].map(([slug, s]) => ({ params: { slug }, props: { ...s, path: urls.broadcastScript(slug) } })))
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) => {
  const { title, script } = props as { title: string; script: string }
  return new Response(`${title}\n\n${script}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
