#!/usr/bin/env node
/**
 * Serves the live release alone: `node publisher/src/cli/staticServer.ts`
 * (SITE_HOST, SITE_PORT, RELEASES_DIR; see publisher/README.md).
 */
import { startStaticServer } from '../staticServer.ts'

const server = await startStaticServer()
const stop = async () => {
  await server.close()
  process.exit(0)
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
