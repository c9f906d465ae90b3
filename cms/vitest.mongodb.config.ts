import { defineConfig } from 'vitest/config'
import sqlite from './vitest.config.ts'

/**
 * The CMS suites again on MongoDB's wire protocol (issue #12): every file of `cms`, each on its own
 * database of FerretDB (or of the server in MONGODB_URI). The test command adds this project when
 * a server is available.
 */
export default defineConfig({
  ...sqlite,
  test: { ...sqlite.test, name: 'cms-mongodb', setupFiles: ['test/helpers/testEnvMongo.ts'] },
})
