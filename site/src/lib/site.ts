import { ancestorsOf, buildListings, collectTags, relatedArticlesIndex, type Listings, type ResolvedArticle, type ResolvedExemplar, type TagInfo } from '@thidua/content-models'
import { getSiteContent, type SiteContent } from './content.ts'
import { startSearchIndex } from './search/searchIndexer.ts'
import { articleSearchEntry, eventSearchEntry, exemplarSearchEntry } from './search/searchSources.ts'
import { perBuild } from './buildScope.ts'

/** Everything the pages derive from the content, computed once per build and shared by all routes. */
export interface Site extends SiteContent {
  listings: Listings<ResolvedArticle, ResolvedExemplar>
  tags: TagInfo[]
  tagsBySlug: ReadonlyMap<string, TagInfo>
  related: (article: ResolvedArticle, limit?: number) => ResolvedArticle[]
  /** Position of each article in `articles` (newest first), for previous/next links. */
  articleIndex: ReadonlyMap<string, number>
}

/** How many related stories an article page shows. */
export const RELATED_SHOWN = 3

async function build(): Promise<Site> {
  const content = await getSiteContent()
  const tags = collectTags(content.articles)
  startSearchIndex(() => [...content.exemplarList.map(exemplarSearchEntry), ...content.articles.map(articleSearchEntry), ...content.events.map(eventSearchEntry)])
  return {
    ...content,
    listings: buildListings(content.articles, content.exemplarList, {
      fieldWithAncestors: ancestorsOf([...content.categories.values()]),
      unitWithAncestors: ancestorsOf([...content.units.values()]),
    }),
    tags,
    tagsBySlug: new Map(tags.map((t) => [t.slug, t])),
    related: relatedArticlesIndex(content.articles),
    articleIndex: new Map(content.articles.map((a, i) => [String(a.id), i])),
  }
}

/** The derived site model (listings, tags, related articles); computed once per build. */
export function getSite(): Promise<Site> {
  return perBuild('site', build)
}
