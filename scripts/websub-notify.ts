/**
 * Announces the portal's changed feeds to the WebSub hub after a release went live (issue #5,
 * point 5): one publish ping per feed whose bytes differ from the previous release.
 *
 *   node scripts/websub-notify.ts --previous releases/<old> --next releases/<new> [--hub URL] [--site URL]
 *
 * --hub defaults to WEBSUB_HUB_URL (nothing to do when neither is set), --site to SITE_URL.
 * Omit --previous for the first release. Exits 1 when the hub refused or missed a ping.
 */
import { parseArgs } from 'node:util'
import { notifyChangedFeeds } from '../site/src/lib/websub.ts'

const { values: args } = parseArgs({
  options: {
    previous: { type: 'string' },
    next: { type: 'string' },
    hub: { type: 'string', default: process.env.WEBSUB_HUB_URL ?? '' },
    site: { type: 'string', default: process.env.SITE_URL ?? '' },
  },
})

if (!args.hub) {
  console.log('WebSub: no hub configured (WEBSUB_HUB_URL or --hub); nothing to announce.')
  process.exit(0)
}
if (!args.next || !args.site) {
  console.error('Usage: node scripts/websub-notify.ts --previous <old release dir> --next <new release dir> --site <SITE_URL> [--hub <hub URL>]')
  process.exit(2)
}
const result = await notifyChangedFeeds({
  previousDir: args.previous ?? null,
  nextDir: args.next,
  siteUrl: args.site,
  hubUrl: args.hub,
  log: (line) => console.log(line),
})
for (const topic of result.notified) console.log(`  announced ${topic}`)
// Failures on stderr: the publisher logs stderr as the reason when this script exits non-zero.
for (const { topic, reason } of result.failed) {
  console.error(`WebSub: the hub ${args.hub} did not accept ${topic} (${reason}); subscribers will get it at their next poll.`)
}
process.exit(result.failed.length > 0 ? 1 : 0)
