/**
 * Where the loader reads the CMS's public REST answers from: the live CMS over HTTP, or a recorded
 * fixture on disk (tests, CI, benchmarks). Both answer the same `/api/...` paths.
 */
export interface CmsSource {
  /** A stable name for logs and for keying the last good counts, e.g. `http://127.0.0.1:3000`. */
  readonly key: string
  /** Whether this source can answer incremental queries (a fixture holds only the full listing). */
  readonly incremental: boolean
  /** The parsed JSON answer to `GET {path}`; throws a PayloadLoaderError subclass on any failure. */
  getJson(path: string): Promise<unknown>
  /** The bytes of a file the CMS serves (media), by absolute URL or `/api/...` path. */
  getBytes(urlOrPath: string): Promise<Buffer>
}
