import path from 'node:path'
import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type CollectionConfig } from 'payload'
import { COLLECTIONS, DOSSIER_KINDS } from '@thidua/content-models'
import { isSignedIn } from '../access/roles.ts'
import { eventOf, pastDeadline, refuseAfterDeadline, unitEntries } from '../access/eventAccess.ts'
import { assignContributorUnit } from '../hooks/assignContributorUnit.ts'
import { normalizeVietnamese } from '../hooks/normalizeVietnamese.ts'
import { sniffUpload } from '../hooks/sniffUpload.ts'
import { optionsField } from '../fields/optionsField.ts'
import { dataSubdir } from '../paths.ts'

export const DOSSIER_MIME_TYPES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
] as const
export const MAX_DOSSIER_BYTES = 20 * 1024 * 1024

const limitSize: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if ((operation === 'create' || operation === 'update') && req.file && req.file.size > MAX_DOSSIER_BYTES) {
    throw new APIError(`Tệp “${req.file.name}” lớn hơn ${MAX_DOSSIER_BYTES / 1024 / 1024} MB; hãy nén hoặc chia nhỏ.`, 413, undefined, true)
  }
  return args
}

/** Deadline for units; late files (by the organisers, after it) are marked so. */
const guardAndStamp: CollectionBeforeChangeHook = async ({ data, originalDoc, operation, req }) => {
  const checked = await refuseAfterDeadline(req, data.event ?? originalDoc?.event, 'hồ sơ')
  if (operation !== 'create') return data
  const event = checked ?? (await eventOf(req, data.event))
  return { ...data, late: pastDeadline(event?.dossierDeadline), submittedBy: req.user?.id }
}

/**
 * Dossiers ("Hồ sơ", issue #11, point 4): the summary report, the delegate list and other files a
 * unit sends its organiser. PDF, DOCX, XLSX, ODT, ODS, the type read from the content; at most
 * 20 MB; readable (files included) only by the unit's accounts and the council.
 */
export const Dossiers: CollectionConfig = {
  slug: COLLECTIONS.dossiers,
  labels: { singular: 'Hồ sơ gửi hội nghị', plural: 'Hồ sơ gửi hội nghị' },
  admin: { useAsTitle: 'filename', defaultColumns: ['filename', 'event', 'unit', 'kind', 'late', 'createdAt'], group: 'Hội nghị, sự kiện' },
  access: { read: unitEntries, create: isSignedIn, update: unitEntries, delete: unitEntries },
  hooks: {
    beforeOperation: [limitSize, sniffUpload(DOSSIER_MIME_TYPES, 'Chỉ nhận tệp PDF, Word (.docx), Excel (.xlsx) hoặc OpenDocument (.odt, .ods).')],
    beforeValidate: [normalizeVietnamese],
    beforeChange: [assignContributorUnit, guardAndStamp],
  },
  upload: { staticDir: path.join(dataSubdir('dossiers')), mimeTypes: [...DOSSIER_MIME_TYPES] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'event', label: 'Sự kiện', type: 'relationship', relationTo: COLLECTIONS.events, required: true, index: true },
        { name: 'unit', label: 'Đơn vị gửi', type: 'relationship', relationTo: COLLECTIONS.units, index: true },
        optionsField('kind', 'Loại hồ sơ', DOSSIER_KINDS, { required: true, defaultValue: 'summary-report' }),
      ],
    },
    { name: 'note', label: 'Ghi chú', type: 'textarea' },
    { name: 'late', label: 'Gửi sau hạn', type: 'checkbox', admin: { readOnly: true, position: 'sidebar' } },
    { name: 'submittedBy', label: 'Người gửi', type: 'relationship', relationTo: COLLECTIONS.users, admin: { readOnly: true, position: 'sidebar' } },
  ],
}
