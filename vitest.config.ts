import { defineConfig } from 'vitest/config'

/** One Vitest project per package, plus the end-to-end suites in tests/. */
export default defineConfig({
  test: {
    projects: ['content-models/vitest.config.ts', 'cms/vitest.config.ts', 'site/vitest.config.ts', 'publisher/vitest.config.ts', 'tests/vitest.config.ts'],
  },
})
