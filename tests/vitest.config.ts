import { defineConfig } from 'vitest/config'

/** Browser and whole-product suites: they start the built CMS (and later the built site) themselves. */
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    // Starting the production server seeds a fresh demo database with images: allow minutes.
    hookTimeout: 300_000,
  },
})
