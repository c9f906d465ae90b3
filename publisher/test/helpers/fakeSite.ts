import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
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
  setContent(content: { articles: FakeArticle[]; delayMs?: number; fail?: boolean; extraPages?: number; brokenFeed?: boolean; pagesLeft?: number }): void
  /** The builds that ran: start and end times, the PUBLISH_CHANGES, --fast and SITE_BASE_DIR they were given. */
  runs(): Array<{ start: number; end: number; changes: string; fast: boolean; base: string }>
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
