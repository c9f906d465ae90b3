/**
 * Why a build refused the CMS's data. Each class names what failed and what to do; the build
 * wrapper (scripts/build.ts) prints the message and exits non-zero, so a broken CMS never produces an
 * empty or partial portal (issue #4, point 1).
 */
export class PayloadLoaderError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = new.target.name
  }
}

/** The loader's options are unusable (bad URL, page size, share...). Fix site/src/content.config.ts or the env. */
export class LoaderConfigError extends PayloadLoaderError {}

/** No HTTP answer at all: the CMS is down, the URL is wrong, or the request timed out. */
export class CmsUnreachableError extends PayloadLoaderError {
  readonly url: string
  constructor(url: string, cause: unknown) {
    const why = describeNetworkError(cause)
    super(
      `Could not reach the CMS at ${url} (${why}). Start the CMS, or point CMS_URL at a running one, ` +
        'or build from a recorded fixture with FIXTURE=<dir>.',
      { cause },
    )
    this.url = url
  }
}

/** The CMS answered, but with an error status or something that is not a Payload list. */
export class CmsResponseError extends PayloadLoaderError {
  readonly url: string
  readonly status: number
  constructor(url: string, status: number, detail: string) {
    super(`The CMS answered ${status === 0 ? 'with an unusable body' : `HTTP ${status}`} for GET ${url}: ${detail}`)
    this.url = url
    this.status = status
  }
}

/** The CMS listed no documents where the last builds had some (or the collection must never be empty). */
export class EmptyCollectionError extends PayloadLoaderError {
  readonly collection: string
  constructor(collection: string, source: string) {
    super(
      `The CMS at ${source} lists no published ${collection}. Refusing to build an empty portal: check that the ` +
        'CMS uses the right database and that anonymous read access works. If this is intended, set ' +
        `allowEmpty for "${collection}" in site/src/content.config.ts.`,
    )
    this.collection = collection
  }
}

/** Far fewer documents than the last good build: more likely a broken CMS than a real mass removal. */
export class SuspiciousDropError extends PayloadLoaderError {
  readonly collection: string
  readonly count: number
  readonly lastGood: number
  constructor(collection: string, count: number, lastGood: number, minimum: number) {
    super(
      `The CMS lists ${count} published ${collection}, the last good build had ${lastGood} (at least ${minimum} expected). ` +
        'Refusing to publish a portal with that much missing. If the removal is intended, rebuild with SITE_ACCEPT_DROP=1.',
    )
    this.collection = collection
    this.count = count
    this.lastGood = lastGood
  }
}

/** A document failed the collection's schema: the CMS and the portal disagree on a field. */
export class InvalidDocumentError extends PayloadLoaderError {}

/** The recorded fixture lacks a response the loader needs. Re-record it with scripts/record-fixture.ts. */
export class FixtureMissingError extends PayloadLoaderError {}

function describeNetworkError(cause: unknown): string {
  if (cause instanceof Error) {
    if (cause.name === 'TimeoutError' || cause.name === 'AbortError') return 'timed out'
    const inner = (cause as { cause?: { code?: string; message?: string } }).cause
    if (inner?.code) return inner.code
    return inner?.message ?? cause.message
  }
  return String(cause)
}
