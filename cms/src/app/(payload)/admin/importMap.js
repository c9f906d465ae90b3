import { WorkflowPanel as WorkflowPanel_7535237648b290a1d1278cde330110f2 } from '@/components/WorkflowPanel/WorkflowPanel'
import { MarkdownEditorField as MarkdownEditorField_cb62bbb012e9c8e1b00ae5ece0fbe5a0 } from '@/components/MarkdownEditor/MarkdownEditorField'
import { ExportLinks as ExportLinks_03fb3b142e8eb8bb5890a6a703001a76 } from '@/components/DataTools/ExportLinks'
import { SiteLink as SiteLink_155ea9622472e3e8beef4ce882ca9278 } from '@/components/SiteLink/SiteLink'
import { NoControl as NoControl_cccbded838c219447cb4cb8113e4e3b9 } from '@/components/NoControl/NoControl'
import { WorkflowStatus as WorkflowStatus_bff05cbb7b46f6e6d6714f6c6acbe542 } from '@/components/WorkflowStatus/WorkflowStatus'
import { EventPanel as EventPanel_cddfd2be845482d959d38469bcf6b228 } from '@/components/EventPanel/EventPanel'
import { Icon as Icon_9bf27153a190a7b84e9c5db6ab18ff49 } from '@/components/Branding/Branding'
import { Logo as Logo_9bf27153a190a7b84e9c5db6ab18ff49 } from '@/components/Branding/Branding'
import { ToolLinks as ToolLinks_8ade6673d56147237822b3f396fcc2f6 } from '@/components/DataTools/ToolLinks'
import { QuotaNotice as QuotaNotice_d218f8234ec955f6edd4b3696bdf4599 } from '@/components/QuotaBoard/QuotaNotice'
import { PublisherStatus as PublisherStatus_56981be59a6726f5e0a30f357371ec74 } from '@/components/PublisherStatus/PublisherStatus'
import { WorkflowQueue as WorkflowQueue_5d9aee7e9a50325ff85bec9a2bd45c68 } from '@/components/WorkflowQueue/WorkflowQueue'
import { QuotaBoardView as QuotaBoardView_a546199e5ffcbfd001e7afb6e753cd2f } from '@/components/QuotaBoard/QuotaBoardView'
import { DataToolsView as DataToolsView_36b7809f55b37f0af82b1d598ee58258 } from '@/components/DataTools/DataToolsView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/WorkflowPanel/WorkflowPanel#WorkflowPanel": WorkflowPanel_7535237648b290a1d1278cde330110f2,
  "@/components/MarkdownEditor/MarkdownEditorField#MarkdownEditorField": MarkdownEditorField_cb62bbb012e9c8e1b00ae5ece0fbe5a0,
  "@/components/DataTools/ExportLinks#ExportLinks": ExportLinks_03fb3b142e8eb8bb5890a6a703001a76,
  "@/components/SiteLink/SiteLink#SiteLink": SiteLink_155ea9622472e3e8beef4ce882ca9278,
  "@/components/NoControl/NoControl#NoControl": NoControl_cccbded838c219447cb4cb8113e4e3b9,
  "@/components/WorkflowStatus/WorkflowStatus#WorkflowStatus": WorkflowStatus_bff05cbb7b46f6e6d6714f6c6acbe542,
  "@/components/EventPanel/EventPanel#EventPanel": EventPanel_cddfd2be845482d959d38469bcf6b228,
  "@/components/Branding/Branding#Icon": Icon_9bf27153a190a7b84e9c5db6ab18ff49,
  "@/components/Branding/Branding#Logo": Logo_9bf27153a190a7b84e9c5db6ab18ff49,
  "@/components/DataTools/ToolLinks#ToolLinks": ToolLinks_8ade6673d56147237822b3f396fcc2f6,
  "@/components/QuotaBoard/QuotaNotice#QuotaNotice": QuotaNotice_d218f8234ec955f6edd4b3696bdf4599,
  "@/components/PublisherStatus/PublisherStatus#PublisherStatus": PublisherStatus_56981be59a6726f5e0a30f357371ec74,
  "@/components/WorkflowQueue/WorkflowQueue#WorkflowQueue": WorkflowQueue_5d9aee7e9a50325ff85bec9a2bd45c68,
  "@/components/QuotaBoard/QuotaBoardView#QuotaBoardView": QuotaBoardView_a546199e5ffcbfd001e7afb6e753cd2f,
  "@/components/DataTools/DataToolsView#DataToolsView": DataToolsView_36b7809f55b37f0af82b1d598ee58258,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
