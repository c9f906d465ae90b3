import { gunzipSync } from 'node:zlib'
import * as pagefind from 'pagefind'
import { afterAll, describe, expect, it } from 'vitest'
import { searchDocument } from '@thidua/content-models'

/** What Pagefind itself keeps of a search document (content-models searchDocument): its fragment. */
async function indexed(html: string): Promise<{ content: string; filters: Record<string, string[]>; meta: Record<string, string> }> {
  const { index } = await pagefind.createIndex({ forceLanguage: 'vi' })
  if (!index) throw new Error('Pagefind did not start')
  await index.addHTMLFile({ url: '/x/', content: html })
  const { files } = await index.getFiles()
  const fragment = files.find((f) => f.path.startsWith('fragment/'))
  if (!fragment) throw new Error('Pagefind wrote no fragment')
  return JSON.parse(gunzipSync(Buffer.from(fragment.content)).toString('utf8').replace(/^pagefind_dcd/, '')) as never
}

afterAll(() => pagefind.close())

describe('a search document as Pagefind indexes it', () => {
  it('keeps filters and meta out of the searchable text, so they cannot run into its words', async () => {
    const source = {
      url: '/x/', title: 'Chị Lò Thị Hoà', summary: 'Giữ rừng', keywords: ['Xã Tân Hoà'], text: 'Nội dung', type: 'Bài viết',
      date: '1/2/2025', unit: 'Phường Hoà Bình, tỉnh Phú Thọ', field: 'Văn hoá',
    }
    const { content, filters, meta } = await indexed(searchDocument(source, { part: '2' }))
    expect(filters).toEqual({ type: ['Bài viết'], unit: ['Phường Hoà Bình, tỉnh Phú Thọ'], field: ['Văn hoá'], part: ['2'] })
    expect(meta).toMatchObject({ title: 'Chị Lò Thị Hoà', summary: 'Giữ rừng', type: 'Bài viết', date: '1/2/2025', unit: 'Phường Hoà Bình, tỉnh Phú Thọ' })
    // Before: "... Nội dung. Bài viết1/2/2025Phường Hoà Bình, tỉnh Phú ThọVăn hoá2" ("thọvăn", "hoá2").
    for (const glued of ['Bài viết', '1/2/2025', 'Phú Thọ', 'Văn hoá', 'hoá2']) expect(content).not.toContain(glued)
    expect(content).toContain('Nội dung')
    expect(content).toContain('Xã Tân Hoà')
  })
})
