import { defineConfig } from 'vitest/config'

/**
 * One Vitest project per package, plus the end-to-end suites in tests/, and the CMS suites on
 * MongoDB's protocol when a server is given (`npm test` starts FerretDB and sets MONGODB_URI).
 */
export default defineConfig({
  test: {
    projects: [
      'content-models/vitest.config.ts', 'cms/vitest.config.ts', 'site/vitest.config.ts', 'publisher/vitest.config.ts', 'tests/vitest.config.ts',
      ...(process.env.MONGODB_URI ? ['cms/vitest.mongodb.config.ts'] : []),
    ],
  },
})
