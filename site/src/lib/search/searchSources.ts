import {
  EVENT_TYPES, EXEMPLAR_KINDS, SUBJECT_TYPES, labelOf, sanitizedHtmlToText, urls,
  type ResolvedArticle, type ResolvedEvent, type ResolvedExemplar, type SearchSource,
} from '@thidua/content-models'
import { bodyHtml } from '../bodies.ts'
import type { SearchEntry } from './searchIndexer.ts'
import { dateVi } from '../dates.ts'

/*
 * The plain text is read from the body store and stripped only when the index asks for it: a fast
 * build lists every page but indexes only the changed ones.
 */

/** The searchable text of an article. */
export function articleSearchSource(a: ResolvedArticle): SearchSource {
  return {
    url: urls.article(a.slug),
    title: a.title,
    summary: a.summary ?? '',
    keywords: [a.byline ?? '', a.unit?.name ?? '', a.field?.name ?? '', ...a.exemplars.map((e) => e.name), ...a.movements.map((m) => m.name), ...(a.tags ?? [])],
    get text() { return sanitizedHtmlToText(bodyHtml(a, 'body')) },
    type: 'Bài viết',
    date: a.publishedAt ? dateVi(a.publishedAt) : null,
    unit: a.unit?.name ?? null,
    field: a.field?.name ?? null,
  }
}

/** The searchable text of a profile (public fields only, as everywhere). */
export function exemplarSearchSource(e: ResolvedExemplar): SearchSource {
  return {
    url: urls.exemplar(e.slug),
    title: e.name,
    summary: e.summary ?? '',
    keywords: [
      e.modelName ?? '', labelOf(EXEMPLAR_KINDS, e.kind), labelOf(SUBJECT_TYPES, e.subjectType), e.unit?.name ?? '', e.locality ?? '',
      e.field?.name ?? '', ...e.movements.map((m) => m.name), ...(e.awards ?? []).map((a) => a.title),
    ],
    get text() { return `${sanitizedHtmlToText(bodyHtml(e, 'achievements'))} ${sanitizedHtmlToText(bodyHtml(e, 'initiatives'))}` },
    type: 'Điển hình',
    date: e.publishedAt ? dateVi(e.publishedAt) : null,
    unit: e.unit?.name ?? null,
    field: e.field?.name ?? null,
  }
}

/** The searchable text of an event (issue #11): its programme and the honoured, never its delegates. */
export function eventSearchSource(e: ResolvedEvent): SearchSource {
  return {
    url: urls.event(e.slug),
    title: e.title,
    summary: e.summary ?? '',
    keywords: [labelOf(EVENT_TYPES, e.eventType), e.place ?? '', e.unit?.name ?? '', ...e.honoured.map((h) => h.name), ...e.awards.map((a) => a.recipient)],
    get text() { return `${sanitizedHtmlToText(bodyHtml(e, 'body'))} ${(e.agenda ?? []).map((a) => a.item).join(' ')}` },
    type: 'Sự kiện',
    date: dateVi(e.startsAt),
    unit: e.unit?.name ?? null,
  }
}

/** The index's entries: each page's URL now, its content when the index asks (searchIndexer.ts). */
export const articleSearchEntry = (a: ResolvedArticle): SearchEntry => ({ url: urls.article(a.slug), source: () => articleSearchSource(a) })
export const exemplarSearchEntry = (e: ResolvedExemplar): SearchEntry => ({ url: urls.exemplar(e.slug), source: () => exemplarSearchSource(e) })
export const eventSearchEntry = (e: ResolvedEvent): SearchEntry => ({ url: urls.event(e.slug), source: () => eventSearchSource(e) })
