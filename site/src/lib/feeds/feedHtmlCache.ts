import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { renderMarkdown } from '@thidua/content-models'

/**
 * Feeds render each story's Markdown with absolute URLs (renderMarkdown with baseUrl), which the
 * pages' relative HTML is not. At 12,000 stories that is ~7,000 renders of ~3 ms for every build
 * (scripts/bench-feeds.ts), so the HTML is kept on disk by a hash of what produced it and a story
 * is rendered once in its life.
 *
 * The key includes a fingerprint of the renderer's actual output on a probe document (links,
 * images, raw HTML, hostile markup): a change to the sanitiser or the renderer changes every key,
 * so a fix reaches the feeds without anyone remembering to bump a version.
 */
const PROBE = [
  '# Tiêu đề', '[nội bộ](/dien-hinh/x/) [ngoài](https://example.org/a?b=1&c=2) <https://example.org/>',
  '![ảnh](/_img/a.jpg "t")', '<p onclick="x()" style="color:red">đoạn</p><iframe src="x"></iframe><script>x</script>',
  '<a href="jav&#x09;ascript:alert(1)">x</a> <img src="data:image/png;base64,AA"> `code` **đậm** _nghiêng_ ~~gạch~~',
  '| a | b |\n|:-|-:|\n| 1 | 2 |', '1. một\n2. hai', '> trích dẫn',
].join('\n\n')

/** A renderer for `FeedContext.renderMarkdown`, cached under `cacheDir` (in memory only without one). */
export function cachedFeedRenderer(siteUrl: string, cacheDir: string | null | undefined): (markdown: string) => string {
  const render = (md: string) => renderMarkdown(md, { baseUrl: siteUrl })
  const fingerprint = createHash('sha256').update(render(PROBE)).digest('hex')
  const dir = cacheDir ? path.join(cacheDir, 'thidua-feed-html') : null
  const memory = new Map<string, string>()
  return (markdown) => {
    const key = createHash('sha256').update(`${fingerprint}\0${siteUrl}\0${markdown}`).digest('hex').slice(0, 32)
    const known = memory.get(key)
    if (known !== undefined) return known
    const file = dir ? path.join(dir, key.slice(0, 2), `${key}.html`) : null
    let html: string
    if (file && existsSync(file)) html = readFileSync(file, 'utf8')
    else {
      html = render(markdown)
      if (file) {
        mkdirSync(path.dirname(file), { recursive: true })
        const tmp = `${file}.${process.pid}.tmp`
        writeFileSync(tmp, html)
        renameSync(tmp, file) // atomic: a crashed build never leaves half a file
      }
    }
    memory.set(key, html)
    return html
  }
}
