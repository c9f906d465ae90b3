import { defineConfig } from 'astro/config'

/**
 * The public portal (issue #4). Everything that varies between builds comes from the env, read
 * here only for values that are stable for a deployment: Astro clears its content store when this
 * config changes, so per-build values (output directory, fixture) stay out of it (see README).
 */
const site = process.env.SITE_URL || 'http://127.0.0.1:4321'

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
})
