/**
 * The one run command (`npm start`): the CMS (production build, embedded SQLite, demo content on
 * first start), the publisher (debounced site builds into atomic releases) and the portal's static
 * server. Builds the admin if needed and the portal once if no release is live; Ctrl-C stops all.
 */
import { startPublisher, startStaticServer } from '@thidua/publisher'
import { ensureAdminBuild } from './lib/adminBuild.ts'
import { startCms, type CmsProcess } from './lib/cmsProcess.ts'
import { step } from './lib/run.ts'

const env = { ...process.env }
let cms: CmsProcess | null = null
let shuttingDown = false

async function main(): Promise<void> {
  await ensureAdminBuild()
  step('Starting the CMS (migrations, and demo content on an empty database)...')
  cms = await startCms(env)
  env.CMS_URL ??= cms.url

  step('Starting the portal server and the publisher...')
  const portal = await startStaticServer()
  const publisher = await startPublisher({
    cmsUrl: env.CMS_URL,
    buildOnStart: 'if-missing',
    onBuildOutput: (line) => console.log(`  [site build] ${line}`),
  })
  const onSignal = async (signal: string) => {
    if (shuttingDown) return
    shuttingDown = true
    console.log(`\n${signal}: stopping (a running site build is stopped; the live release stays as it is)...`)
    await publisher.close({ abort: true }).catch((e) => console.error(e))
    await portal.close().catch((e) => console.error(e))
    await cms?.stop()
    process.exit(0)
  }
  process.on('SIGINT', () => void onSignal('SIGINT'))
  process.on('SIGTERM', () => void onSignal('SIGTERM'))

  const status = await publisher.status()
  if (!status.live) {
    step('No live release yet: building the portal once (this takes a minute)...')
    await publisher.idle()
  }
  console.log(`
────────────────────────────────────────────────────────────
 Quản trị (admin):        ${cms.url}/admin
 Cổng thông tin (portal): ${portal.url}
 Bản tin báo chí (feeds): ${portal.url}/rss.xml · ${portal.url}/bao-chi/ · ${portal.url}/feeds.opml

 Demo accounts: quantri@thidua.example (admin), bientap@thidua.example (editor),
   hoaan@thidua.example and daklam@thidua.example (unit contributors).
   Password: ${env.DEMO_PASSWORD ? 'DEMO_PASSWORD' : 'printed above when the demo was seeded (first start only)'}.
 Ctrl-C stops everything.
────────────────────────────────────────────────────────────`)
}

main().catch(async (error: Error) => {
  console.error(`\nCould not start: ${error.message}`)
  await cms?.stop()
  process.exit(1)
})
