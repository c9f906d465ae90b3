import { VerificationError } from '../errors.ts'

export interface PageCountInput {
  pages: number
  hasHomePage: boolean
  /** Pages of the live release, or null before the first release. */
  livePages: number | null
  /** The largest acceptable drop as a share of the live release's pages, 0..1. */
  maxDrop: number
  acceptDrop: boolean
}

/**
 * A build from a CMS that answered with too little (restarting, empty database, an access rule gone
 * wrong) must not replace a complete portal: no home page, or a sudden fall in pages, fails the
 * release. An administrator's explicit rebuild may accept a drop after a real bulk deletion.
 */
export function checkPageCount(input: PageCountInput): void {
  if (input.pages === 0 || !input.hasHomePage) {
    throw new VerificationError(
      `The build produced ${input.pages} pages and ${input.hasHomePage ? 'a' : 'no'} home page (index.html); it was not published. Check that the CMS is running and that the site build read its content.`,
      'empty-release',
    )
  }
  if (input.livePages === null || input.acceptDrop) return
  const minimum = Math.floor(input.livePages * (1 - input.maxDrop))
  if (input.pages < minimum) {
    throw new VerificationError(
      `The build has ${input.pages} pages against ${input.livePages} live (at least ${minimum} expected); it was not published. If content was really deleted, an administrator can rebuild with "Chấp nhận số trang giảm" in the admin dashboard.`,
      'page-count-drop',
    )
  }
}
