import type { CmsSource } from './cmsSource.ts'
import { CmsResponseError, CmsUnreachableError } from './errors.ts'

export interface HttpSourceOptions {
  /** Per-request timeout. */
  timeoutMs?: number
  /** Extra attempts after a network error or a 5xx (a CMS restarting during a deploy). */
  retries?: number
}

const HINTS: Record<number, string> = {
  401: 'the CMS refused an anonymous read. The portal reads only as an anonymous client; check the collection\'s read access.',
  403: 'the CMS refused an anonymous read. The portal reads only as an anonymous client; check the collection\'s read access.',
  404: 'no such endpoint: is CMS_URL the CMS\'s base URL (without /api) and is the collection slug right?',
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** The CMS's base URL (CMS_URL, which may have a path) as a base for its `/api/...` paths. */
export const cmsBase = (cmsUrl: string) => new URL(cmsUrl.endsWith('/') ? cmsUrl : `${cmsUrl}/`)
/** The address of an `/api/...` path (or a full URL) of the CMS at `base`. */
export const cmsRequestUrl = (base: URL, urlOrPath: string) => new URL(urlOrPath.replace(/^\//, ''), base).toString()

/**
 * Reads the live CMS as an anonymous client: no cookie, no token, no API key, ever. What the
 * portal shows is therefore exactly what the public REST API already shows anyone.
 */
export function createHttpSource(cmsUrl: string, options: HttpSourceOptions = {}): CmsSource {
  const base = cmsBase(cmsUrl)
  const timeoutMs = options.timeoutMs ?? 30_000
  const retries = options.retries ?? 2

  async function get(urlOrPath: string, accept: string): Promise<Response> {
    const url = cmsRequestUrl(base, urlOrPath)
    for (let attempt = 0; ; attempt++) {
      let response: Response
      try {
        response = await fetch(url, { headers: { accept }, redirect: 'error', signal: AbortSignal.timeout(timeoutMs) })
      } catch (error) {
        if (attempt < retries) { await sleep(500 * 3 ** attempt); continue }
        throw new CmsUnreachableError(url, error)
      }
      if (response.ok) return response
      if (response.status >= 500 && attempt < retries) { await sleep(500 * 3 ** attempt); continue }
      const body = (await response.text().catch(() => '')).slice(0, 300)
      throw new CmsResponseError(url, response.status, HINTS[response.status] ?? (body || response.statusText))
    }
  }

  return {
    key: base.toString().replace(/\/$/, ''),
    incremental: true,
    async getJson(path) {
      const response = await get(path, 'application/json')
      const text = await response.text()
      try {
        return JSON.parse(text)
      } catch {
        throw new CmsResponseError(response.url, 0, `expected JSON, got ${JSON.stringify(text.slice(0, 120))}`)
      }
    },
    async getBytes(urlOrPath) {
      const response = await get(urlOrPath, '*/*')
      return Buffer.from(await response.arrayBuffer())
    },
  }
}
