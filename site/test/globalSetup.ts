import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { buildSite, FIXTURE_DIR } from './feeds/buildSite.ts'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The portal built once from the recorded fixture (test/fixtures/cms), shared by every site test file. */
    fixtureSiteDir: string
    /** That build's Astro cache (encoded photos): later test builds reuse it, one at a time. */
    siteTestCacheDir: string
    /** The SITE_URL it was built with. */
    fixtureSiteUrl: string
  }
}

/**
 * Builds the portal from the recorded fixture once per test run (about 35 s cold on two cores,
 * mostly photo encoding) and hands the output to every test file through `inject()`.
 */
export default async function setup(project: TestProject) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'thidua-site-test-'))
  const siteUrl = 'https://thidua.example.gov.vn'
  const { outDir } = await buildSite({ fixtureDir: FIXTURE_DIR, outDir: path.join(root, 'dist'), cacheDir: path.join(root, 'cache'), siteUrl })
  project.provide('fixtureSiteDir', outDir)
  project.provide('siteTestCacheDir', path.join(root, 'cache'))
  project.provide('fixtureSiteUrl', siteUrl)
  return () => rmSync(root, { recursive: true, force: true })
}
