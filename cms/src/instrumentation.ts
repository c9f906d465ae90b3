/**
 * Starts Payload when the server boots, so migrations, the demo seed and the jobs queue (scheduled
 * publishing) run without waiting for a first request (issue #2, point 4).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const { getPayload } = await import('payload')
  const { default: config } = await import('@payload-config')
  // `cron: true` starts the jobs autoRun (scheduled publish/unpublish) now, not at the first request.
  await getPayload({ config, cron: true })
}
