import config from '@payload-config'
import { REST_OPTIONS } from '@payloadcms/next/routes'
import { guardedGraphql } from '@/security/guardedGraphql.ts'

export const POST = guardedGraphql(config)
export const OPTIONS = REST_OPTIONS(config)
