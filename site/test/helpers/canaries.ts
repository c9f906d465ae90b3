/**
 * Unique strings planted in the CMS before the fixture is recorded (scripts/record-fixture.ts), each
 * in a place anonymous readers must never see. The recorded fixture and the built site must not
 * contain any of them (issue #4, tests).
 */
export const CANARIES = {
  draftArticleTitle: 'CANARY-DRAFT-ARTICLE-q7x2',
  draftArticleBody: 'CANARY-DRAFT-BODY-m3k9',
  newerDraftTitle: 'CANARY-NEWER-DRAFT-TITLE-w8p4',
  unpublishedArticleTitle: 'CANARY-UNPUBLISHED-ARTICLE-z5r1',
  articleInternalNote: 'CANARY-ARTICLE-INTERNAL-NOTE-h2v6',
  draftExemplarName: 'CANARY-DRAFT-EXEMPLAR-b9t3',
  exemplarPhone: '0999 246 813',
  exemplarEmail: 'canary-contact-k4d8@example.invalid',
  exemplarAddress: 'CANARY-PRIVATE-ADDRESS-j6n2',
  exemplarInternalNote: 'CANARY-EXEMPLAR-INTERNAL-NOTE-f1c7',
} as const

/** Every canary, for "absent everywhere" checks. */
export const CANARY_STRINGS: readonly string[] = Object.values(CANARIES)
