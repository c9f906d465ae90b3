import path from 'node:path'
import type { CollectionConfig } from 'payload'
import { COLLECTIONS } from '@thidua/content-models'
import { isSignedIn, isStaff } from '../access/roles.ts'
import { readUpload, updateUpload } from '../access/uploadAccess.ts'
import { assignContributorUnit } from '../hooks/assignContributorUnit.ts'
import { guardUploadReplacement } from '../hooks/guardUploadReplacement.ts'
import { uploadOwnerFields } from '../fields/uploadOwnerFields.ts'
import { normalizeVietnamese } from '../hooks/normalizeVietnamese.ts'
import { sniffUpload } from '../hooks/sniffUpload.ts'
import { dataSubdir } from '../paths.ts'
import { requestSiteBuild, requestSiteBuildOnDelete } from '../hooks/requestSiteBuild.ts'

export const AUDIO_MIME_TYPES = ['audio/mpeg', 'audio/mp4', 'audio/x-m4a', 'audio/aac'] as const

/** Audio recordings of stories for radio stations and loudspeaker systems (MP3/M4A). */
export const Audio: CollectionConfig = {
  slug: COLLECTIONS.audio,
  labels: { singular: 'Tệp âm thanh', plural: 'Âm thanh phát thanh' },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'filename', 'filesize', 'updatedAt'], group: 'Tư liệu' },
  access: { read: readUpload, create: isSignedIn, update: updateUpload, delete: isStaff },
  hooks: {
    beforeOperation: [sniffUpload(AUDIO_MIME_TYPES, 'Chỉ nhận tệp âm thanh MP3 hoặc M4A.')],
    beforeValidate: [normalizeVietnamese],
    beforeChange: [assignContributorUnit, guardUploadReplacement],
    afterChange: [requestSiteBuild],
    afterDelete: [requestSiteBuildOnDelete],
  },
  upload: { staticDir: path.join(dataSubdir('audio')), mimeTypes: [...AUDIO_MIME_TYPES] },
  fields: [
    { name: 'title', label: 'Tiêu đề', type: 'text', required: true },
    { name: 'credit', label: 'Người đọc / đơn vị thực hiện', type: 'text' },
    { name: 'durationSeconds', label: 'Thời lượng (giây)', type: 'number', min: 0 },
    ...uploadOwnerFields(),
  ],
}
