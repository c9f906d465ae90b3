/**
 * `npm run import -- FILE [--kind units|users|exemplars] [--dry-run] [--as EMAIL]` (issue #12,
 * point 3): imports a spreadsheet into the CMS database of DATA_DIR / DATABASE_URI, exactly as the
 * admin's "Nhập từ Excel" does. Hands over to tsx, which loads the CMS's configuration.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { root } from './lib/adminBuild.ts'

const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), [path.join(root, 'scripts/lib/importWithPayload.ts'), ...process.argv.slice(2)], { stdio: 'inherit', env: process.env })
process.exit(result.status ?? 1)
