// Deep imports: this file reaches the admin's browser bundle (SiteLink), which needs no Markdown.
import { COLLECTIONS } from '@thidua/content-models/schema/collections'
import { urls } from '@thidua/content-models/urls'

/**
 * The portal page of a document, through the shared URL builders, or null for collections without
 * pages of their own (media, audio, users). Used by "Xem trên cổng thông tin" and the canaries.
 */
export function publicPathOf(collection: string, slug: string | null | undefined): string | null {
  if (!slug) return null
  switch (collection) {
    case COLLECTIONS.articles:
      return urls.article(slug)
    case COLLECTIONS.exemplars:
      return urls.exemplar(slug)
    case COLLECTIONS.events:
      return urls.event(slug)
    case COLLECTIONS.categories:
      return urls.fieldOfWork(slug)
    case COLLECTIONS.movements:
      return urls.movement(slug)
    case COLLECTIONS.units:
      return urls.unit(slug)
    default:
      return null
  }
}
