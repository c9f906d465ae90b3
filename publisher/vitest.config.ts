import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'publisher',
    include: ['test/**/*.test.ts'],
    // Builds spawn child processes and servers bind ports: one file at a time keeps timings honest.
    fileParallelism: false,
    testTimeout: 30_000,
  },
})
