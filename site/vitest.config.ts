import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'site',
    include: ['test/**/*.test.ts'],
    // One build of the portal from the recorded fixture, shared by all files (inject('fixtureSiteDir')).
    globalSetup: ['test/globalSetup.ts'],
    pool: 'forks',
    // Files that build the site again share the global build's cache: one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
})
