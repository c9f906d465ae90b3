/**
 * Named errors a caller can act on. Messages say what failed and what to do; the publisher copies
 * them into the status file the admin dashboard shows. (No TypeScript parameter properties: the
 * package runs on Node's type stripping.)
 */

/** The site build command exited non-zero, timed out or could not start. */
export class BuildFailedError extends Error {
  override name = 'BuildFailedError'
  readonly code = 'build-failed'
  readonly logFile: string | undefined
  constructor(message: string, logFile?: string) {
    super(message)
    this.logFile = logFile
  }
}

/** Which verification check failed; the admin offers "accept anyway" only for `page-count-drop`. */
export type VerificationCode =
  | 'page-count-drop'
  | 'empty-release'
  | 'private-content'
  | 'draft-content'
  | 'malformed-feed'
  | 'cms-address'
  | 'unexpected-file'
  | 'canaries-unavailable'

/** A finished build did not pass verification, so it was not switched live. */
export class VerificationError extends Error {
  override name = 'VerificationError'
  readonly code: VerificationCode
  readonly problems: readonly string[]
  constructor(message: string, code: VerificationCode, problems: readonly string[] = []) {
    super(message)
    this.code = code
    this.problems = problems
  }
}

/**
 * The live release changed while a build ran (an administrator rolled back): the build, made from
 * the release it replaced, is discarded so the rollback stands. Not retried.
 */
export class SupersededError extends Error {
  override name = 'SupersededError'
  readonly code = 'superseded'
}

/** A rollback or activation named a release that is not on disk. */
export class ReleaseNotFoundError extends Error {
  override name = 'ReleaseNotFoundError'
  readonly code = 'release-not-found'
}

/** The options given to the publisher or static server are unusable. */
export class PublisherConfigError extends Error {
  override name = 'PublisherConfigError'
  readonly code = 'config'
}
