import { freePort } from './freePort.ts'
import { spawnBuiltCms } from './builtCmsProcess.ts'
import type { ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { DEFAULT_DEBOUNCE_MS, defaultBuildCommand, silentLogger, startPublisher, startStaticServer, type Logger, type Publisher, type StaticServer } from '@thidua/publisher'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
/** The CMS build to run; E2E_CMS_DIR points at another copy of cms/ built elsewhere. */
export const CMS_DIR = process.env.E2E_CMS_DIR ? path.resolve(process.env.E2E_CMS_DIR) : path.join(ROOT, 'cms')

export const ADMIN = { email: 'quantri@thidua.example', password: 'e2e-publish-password-123' }

/** Why the stack cannot run here, or null: the suites skip with this message. */
export function stackMissing(): string | null {
  if (!existsSync(path.join(CMS_DIR, '.next/BUILD_ID'))) return `the CMS is not built (${CMS_DIR}/.next/BUILD_ID missing): run \`npm test\`, which builds it first`
  if (!existsSync(path.join(ROOT, 'site/src/pages/index.astro'))) return 'the portal (site/) is not there to build'
  return null
}

export interface PublishingStack {
  cmsUrl: string
  dataDir: string
  releasesDir: string
  publisher: Publisher
  portal: StaticServer
  adminToken: string
  cmsLog: () => string
  /** Stops the CMS only (to make builds fail). */
  stopCms: () => Promise<void>
  stop: () => Promise<void>
}

/**
 * The whole live-publishing chain as `npm start` runs it, on free ports and a fresh data directory
 * (or `dataDir`, prepared by scripts/lib/seedBenchArticles.ts, kept afterwards):
 * the portal's static server, the publisher (building the real site with `npm run build -w
 * @thidua/site`), and the built CMS (`next start`, demo content seeded) whose hooks notify the
 * publisher. Resolves once the first release is live.
 */
export async function startPublishingStack(
  options: { debounceMs?: number; dataDir?: string; logger?: Logger; databaseUri?: string } = {},
): Promise<PublishingStack> {
  const ownDir = !options.dataDir
  const dataDir = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'thidua-e2e-publish-'))
  const releasesDir = path.join(dataDir, 'releases')
  const cmsPort = await freePort()
  const cmsUrl = `http://127.0.0.1:${cmsPort}`
  const portal = await startStaticServer({ releasesDir, host: '127.0.0.1', port: 0, logger: silentLogger })
  const build = defaultBuildCommand({} as NodeJS.ProcessEnv) // the portal's own build, whatever SITE_BUILD_COMMAND says
  const publisher = await startPublisher({
    dataDir,
    releasesDir,
    cmsUrl,
    siteUrl: portal.url,
    // Its own content cache and work directory: the site's incremental loader must not mix in
    // another CMS's content, nor share site/dist with other builds running meanwhile.
    build: { ...build, env: { SITE_CACHE_DIR: path.join(dataDir, 'site-cache'), SITE_BUILD_DIR: path.join(dataDir, 'site-work') } },
    host: '127.0.0.1',
    port: 0,
    debounceMs: options.debounceMs ?? DEFAULT_DEBOUNCE_MS,
    retryAfterFailureMs: 0,
    buildOnStart: 'never',
    logger: options.logger ?? silentLogger,
  })

  const cms = spawnBuiltCms(CMS_DIR, cmsPort, {
    DATA_DIR: dataDir,
    DEMO_PASSWORD: ADMIN.password,
    PUBLISHER_URL: publisher.url!,
    SITE_URL: portal.url,
    // MongoDB instead of the embedded SQLite (issue #12): `DATABASE_URI=mongodb://... npm start`.
    ...(options.databaseUri ? { DATABASE_URI: options.databaseUri, MONGODB_COMPAT: process.env.MONGODB_COMPAT ?? 'ferretdb' } : {}),
  })
  const { child } = cms
  const output = cms.output
  const stopCms = cms.stop
  const stop = async () => {
    await publisher.close()
    await portal.close()
    await stopCms()
    if (ownDir) rmSync(dataDir, { recursive: true, force: true })
  }

  try {
    const adminToken = await loginWhenReady(cmsUrl, child, output)
    publisher.rebuild()
    await publisher.idle()
    const status = await publisher.status()
    if (!status.live) throw new Error(`The first site build failed: ${status.lastBuild?.error}`)
    return { cmsUrl, dataDir, releasesDir, publisher, portal, adminToken, cmsLog: output, stopCms, stop }
  } catch (error) {
    await stop()
    throw error
  }
}

async function loginWhenReady(url: string, child: ChildProcess, log: () => string, timeoutMs = 240_000): Promise<string> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The CMS exited with code ${child.exitCode} while starting:\n${log()}`)
    try {
      const response = await fetch(`${url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(ADMIN),
      })
      const token = response.ok ? ((await response.json()) as { token?: string }).token : undefined
      if (token) return token
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`The CMS did not accept the demo admin's login within ${timeoutMs / 1000} s:\n${log()}`)
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}

/** A REST call to the CMS as the administrator. */
export async function asAdmin(stack: PublishingStack, method: string, route: string, json?: unknown): Promise<any> {
  const response = await fetch(`${stack.cmsUrl}${route}`, {
    method,
    headers: { authorization: `JWT ${stack.adminToken}`, ...(json ? { 'content-type': 'application/json' } : {}) },
    body: json ? JSON.stringify(json) : undefined,
  })
  const body = await response.json().catch(() => null)
  if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${JSON.stringify(body)}`)
  return body
}

/** Creates an article as the administrator and takes it through review to published; returns it. */
export async function publishNewArticle(stack: PublishingStack, title: string): Promise<{ id: number | string; slug: string; publishedAt: number }> {
  const created = await asAdmin(stack, 'POST', '/api/articles?draft=true', {
    title,
    summary: `Sapô của bài “${title}”.`,
    body: `Nội dung bài **${title}**, viết để kiểm tra xuất bản trực tiếp.`,
  })
  const id = created.doc.id as number | string
  for (const to of ['submitted', 'in_review', 'approved']) await asAdmin(stack, 'POST', `/api/articles/${id}/transition`, { to })
  const publishedAt = Date.now()
  await asAdmin(stack, 'POST', `/api/articles/${id}/transition`, { to: 'published' })
  return { id, slug: created.doc.slug as string, publishedAt }
}

/**
 * Polls `check` every 100 ms; resolves with the elapsed ms, or throws after `timeoutMs` with the
 * publisher's status (the last build's error says why).
 */
export async function within(timeoutMs: number, check: () => Promise<boolean>, what: string, stack?: PublishingStack): Promise<number> {
  const started = Date.now()
  for (;;) {
    if (await check()) return Date.now() - started
    if (Date.now() - started > timeoutMs) {
      const status = stack ? `\nPublisher status: ${JSON.stringify(await stack.publisher.status(), null, 2)}` : ''
      throw new Error(`Not within ${timeoutMs / 1000} s: ${what}${status}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
