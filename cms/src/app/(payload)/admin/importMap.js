import { MarkdownEditorField as MarkdownEditorField_cb62bbb012e9c8e1b00ae5ece0fbe5a0 } from '@/components/MarkdownEditor/MarkdownEditorField'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/MarkdownEditor/MarkdownEditorField#MarkdownEditorField": MarkdownEditorField_cb62bbb012e9c8e1b00ae5ece0fbe5a0,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
