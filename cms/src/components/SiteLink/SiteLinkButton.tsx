'use client'
import { useConfig, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { publicPathOf } from '../../publishing/publicPathOf.ts'
import './SiteLink.css'

/**
 * Opens the document's page on the portal in a new tab, once it has a public version: for
 * articles and profiles once published (Payload's `hasPublishedDoc`), for fields of work,
 * movements and units once saved. The portal updates a few seconds after publishing.
 */
export function SiteLinkButton({ siteUrl }: { siteUrl: string }) {
  const { id, collectionSlug, hasPublishedDoc } = useDocumentInfo()
  const { getEntityConfig } = useConfig()
  const slug = useFormFields(([fields]) => fields.slug?.value)
  if (!id || !collectionSlug) return null
  const hasDrafts = Boolean(getEntityConfig({ collectionSlug })?.versions?.drafts)
  if (hasDrafts && !hasPublishedDoc) return null
  const path = publicPathOf(collectionSlug, typeof slug === 'string' ? slug : null)
  if (!path) return null
  return (
    <a className="site-link" href={`${siteUrl}${path}`} target="_blank" rel="noopener noreferrer" title="Mở trang này trên cổng thông tin (tab mới)">
      Xem trên cổng thông tin ↗
    </a>
  )
}
