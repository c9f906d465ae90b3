import path from 'node:path'
import { RECENT_BUILDS, type BuildRecord, type PublisherStatus } from './client/protocol.ts'
import { readStatusFile, STATUS_FILE } from './client/publisherClient.ts'
import { writeJsonAtomic } from './release/releaseStore.ts'

/**
 * The publisher's status, kept in memory and mirrored to `<data dir>/publisher-status.json` so the
 * admin dashboard can show the last build even while the publisher is stopped.
 */
export class StatusStore {
  readonly file: string
  #status: PublisherStatus
  #writing: Promise<void> = Promise.resolve()

  constructor(dataDir: string) {
    this.file = path.join(dataDir, STATUS_FILE)
    const previous = readStatusFile(dataDir)
    this.#status = {
      state: 'idle',
      live: previous?.live ?? null,
      buildingId: null,
      buildingSince: null,
      pending: false,
      lastBuild: previous?.lastBuild ?? null,
      lastSuccess: previous?.lastSuccess ?? null,
      recentBuilds: previous?.recentBuilds ?? [],
      rollback: previous?.rollback ?? null,
      updatedAt: new Date().toISOString(),
      pid: process.pid,
    }
  }

  get current(): PublisherStatus {
    return this.#status
  }

  update(patch: Partial<PublisherStatus>): void {
    this.#status = { ...this.#status, rollback: this.#newestRollback(), ...patch, updatedAt: new Date().toISOString(), pid: process.pid }
    const snapshot = this.#status
    // Writes are chained so an older snapshot never lands after a newer one.
    this.#writing = this.#writing.then(() => writeJsonAtomic(this.file, snapshot)).catch(() => {})
  }

  recordBuild(record: BuildRecord, live: string | null): void {
    this.update({
      lastBuild: record,
      recentBuilds: [record, ...(this.#status.recentBuilds ?? [])].slice(0, RECENT_BUILDS),
      live,
      ...(record.outcome === 'success' ? { lastSuccess: record, rollback: null } : {}),
    })
  }

  /**
   * `scripts/rollback.ts` runs in its own process and records the rollback in the file; keep it
   * unless a build finished since.
   */
  #newestRollback(): PublisherStatus['rollback'] {
    const onDisk = readStatusFile(path.dirname(this.file))?.rollback ?? null
    const mine = this.#status.rollback
    const newest = onDisk && (!mine || onDisk.at > mine.at) ? onDisk : mine
    const lastBuildAt = this.#status.lastBuild?.finishedAt
    return newest && (!lastBuildAt || newest.at > lastBuildAt) ? newest : null
  }

  /** Resolves once every update so far is on disk. */
  flush(): Promise<void> {
    return this.#writing
  }
}
