import config from '@payload-config'
import '@payloadcms/next/css'
import { guardedRest } from '@/security/guardedRest.ts'

export const { GET, POST, DELETE, PATCH, PUT, OPTIONS } = guardedRest(config)
