import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'cms',
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/helpers/testEnv.ts'],
    // Each file boots Payload on its own temporary SQLite database.
    pool: 'forks',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
  resolve: { alias: { '@payload-config': new URL('./src/payload.config.ts', import.meta.url).pathname } },
})
