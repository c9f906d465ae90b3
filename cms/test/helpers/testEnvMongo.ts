import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/**
 * Vitest setup file of the `cms-mongodb` project (issue #12): the same suites as `cms`, each test
 * file on its own database of the MongoDB-protocol server in MONGODB_URI (FerretDB, started by the
 * test command), dropped when the file ends. Uploads still go to a temporary directory.
 */
const base = process.env.MONGODB_URI
if (!base) throw new Error('The cms-mongodb project needs MONGODB_URI (the test command starts FerretDB and sets it).')
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-test-'))
const url = new URL(base)
url.pathname = `/thidua_${path.basename(dataDir).replace(/[^a-zA-Z0-9]/g, '')}`
process.env.DATA_DIR = dataDir
process.env.DATABASE_URI = url.toString()
process.env.MONGODB_COMPAT ??= 'ferretdb'
process.env.PAYLOAD_SECRET = 'test-secret-not-for-production'
process.env.DEMO_PASSWORD = 'demo-password-123'
process.env.SEED_DEMO ??= 'false'
