import { MarkdownEditorField as MarkdownEditorField_cb62bbb012e9c8e1b00ae5ece0fbe5a0 } from '@/components/MarkdownEditor/MarkdownEditorField'
import { WorkflowPanel as WorkflowPanel_7535237648b290a1d1278cde330110f2 } from '@/components/WorkflowPanel/WorkflowPanel'
import { WorkflowQueue as WorkflowQueue_5d9aee7e9a50325ff85bec9a2bd45c68 } from '@/components/WorkflowQueue/WorkflowQueue'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/MarkdownEditor/MarkdownEditorField#MarkdownEditorField": MarkdownEditorField_cb62bbb012e9c8e1b00ae5ece0fbe5a0,
  "@/components/WorkflowPanel/WorkflowPanel#WorkflowPanel": WorkflowPanel_7535237648b290a1d1278cde330110f2,
  "@/components/WorkflowQueue/WorkflowQueue#WorkflowQueue": WorkflowQueue_5d9aee7e9a50325ff85bec9a2bd45c68,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
