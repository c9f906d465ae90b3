import { getCollection } from 'astro:content'
import { attachBodies } from './bodies.ts'
import { registerBodyMedia } from './bodyImages.ts'
import { perBuild } from './buildScope.ts'
import {
  compareVietnamese, isPublished, resolveArticle, resolveEvent, resolveExemplar,
  type ArticleDoc, type AudioDoc, type CategoryDoc, type EventDoc, type ExemplarDoc, type Id, type MediaDoc, type MovementDoc,
  type ResolvedArticle, type ResolvedEvent, type ResolvedExemplar, type SiteLookups, type UnitDoc,
} from '@thidua/content-models'

/**
 * Typed access to the portal's data (issue #4). Every page, the feeds and the sitemap read through
 * here: references are resolved against the loaded public documents, drafts are filtered once
 * more, and lists come sorted. Built once per build process and shared by all pages.
 */
export interface SiteContent extends SiteLookups {
  /** Published articles, newest first (publishedAt, then createdAt). */
  articles: ResolvedArticle[]
  /** Published profiles, newest first. */
  exemplarList: ResolvedExemplar[]
  articlesById: ReadonlyMap<string, ResolvedArticle>
  /** Published events, soonest first (issue #11). */
  events: ResolvedEvent[]
}

async function docs<T>(name: 'articles' | 'exemplars' | 'events' | 'categories' | 'movements' | 'units' | 'media' | 'audio'): Promise<T[]> {
  return (await getCollection(name)).map((entry) => entry.data as unknown as T)
}

const byId = <T extends { id: Id }>(list: readonly T[]) => new Map(list.map((d) => [String(d.id), d]))

/** Newest first by publication date; ties (and undated documents) by creation date, then id. */
export function newestFirst(a: { publishedAt?: string | null; createdAt?: string; id: Id }, b: typeof a): number {
  const ka = a.publishedAt ?? a.createdAt ?? ''
  const kb = b.publishedAt ?? b.createdAt ?? ''
  return ka < kb ? 1 : ka > kb ? -1 : String(b.id).localeCompare(String(a.id), 'en', { numeric: true })
}

async function build(): Promise<SiteContent> {
  const [articles, exemplars, events, categories, movements, units, media, audio] = await Promise.all([
    docs<ArticleDoc>('articles'), docs<ExemplarDoc>('exemplars'), docs<EventDoc>('events'), docs<CategoryDoc>('categories'),
    docs<MovementDoc>('movements'), docs<UnitDoc>('units'), docs<MediaDoc>('media'), docs<AudioDoc>('audio'),
  ])
  const base = { media: byId(media), audio: byId(audio), units: byId(units), categories: byId(categories), movements: byId(movements) }
  registerBodyMedia(media)
  // Markdown fields come back as lazy properties after resolving, so the spreads above never read them.
  const exemplarList = exemplars.filter(isPublished)
    .map((e) => attachBodies(resolveExemplar(e, base), ['achievements', 'initiatives'])).sort(newestFirst)
  const lookups: SiteLookups = { ...base, exemplars: byId(exemplarList) }
  const articleList = articles.filter(isPublished).map((a) => attachBodies(resolveArticle(a, lookups), ['body'])).sort(newestFirst)
  const eventList = events.filter(isPublished).map((e) => attachBodies(resolveEvent(e, lookups), ['body']))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt) || String(a.id).localeCompare(String(b.id), 'en', { numeric: true }))
  return { ...lookups, articles: articleList, exemplarList, articlesById: byId(articleList), events: eventList }
}

/** All public content, resolved; computed once per build. */
export function getSiteContent(): Promise<SiteContent> {
  return perBuild('siteContent', build)
}

/** Published articles, newest first, references resolved. */
export async function getPublishedArticles(): Promise<ResolvedArticle[]> {
  return (await getSiteContent()).articles
}

/** Published profiles, newest first, references resolved. */
export async function getExemplars(): Promise<ResolvedExemplar[]> {
  return (await getSiteContent()).exemplarList
}

/** Emulation movements: active first, then newest start date, then name. */
export async function getMovements(): Promise<MovementDoc[]> {
  const list = [...(await getSiteContent()).movements.values()]
  return list.sort((a, b) =>
    Number(b.status === 'active') - Number(a.status === 'active') ||
    (b.startDate ?? '').localeCompare(a.startDate ?? '') || compareVietnamese(a.name, b.name))
}

/** Fields of work in the editors' order (`order`, then name). */
export async function getCategories(): Promise<CategoryDoc[]> {
  const list = [...(await getSiteContent()).categories.values()]
  return list.sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || compareVietnamese(a.name, b.name))
}

/** Units in Vietnamese alphabetical order. */
export async function getUnits(): Promise<UnitDoc[]> {
  return [...(await getSiteContent()).units.values()].sort((a, b) => compareVietnamese(a.name, b.name))
}

/** One published article by CMS id, or undefined. */
export async function getArticleById(id: Id): Promise<ResolvedArticle | undefined> {
  return (await getSiteContent()).articlesById.get(String(id))
}

/** One published profile by CMS id, or undefined. */
export async function getExemplarById(id: Id): Promise<ResolvedExemplar | undefined> {
  return (await getSiteContent()).exemplars.get(String(id))
}

/** A unit, field of work, movement, photo or audio file by id, or undefined. */
export async function getUnitById(id: Id): Promise<UnitDoc | undefined> {
  return (await getSiteContent()).units.get(String(id))
}
export async function getCategoryById(id: Id): Promise<CategoryDoc | undefined> {
  return (await getSiteContent()).categories.get(String(id))
}
export async function getMovementById(id: Id): Promise<MovementDoc | undefined> {
  return (await getSiteContent()).movements.get(String(id))
}
export async function getMediaById(id: Id): Promise<MediaDoc | undefined> {
  return (await getSiteContent()).media.get(String(id))
}
