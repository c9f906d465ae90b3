import { describe, expect, it } from 'vitest'
import { articleToFeedItem } from '../src/feeds/articleToFeedItem.ts'
import { exemplarToFeedItem } from '../src/feeds/exemplarToFeedItem.ts'
import { HOSTILE_BODIES, executableHtml as executable } from './feeds/hostileBodies.ts'
import { SITE_URL, article, exemplar } from './feeds/sampleDocs.ts'


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
