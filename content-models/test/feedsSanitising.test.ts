import { describe, expect, it } from 'vitest'
import { articleToFeedItem } from '../src/feeds/articleToFeedItem.ts'
import { exemplarToFeedItem } from '../src/feeds/exemplarToFeedItem.ts'
import { HOSTILE_BODIES } from './feeds/hostileBodies.ts'
import { SITE_URL, article, exemplar } from './feeds/sampleDocs.ts'


/** Problems found in sanitised HTML, read with plain pattern matching (not the sanitiser's parser). */
function executable(html: string): string[] {
  const problems: string[] = []
  for (const tag of html.match(/<[^>]*>/g) ?? []) {
    if (/^<\/?(script|iframe|svg|object|embed|form|button|meta|style|base|link|math)\b/i.test(tag)) problems.push(`tag ${tag}`)
    if (/\s(on[a-z]+|style|srcdoc|formaction)\s*=/i.test(tag)) problems.push(`attribute ${tag}`)
    if (/(javascript|vbscript|data):/i.test(tag.replace(/&#x?0*9;?|&tab;|[\s\u0000-\u001f]/gi, ''))) problems.push(`scheme ${tag}`)
  }
  return problems
}

describe('hostile content comes out of the feeds inert', () => {
  const ctx = { siteUrl: SITE_URL }
  it.each(HOSTILE_BODIES)('%s in an article body', (_, body) => {
    const item = articleToFeedItem(ctx, article({ body: `Trước.\n\n${body}\n\nSau.` }))
    expect(executable(item.contentHtml)).toEqual([])
    expect(item.contentHtml).toContain('Sau.')
  })

  it.each(HOSTILE_BODIES)('%s in a profile\'s achievements', (_, body) => {
    expect(executable(exemplarToFeedItem(ctx, exemplar({ achievements: body })).contentHtml)).toEqual([])
  })

  it('escapes markup typed into plain-text fields instead of rendering it', () => {
    const item = exemplarToFeedItem(ctx, exemplar({ locality: '<img src=x onerror=alert(1)>', awards: [{ title: '<script>x</script>' }] }))
    expect(executable(item.contentHtml)).toEqual([])
    expect(item.contentHtml).toContain('&lt;img src=x onerror=alert(1)&gt;')
  })

  it('the checker itself notices executable HTML', () => {
    expect(executable('<a href="javascript:alert(1)">x</a><img src=x onerror=y><iframe>')).toHaveLength(3)
  })
})
