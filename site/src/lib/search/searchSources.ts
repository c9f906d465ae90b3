import {
  EXEMPLAR_KINDS, SUBJECT_TYPES, labelOf, markdownToPlainText, urls, type ResolvedArticle, type ResolvedExemplar, type SearchSource,
} from '@thidua/content-models'

/** The searchable text of an article. */
export function articleSearchSource(a: ResolvedArticle): SearchSource {
  return {
    url: urls.article(a.slug),
    title: a.title,
    summary: a.summary ?? '',
    keywords: [a.byline ?? '', a.unit?.name ?? '', a.field?.name ?? '', ...a.exemplars.map((e) => e.name), ...a.movements.map((m) => m.name), ...(a.tags ?? [])],
    text: markdownToPlainText(a.body ?? ''),
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
    text: [markdownToPlainText(e.achievements ?? ''), markdownToPlainText(e.initiatives ?? '')].join('\n'),
    type: 'Điển hình',
  }
}

const KEY = Symbol.for('thidua.site.searchSources')

/**
 * Hands the content to the search indexer that runs after rendering (integrations/searchIntegration.ts),
 * the same process-wide way as the image registry: nothing is written into dist/ for it.
 */
export function registerSearchSources(make: () => SearchSource[]): void {
  ;(globalThis as unknown as Record<symbol, unknown>)[KEY] = make
}

export function registeredSearchSources(): (() => SearchSource[]) | undefined {
  return (globalThis as unknown as Record<symbol, (() => SearchSource[]) | undefined>)[KEY]
}
