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

export const IMAGE_MIME_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/avif'] as const

/**
 * Photos for profiles and articles. Raster images only, sniffed by content. The original is
 * re-encoded by sharp (capped at 2560 px), which drops EXIF, including GPS location.
 */
export const Media: CollectionConfig = {
  slug: COLLECTIONS.media,
  labels: { singular: 'Ảnh', plural: 'Thư viện ảnh' },
  admin: { useAsTitle: 'alt', defaultColumns: ['filename', 'alt', 'credit', 'updatedAt'], group: 'Tư liệu' },
  access: { read: readUpload, create: isSignedIn, update: updateUpload, delete: isStaff },
  hooks: {
    beforeOperation: [
      sniffUpload(IMAGE_MIME_TYPES, 'Chỉ nhận ảnh JPEG, PNG, WebP hoặc AVIF (không nhận SVG hay tệp khác).'),
    ],
    beforeValidate: [normalizeVietnamese],
    beforeChange: [assignContributorUnit, guardUploadReplacement],
    afterChange: [requestSiteBuild],
    afterDelete: [requestSiteBuildOnDelete],
  },
  upload: {
    staticDir: path.join(dataSubdir('media')),
    mimeTypes: [...IMAGE_MIME_TYPES],
    resizeOptions: { width: 2560, height: 2560, fit: 'inside', withoutEnlargement: true },
    withMetadata: false,
    focalPoint: true,
    imageSizes: [
      { name: 'thumbnail', width: 400, height: 300, position: 'centre' },
      { name: 'card', width: 800, withoutEnlargement: true },
      { name: 'hero', width: 1440, withoutEnlargement: true },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      label: 'Mô tả ảnh (cho người khiếm thị)',
      type: 'text',
      required: true,
      admin: { description: 'Bắt buộc. Mô tả ngắn nội dung ảnh, ví dụ: “Chị Hoà hướng dẫn công nhân vận hành máy”.' },
    },
    { name: 'caption', label: 'Chú thích', type: 'textarea' },
    { name: 'credit', label: 'Tác giả ảnh / nguồn', type: 'text' },
    ...uploadOwnerFields(),
  ],
}
