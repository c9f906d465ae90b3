import type { CollectionAdminOptions } from 'payload'

/**
 * The edit view of articles and profiles (issue #9, point 6): the portal link, and the workflow
 * panel as the only way to publish. Payload's own publish, schedule and unpublish buttons would
 * skip the panel's comment; the header shows the review state instead of draft/published.
 */
export function editorialEditComponents(): NonNullable<CollectionAdminOptions['components']> {
  return {
    edit: {
      beforeDocumentControls: ['@/components/SiteLink/SiteLink#SiteLink'],
      PublishButton: '@/components/NoControl/NoControl#NoControl',
      UnpublishButton: '@/components/NoControl/NoControl#NoControl',
      Status: '@/components/WorkflowStatus/WorkflowStatus#WorkflowStatus',
    },
  }
}
