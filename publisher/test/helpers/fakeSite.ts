import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BuildServerCommand } from '../../src/build/buildServer.ts'
import type { BuildCommand } from '../../src/build/runBuildCommand.ts'

export interface FakeArticle {
  slug: string
  title: string
  body?: string
}

export interface FakeSite {
  dir: string
  dataDir: string
  releasesDir: string
  build: BuildCommand
  /** Changes what the next build writes. */
  setContent(content: { articles: FakeArticle[]; delayMs?: number; fail?: boolean; extraPages?: number; brokenFeed?: boolean; pagesLeft?: number; crashServer?: boolean }): void
  /** The builds that ran: start and end times, the PUBLISH_CHANGES, --fast and SITE_BASE_DIR they were given, the build server's pid. */
  runs(): Array<{ start: number; end: number; changes: string; fast: boolean; base: string; server: number | null }>
  /** The stand-in build server (fixtures/fakeBuildServer.ts), for `build.server`. */
  server: BuildServerCommand
  cleanup(): void
}

/** A temporary data directory and a fake site build reading its content from a JSON file. */
export function createFakeSite(articles: FakeArticle[] = [{ slug: 'bai-dau-tien', title: 'Bài đầu tiên' }]): FakeSite {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'thidua-publisher-'))
  const contentFile = path.join(dir, 'content.json')
  const runsFile = path.join(dir, 'runs.txt')
  const site: FakeSite = {
    dir,
    dataDir: path.join(dir, 'data'),
    releasesDir: path.join(dir, 'data', 'releases'),
    build: {
      command: process.execPath,
      args: [new URL('../fixtures/fakeSiteBuild.ts', import.meta.url).pathname],
      fastArgs: ['--fast'],
      env: { FAKE_CONTENT: contentFile, FAKE_RUNS: runsFile },
    },
    server: { command: process.execPath, args: [new URL('../fixtures/fakeBuildServer.ts', import.meta.url).pathname] },
    setContent: (content) => fs.writeFileSync(contentFile, JSON.stringify(content)),
    runs: () =>
      fs.existsSync(runsFile)
        ? fs
            .readFileSync(runsFile, 'utf8')
            .trim()
            .split('\n')
            .filter(Boolean)
            .map((line) => JSON.parse(line))
        : [],
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  }
  site.setContent({ articles })
  return site
}
