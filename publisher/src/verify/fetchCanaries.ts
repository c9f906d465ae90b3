import type { Canaries } from '../client/protocol.ts'
import { VerificationError } from '../errors.ts'

/**
 * Asks the CMS what must not go live (its `/api/publisher/canaries` endpoint, guarded by the
 * publisher token). Without that list the build cannot be shown to be safe, so it is not published.
 */
export async function fetchCanaries(cmsUrl: string, token: string, timeoutMs = 30_000): Promise<Canaries> {
  const url = `${cmsUrl.replace(/\/$/, '')}/api/publisher/canaries`
  let response: Response
  try {
    response = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(timeoutMs) })
  } catch (error) {
    throw unavailable(`${url} did not answer (${(error as Error).message}). Check that the CMS is running at CMS_URL.`)
  }
  if (!response.ok) {
    throw unavailable(
      `${url} answered HTTP ${response.status}.${response.status === 401 ? ' The CMS and the publisher use different tokens: give both the same DATA_DIR or PUBLISHER_TOKEN.' : ''}`,
    )
  }
  const body = (await response.json()) as Partial<Canaries>
  return {
    draftPaths: body.draftPaths ?? [],
    privateValues: body.privateValues ?? [],
  }
}

function unavailable(detail: string): VerificationError {
  return new VerificationError(`Could not check the build for unpublished and private content: ${detail}`, 'canaries-unavailable')
}
