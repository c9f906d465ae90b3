/**
 * The portal's public address for links from the admin: SITE_URL, or the static server's
 * SITE_HOST/SITE_PORT (127.0.0.1:4321), the same default as the publisher's.
 */
export function publicSiteUrl(env: NodeJS.ProcessEnv = process.env): string {
  const url = env.SITE_URL || `http://${env.SITE_HOST || '127.0.0.1'}:${env.SITE_PORT || '4321'}`
  return url.replace(/\/$/, '')
}
