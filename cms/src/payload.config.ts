import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig, type CollectionConfig } from 'payload'
import sharp from 'sharp'
import { Articles } from './collections/Articles/index.ts'
import { Events } from './collections/Events/index.ts'
import { PortalInfo } from './globals/PortalInfo.ts'
import { roleOf } from './access/roles.ts'
import { Delegates } from './collections/Delegates.ts'
import { Dossiers } from './collections/Dossiers.ts'
import { Audio } from './collections/Audio.ts'
import { Categories } from './collections/Categories.ts'
import { Exemplars } from './collections/Exemplars/index.ts'
import { Media } from './collections/Media.ts'
import { Movements } from './collections/Movements.ts'
import { Units } from './collections/Units.ts'
import { Users } from './collections/Users/index.ts'
import { Registrations } from './collections/Registrations/index.ts'
import { ReminderLog } from './collections/ReminderLog.ts'
import { YearPlan } from './globals/YearPlan.ts'
import { annualReportEndpoint, quotaReportEndpoint } from './endpoints/reportEndpoints.ts'
import { applyFieldPolicy } from './access/applyFieldPolicy.ts'
import { scopeLockedDocuments } from './access/lockedDocumentsAccess.ts'
import { databaseAdapter } from './db/databaseAdapter.ts'
import { guardReadQuery } from './hooks/guardReadQuery.ts'
import { emailAdapter } from './email/emailAdapter.ts'
import { publisherCanariesEndpoint } from './endpoints/publisherCanariesEndpoint.ts'
import { publisherStatusEndpoint } from './endpoints/publisherStatusEndpoint.ts'
import { rebuildSiteEndpoint } from './endpoints/rebuildSiteEndpoint.ts'
import { importEndpoints } from './dataExchange/importEndpoints.ts'
import { backupEndpoints } from './backup/backupEndpoints.ts'
import { exportEndpoint } from './dataExchange/exportEndpoint.ts'
import { jobsConfig } from './jobs/jobsConfig.ts'
import { onInit } from './onInit.ts'
import { payloadSecret } from './secret.ts'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const serverURL = process.env.CMS_PUBLIC_URL ?? `http://${process.env.HOST ?? '127.0.0.1'}:${process.env.PORT ?? '3000'}`

/**
 * Every collection takes its field access from the one publication policy and its read rules from
 * the publication module's query guard (issue #9, point 1).
 */
const withPublicationRules = (collection: CollectionConfig): CollectionConfig => {
  const classified = applyFieldPolicy(collection)
  return { ...classified, hooks: { ...classified.hooks, beforeOperation: [guardReadQuery, ...(classified.hooks?.beforeOperation ?? [])] } }
}

/** Payload's "API" tab on a document is for the administrator, not for contributors (issue #13, point 5). */
const withApiTabForAdmins = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  admin: {
    ...collection.admin,
    components: {
      ...collection.admin?.components,
      views: {
        ...collection.admin?.components?.views,
        edit: {
          ...collection.admin?.components?.views?.edit,
          api: { tab: { href: '/api', label: 'API', order: 400, condition: ({ req }: { req: Parameters<typeof roleOf>[0] }) => roleOf(req) === 'admin' } },
        } as NonNullable<NonNullable<NonNullable<CollectionConfig['admin']>['components']>['views']>['edit'],
      },
    },
  },
})

/** "Xuất XLSX / CSV" above every list (issue #12, point 4). */
const withExportLinks = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  admin: {
    ...collection.admin,
    components: {
      ...collection.admin?.components,
      beforeListTable: [
        ...(collection.admin?.components?.beforeListTable ?? []),
        { path: '@/components/DataTools/ExportLinks#ExportLinks', clientProps: { collection: collection.slug } },
      ],
    },
  },
})

export default buildConfig({
  serverURL,
  secret: payloadSecret(),
  db: databaseAdapter(),
  sharp,
  admin: {
    user: Users.slug,
    importMap: { baseDir: dirname },
    meta: {
      titleSuffix: ' · Hội đồng Thi đua - Khen thưởng',
      icons: [{ rel: 'icon', type: 'image/svg+xml', url: '/favicon.svg' }],
    },
    // Payload's default avatar is Gravatar: a third-party request carrying editors' email hashes.
    avatar: 'default',
    dateFormat: 'dd/MM/yyyy HH:mm',
    components: {
      beforeDashboard: [
        '@/components/QuotaBoard/QuotaNotice#QuotaNotice',
        '@/components/PublisherStatus/PublisherStatus#PublisherStatus',
        '@/components/WorkflowQueue/WorkflowQueue#WorkflowQueue',
      ],
      // "Theo dõi chỉ tiêu" (issue #10, point 3).
      views: {
        quotaBoard: { Component: '@/components/QuotaBoard/QuotaBoardView#QuotaBoardView', path: '/chi-tieu' },
        // Import, export and backup (issue #12, points 3-5).
        dataTools: { Component: '@/components/DataTools/DataToolsView#DataToolsView', path: '/du-lieu' },
      },
      afterNavLinks: ['@/components/DataTools/ToolLinks#ToolLinks'],
      // The council's emblem and name, not Payload's logo (issue #13, point 5).
      graphics: { Logo: '@/components/Branding/Branding#Logo', Icon: '@/components/Branding/Branding#Icon' },
    },
  },
  i18n: { supportedLanguages: { vi }, fallbackLanguage: 'vi' },
  collections: [Articles, Exemplars, Events, Delegates, Dossiers, Registrations, Categories, Movements, Units, Media, Audio, Users, ReminderLog].map(withPublicationRules).map(withExportLinks).map(withApiTabForAdmins),
  globals: [YearPlan, PortalInfo].map(applyFieldPolicy),
  upload: { limits: { fileSize: 50 * 1024 * 1024 } },
  graphQL: { disablePlaygroundInProduction: true, maxComplexity: 2000 },
  // Live publishing (issue #6): the publisher's canaries, the dashboard's status and rebuild.
  endpoints: [publisherCanariesEndpoint, publisherStatusEndpoint, rebuildSiteEndpoint, quotaReportEndpoint, annualReportEndpoint, ...importEndpoints, exportEndpoint, ...backupEndpoints],
  email: emailAdapter(),
  // Review refusals are expected 403s: one info line, not an error with a stack.
  // (Payload types the keys as its own error names; any error's `name` works at runtime.)
  // Refused logins, bad queries and missing documents are the caller's mistakes: one info line.
  loggingLevels: {
    WorkflowRefusal: 'info', QueryRefusal: 'info', AuthenticationError: 'info', LockedAuth: 'info', NotFound: 'info',
    QueryError: 'info', ValidationError: 'info', Forbidden: 'info', UnauthorizedError: 'info',
  } as Record<string, 'info'>,
  jobs: jobsConfig(),
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts'), autoGenerate: false },
  onInit,
}).then(scopeLockedDocuments)
