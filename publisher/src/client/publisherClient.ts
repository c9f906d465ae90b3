import fs from 'node:fs'
import path from 'node:path'
import type { ChangeRequest, PublisherStatus } from './protocol.ts'

export const STATUS_FILE = 'publisher-status.json'
export const DEFAULT_PUBLISHER_PORT = 4322

/** The publisher's control address: PUBLISHER_URL, or PUBLISHER_HOST/PUBLISHER_PORT (127.0.0.1:4322). */
export function publisherUrl(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PUBLISHER_URL) return env.PUBLISHER_URL.replace(/\/$/, '')
  return `http://${env.PUBLISHER_HOST || '127.0.0.1'}:${env.PUBLISHER_PORT || DEFAULT_PUBLISHER_PORT}`
}

export interface ClientOptions {
  url: string
  token: string
  /** A save must never wait on the publisher for long (issue #6: "must not slow down a save"). */
  timeoutMs?: number
}

/** The publisher answered with an error or not at all. */
export class PublisherUnavailableError extends Error {
  override name = 'PublisherUnavailableError'
}

async function post(options: ClientOptions, route: string, body: unknown): Promise<void> {
  let response: Response
  try {
    response = await fetch(`${options.url}${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 1500),
    })
  } catch (error) {
    throw new PublisherUnavailableError(`The publisher at ${options.url} did not answer (${(error as Error).message}).`)
  }
  if (!response.ok) throw new PublisherUnavailableError(`The publisher at ${options.url} refused ${route}: HTTP ${response.status}.`)
}

/** Tells the publisher a public document changed; it schedules a (debounced) build. */
export function sendChange(options: ClientOptions, change: ChangeRequest): Promise<void> {
  return post(options, '/requests', change)
}

/** Asks for a rebuild now (an administrator's "Xây dựng lại cổng"). */
export function requestRebuild(options: ClientOptions, body: { acceptPageDrop?: boolean } = {}): Promise<void> {
  return post(options, '/rebuild', body)
}

/** The publisher's live status, or null when it does not answer. */
export async function fetchPublisherStatus(options: Pick<ClientOptions, 'url' | 'timeoutMs'>): Promise<PublisherStatus | null> {
  try {
    const response = await fetch(`${options.url}/status`, { signal: AbortSignal.timeout(options.timeoutMs ?? 1000) })
    return response.ok ? ((await response.json()) as PublisherStatus) : null
  } catch {
    return null
  }
}

/** The status the publisher last wrote to the data directory, or null if it never ran there. */
export function readStatusFile(dataDir: string): PublisherStatus | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(/*turbopackIgnore: true*/ dataDir, STATUS_FILE), 'utf8')) as PublisherStatus
  } catch {
    return null
  }
}
