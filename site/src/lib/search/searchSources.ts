import {
  EXEMPLAR_KINDS, SUBJECT_TYPES, labelOf, sanitizedHtmlToText, urls, type ResolvedArticle, type ResolvedExemplar, type SearchSource,
} from '@thidua/content-models'
import { bodyHtml } from '../bodies.ts'

/** The searchable text of an article. */
export function articleSearchSource(a: ResolvedArticle): SearchSource {
  return {
    url: urls.article(a.slug),
    title: a.title,
    summary: a.summary ?? '',
    keywords: [a.byline ?? '', a.unit?.name ?? '', a.field?.name ?? '', ...a.exemplars.map((e) => e.name), ...a.movements.map((m) => m.name), ...(a.tags ?? [])],
    text: sanitizedHtmlToText(bodyHtml(a, 'body')),
    type: 'Bài viết',
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
    text: `${sanitizedHtmlToText(bodyHtml(e, 'achievements'))} ${sanitizedHtmlToText(bodyHtml(e, 'initiatives'))}`,
    type: 'Điển hình',
  }
}
