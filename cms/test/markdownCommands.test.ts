import { describe, expect, it } from 'vitest'
import {
  applyTextEdit,
  imageMarkdown,
  insertBlock,
  markdownCommand,
  type MarkdownCommand,
  type TextSelection,
} from '../src/components/MarkdownEditor/markdownCommands.ts'
import { mediaImageMarkdown, mediaImageUrl } from '../src/components/MarkdownEditor/mediaImageMarkdown.ts'

// Text with its selection written inline: ⟨selected⟩, or ‸ for a caret.
function parse(marked: string): { value: string; selection: TextSelection } {
  const caret = marked.indexOf('‸')
  if (caret !== -1) return { value: marked.replace('‸', ''), selection: { start: caret, end: caret } }
  const start = marked.indexOf('⟨')
  const end = marked.indexOf('⟩') - 1
  return { value: marked.replace('⟨', '').replace('⟩', ''), selection: { start, end } }
}

function show(value: string, { start, end }: TextSelection): string {
  if (start === end) return `${value.slice(0, start)}‸${value.slice(start)}`
  return `${value.slice(0, start)}⟨${value.slice(start, end)}⟩${value.slice(end)}`
}

function run(command: MarkdownCommand, marked: string): string {
  const { value, selection } = parse(marked)
  const edit = markdownCommand(command, value, selection)
  return show(applyTextEdit(value, edit), edit.selection)
}

describe('toolbar commands', () => {
  it.each<[string, MarkdownCommand, string, string]>([
    ['bold wraps the selection', 'bold', 'Chị ⟨Hoà⟩ đạt', 'Chị **⟨Hoà⟩** đạt'],
    ['bold again unwraps it', 'bold', 'Chị **⟨Hoà⟩** đạt', 'Chị ⟨Hoà⟩ đạt'],
    ['bold unwraps a selection that includes the marks', 'bold', 'Chị ⟨**Hoà**⟩ đạt', 'Chị ⟨Hoà⟩ đạt'],
    ['bold leaves spaces around the selection outside the marks', 'bold', 'Chị⟨ Hoà ⟩đạt', 'Chị **⟨Hoà⟩** đạt'],
    ['bold with no selection inserts a selected placeholder', 'bold', 'Chị ‸', 'Chị **⟨chữ đậm⟩**'],
    ['italic wraps the selection', 'italic', '⟨sáng kiến⟩', '*⟨sáng kiến⟩*'],
    ['italic inside bold adds italics', 'italic', '**⟨x⟩**', '***⟨x⟩***'],
    ['italic inside bold italics removes the italics', 'italic', '***⟨x⟩***', '**⟨x⟩**'],
    ['bold inside bold italics keeps the italics', 'bold', '***⟨x⟩***', '*⟨x⟩*'],
    ['H2 turns the caret line into a heading', 'heading2', 'Thành t‸ích\nkhác', '## Thành t‸ích\nkhác'],
    ['H2 on an H2 line turns it back into text', 'heading2', '## Thành‸ tích', 'Thành‸ tích'],
    ['H3 replaces an H2 mark', 'heading3', '## Thành tích‸', '### Thành tích‸'],
    ['H2 on an empty line leaves the caret after the mark', 'heading2', 'a\n‸\nb', 'a\n## ‸\nb'],
    ['the bullet list marks every selected line', 'bulletList', '⟨Một\nHai⟩\nBa', '⟨- Một\n- Hai⟩\nBa'],
    ['the bullet list skips blank lines', 'bulletList', '⟨Một\n\nHai⟩', '⟨- Một\n\n- Hai⟩'],
    ['the bullet list again removes the marks', 'bulletList', '⟨- Một\n- Hai⟩', '⟨Một\nHai⟩'],
    ['the numbered list numbers the lines', 'orderedList', '⟨Một\nHai\nBa⟩', '⟨1. Một\n2. Hai\n3. Ba⟩'],
    ['the numbered list replaces bullets and keeps nesting', 'orderedList', '⟨- Một\n  - Hai⟩', '⟨1. Một\n  2. Hai⟩'],
    ['a selection ending at a line start does not take the next line', 'quote', '⟨Trích\n⟩Sau', '⟨> Trích⟩\nSau'],
    ['the quote marks the lines', 'quote', 'Trích‸ dẫn', '> Trích‸ dẫn'],
    ['the quote again removes the mark', 'quote', '> Trích‸ dẫn', 'Trích‸ dẫn'],
    ['link on text selects the URL to type', 'link', 'Xem ⟨bài gốc⟩.', 'Xem [bài gốc](⟨https://⟩).'],
    ['link on a URL selects the text to type', 'link', '⟨https://example.vn/a⟩', '[⟨nội dung liên kết⟩](https://example.vn/a)'],
    ['link with no selection selects the text placeholder', 'link', '‸', '[⟨nội dung liên kết⟩](https://)'],
    ['link on a link removes it', 'link', '⟨[bài](https://x.vn)⟩', '⟨bài⟩'],
    ['table inserts a template on its own paragraph', 'table', 'Đoạn‸', 'Đoạn\n\n| ⟨Cột 1⟩ | Cột 2 |\n| --- | --- |\n|  |  |\n\n'],
  ])('%s', (_label, command, before, after) => {
    expect(run(command, before)).toBe(after)
  })
})

describe('insertBlock', () => {
  it.each([
    ['at the end of a paragraph', 'Đoạn văn‸', 'Đoạn văn\n\n![a](u)\n\n‸'],
    ['in an empty body', '‸', '![a](u)\n\n‸'],
    ['on an empty line between paragraphs', 'A\n\n‸\n\nB', 'A\n\n![a](u)‸\n\nB'],
    ['in the middle of a line', 'trước‸sau', 'trước\n\n![a](u)\n\n‸sau'],
  ])('puts the image on its own paragraph %s', (_label, before, after) => {
    const { value, selection } = parse(before)
    const edit = insertBlock(value, selection, '![a](u)')
    expect(show(applyTextEdit(value, edit), edit.selection)).toBe(after)
  })
})

describe('images from the media library', () => {
  it.each([
    ['the hero size first', { id: 1, alt: 'A', url: '/o.jpg', sizes: { hero: { url: '/h.jpg' }, card: { url: '/c.jpg' } } }, '/h.jpg'],
    ['the card size when the original was too small for hero', { id: 1, url: '/o.jpg', sizes: { hero: { url: null }, card: { url: '/c.jpg' } } }, '/c.jpg'],
    ['the original without sizes', { id: 1, url: '/o.jpg', sizes: null }, '/o.jpg'],
    ['nothing without any URL', { id: 1 }, undefined],
  ])('uses %s', (_label, doc, url) => {
    expect(mediaImageUrl(doc)).toBe(url)
  })

  it('writes the alt text of the media document into the Markdown image', () => {
    const doc = { id: 7, alt: 'Chị Hoà [phải] bên máy dệt', sizes: { hero: { url: 'http://cms.example/api/media/file/a b-1440x960.jpg' } } }
    expect(mediaImageMarkdown(doc)).toBe('![Chị Hoà \\[phải\\] bên máy dệt](http://cms.example/api/media/file/a%20b-1440x960.jpg)')
  })

  it('keeps parentheses in file names from ending the link', () => {
    expect(imageMarkdown('x', '/f/a(1).jpg')).toBe('![x](/f/a%281%29.jpg)')
  })
})
