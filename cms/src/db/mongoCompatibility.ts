import { compatibilityOptions } from '@payloadcms/db-mongodb'

/**
 * Switches for MongoDB-compatible servers that are not MongoDB (issue #12), chosen with
 * MONGODB_COMPAT. `ferretdb` is what the test command runs: FerretDB v1.24 implements no
 * transactions ("no such command: commitTransaction") and Payload's join aggregations and
 * sort-lookup pipelines are reported not to work on it (payloadcms/payload issue 12188), so those
 * fall back to plain finds; index hints are off as for DocumentDB. Payload's own presets cover
 * DocumentDB, Cosmos DB and Firestore. A real MongoDB replica set needs none of this.
 */
export function mongoCompatibility(name = process.env.MONGODB_COMPAT ?? ''): Record<string, unknown> {
  if (!name) return {}
  if (name === 'ferretdb') {
    return { transactionOptions: false, useJoinAggregations: false, usePipelineInSortLookup: false, disableIndexHints: true, bulkOperationsSingleTransaction: true }
  }
  const preset = (compatibilityOptions as Record<string, Record<string, unknown>>)[name]
  if (!preset) throw new Error(`MONGODB_COMPAT="${name}" is unknown: use ferretdb, ${Object.keys(compatibilityOptions).join(', ')}, or leave it unset for MongoDB.`)
  return preset
}
