import type { APIRoute, GetStaticPaths } from 'astro'
import { getPressFeeds } from '../../lib/feeds/pressFeeds.ts'

/**
 * An article's on-air script as plain UTF-8 text (issue #5, point 2): what a radio desk or a
 * commune loudspeaker operator prints or pastes into its teleprompter and reads as it is. The
 * feeds link it as `<atom:link rel="alternate" type="text/plain">`.
 */
export const getStaticPaths = (async () => {
  const { scripts } = await getPressFeeds(import.meta.env.SITE)
  return [...scripts].map(([slug, s]) => ({ params: { slug }, props: s }))
}) satisfies GetStaticPaths

export const GET: APIRoute = ({ props }) => {
  const { title, script } = props as { title: string; script: string }
  return new Response(`${title}\n\n${script}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
}
