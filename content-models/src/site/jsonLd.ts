import { labelOf, SUBJECT_TYPES } from '../schema/options.ts'
import type { ResolvedArticle, ResolvedExemplar } from './resolveRefs.ts'

/** Absolute URLs the structured data needs, computed by the page (the site knows its host). */
export interface JsonLdContext {
  /** The page's absolute URL. */
  url: string
  /** Absolute URL of the share image, if any. */
  image?: string
  /** The publishing council. */
  publisher: { name: string; url: string; logo?: string }
}

type Json = Record<string, unknown>

const organization = (p: JsonLdContext['publisher']): Json => ({
  '@type': 'GovernmentOrganization',
  name: p.name,
  url: p.url,
  ...(p.logo ? { logo: { '@type': 'ImageObject', url: p.logo } } : {}),
})

/** schema.org NewsArticle for an article page (issue #4, point 5). */
export function articleJsonLd(a: ResolvedArticle, c: JsonLdContext): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    ...(a.summary ? { description: a.summary } : {}),
    mainEntityOfPage: c.url,
    url: c.url,
    ...(c.image ? { image: [c.image] } : {}),
    ...(a.publishedAt ? { datePublished: a.publishedAt } : {}),
    ...(a.updatedAt ? { dateModified: a.updatedAt } : {}),
    author: a.byline ? { '@type': 'Person', name: a.byline } : organization(c.publisher),
    publisher: organization(c.publisher),
    inLanguage: 'vi',
    ...(a.tags?.length ? { keywords: a.tags.join(', ') } : {}),
    ...(a.exemplars.length ? { about: a.exemplars.map((e) => ({ '@type': e.subjectType === 'individual' ? 'Person' : 'Organization', name: e.name })) } : {}),
  }
}

/**
 * schema.org Person for an individual's profile, Organization for a collective or a household.
 * Only public profile facts: never contact data, which the public projection removed anyway.
 */
export function exemplarJsonLd(e: ResolvedExemplar, c: JsonLdContext): Json {
  const person = e.subjectType === 'individual'
  return {
    '@context': 'https://schema.org',
    '@type': person ? 'Person' : 'Organization',
    name: e.name,
    url: c.url,
    ...(e.summary ? { description: e.summary } : {}),
    ...(c.image ? { image: c.image } : {}),
    ...(e.unit ? { [person ? 'affiliation' : 'parentOrganization']: { '@type': 'Organization', name: e.unit.name } } : {}),
    ...(e.awards?.length ? { award: e.awards.map((a) => (a.year ? `${a.title} (${a.year})` : a.title)) } : {}),
    ...(person ? {} : { additionalType: labelOf(SUBJECT_TYPES, e.subjectType) }),
  }
}

/** schema.org BreadcrumbList from the page's breadcrumbs (absolute URLs). */
export function breadcrumbJsonLd(items: readonly { name: string; url: string }[]): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, i) => ({ '@type': 'ListItem', position: i + 1, name: item.name, item: item.url })),
  }
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so text cannot close the element. */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}
