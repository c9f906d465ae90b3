import type { PayloadRequest } from 'payload'

const POLL_MS = 25
const GIVE_UP_MS = 120_000

/**
 * Runs `work` once the request's database transaction has committed, without delaying the save.
 * Hooks run inside the transaction: a build started before the commit would read the old content.
 * Payload has no after-commit hook; its database adapters (Drizzle and MongoDB alike) keep open
 * transactions in `db.sessions` and delete them on commit or rollback, so we wait for that. (The
 * SQLite adapter runs without transactions unless `transactionOptions` is set: then it runs at once.)
 */
export function afterCommit(req: PayloadRequest, work: () => Promise<void> | void): Promise<void> {
  return (async () => {
    const id = await req.transactionID
    const sessions = (req.payload.db as { sessions?: Record<string, unknown> }).sessions
    const started = Date.now()
    while (id && sessions?.[String(id)] && Date.now() - started < GIVE_UP_MS) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS))
    }
    await work()
  })().catch((error: unknown) => req.payload.logger.warn(`After-commit task failed: ${(error as Error).message}`))
}
