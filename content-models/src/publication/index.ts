/** What is public, defined once (issue #9): the field policy and everything derived from it. */
export { FIELD_POLICY, fieldRule, audienceIncludes, type FieldRule, type ReadAudience, type WriteAudience } from './fieldPolicy.ts'
export { PUBLIC_FIELDS, PERSONAL_FIELDS, CANARY_FIELDS, erasePersonalPatch, isPublicField, projectPublic } from './publicFields.ts'
export { isPublished, isEditorialCollection, PUBLISHED_WHERE, NOT_PUBLISHED_WHERE, PUBLIC_UPLOAD_WHERE, publishedQuery } from './publishedRule.ts'
export { privacyMarker } from './privacyMarker.ts'
export { MARKDOWN_FIELDS, mediaFilenamesIn, uploadUsageOf, type UploadUsage } from './uploadUsage.ts'
export { READ_LIMITS, MANIFEST_FIELDS, wherePaths, pathRefusal, readQueryRefusal, type ReadQuery, type Caller } from './readQueryGuard.ts'
export { MAX_JSON_BYTES, isIdLike, restRequestRefusal, jsonBodyRefusal, type Refusal } from './requestGuard.ts'
export { GRAPHQL_LIMITS, graphqlCost, graphqlCostRefusal, type GraphqlCost } from './graphqlCost.ts'
