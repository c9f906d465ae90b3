/** What the CMS needs from the publisher, free of Node-only dependencies beyond fs and crypto. */
export * from './protocol.ts'
export * from './publisherClient.ts'
export * from './publisherToken.ts'
export * from './changeRequestFor.ts'
export * from './releaseDate.ts'
