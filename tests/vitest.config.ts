import { defineConfig } from 'vitest/config'

/**
 * Browser and whole-product suites (they start the built CMS and the built site themselves), and the
 * root scripts' own tests.
 */
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['e2e/**/*.test.ts', 'scripts/**/*.test.ts'],
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 120_000,
    // Starting the production server seeds a fresh demo database with images: allow minutes.
    hookTimeout: 300_000,
  },
})
