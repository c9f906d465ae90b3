import { publisherToken, publisherUrl, type ClientOptions } from '@thidua/publisher/client'
import { dataDir } from '../paths.ts'

let token: string | null = null

/**
 * Where the publisher listens (PUBLISHER_URL, or PUBLISHER_HOST/PUBLISHER_PORT, 127.0.0.1:4322 by
 * default, read on each call) and the token both sides share through the data directory (or
 * PUBLISHER_TOKEN), read once.
 */
export function publisherConnection(): ClientOptions {
  token ??= publisherToken(dataDir())
  return { url: publisherUrl(), token, timeoutMs: 1500 }
}
