#!/usr/bin/env node
/**
 * Runs the publisher alone (the CMS and the static server run elsewhere):
 *   node publisher/src/cli/publisher.ts
 * Every option comes from the environment; see publisher/README.md.
 */
import { startPublisher } from '../startPublisher.ts'

const publisher = await startPublisher()
const stop = async () => {
  await publisher.close()
  process.exit(0)
}
process.once('SIGINT', stop)
process.once('SIGTERM', stop)
