import path from 'node:path'

/** A request path that cannot name a file of the release. */
export class BadRequestPathError extends Error {
  override name = 'BadRequestPathError'
}

/**
 * The file a URL path names inside `root`, or throws BadRequestPathError. Decodes the path once,
 * refuses NUL bytes, backslashes and dot-files (except /.well-known/), and checks that the
 * normalised result stays inside the root: no `..` can climb out of the release.
 */
export function resolveRequestPath(root: string, rawPathname: string): string {
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPathname)
  } catch {
    throw new BadRequestPathError(`Malformed percent-encoding in ${rawPathname}`)
  }
  if (decoded.includes('\0') || decoded.includes('\\')) throw new BadRequestPathError('NUL byte or backslash in path')
  const segments = decoded.split('/')
  if (segments.some((segment) => segment === '..')) throw new BadRequestPathError('Parent directory segment in path')
  if (segments.some((segment, i) => segment.startsWith('.') && segment !== '' && !(i === 1 && segment === '.well-known'))) {
    throw new BadRequestPathError('Hidden file in path')
  }
  const file = path.join(root, path.posix.normalize(decoded))
  if (file !== root && !file.startsWith(root.endsWith(path.sep) ? root : root + path.sep)) {
    throw new BadRequestPathError('Path leaves the release directory')
  }
  return file
}
