/**
 * The Markdown editor's toolbar actions as pure functions of (text, selection) -> edit, so they are
 * tested without a browser and applied to the textarea in one step (which keeps the browser's undo).
 */

export interface TextSelection {
  start: number
  end: number
}

/** Replace `value.slice(from, to)` with `insert`, then select `selection` (offsets in the new text). */
export interface TextEdit {
  from: number
  to: number
  insert: string
  selection: TextSelection
}

export type MarkdownCommand =
  | 'heading2'
  | 'heading3'
  | 'bold'
  | 'italic'
  | 'bulletList'
  | 'orderedList'
  | 'quote'
  | 'link'
  | 'table'

/** Placeholder text selected after inserting an empty construct, so typing replaces it. */
export const PLACEHOLDERS = {
  bold: 'chữ đậm',
  italic: 'chữ nghiêng',
  linkText: 'nội dung liên kết',
  linkUrl: 'https://',
  tableHeader: 'Cột 1',
} as const

/** Applies an edit to a string (what the textarea will contain afterwards). */
export function applyTextEdit(value: string, edit: TextEdit): string {
  return value.slice(0, edit.from) + edit.insert + value.slice(edit.to)
}

/** Is `text` wrapped in `mark`? "**x**" is bold, not italic, unless it is "***x***". */
function isWrapped(text: string, mark: string): boolean {
  if (text.length < mark.length * 2 || !text.startsWith(mark) || !text.endsWith(mark)) return false
  return mark !== '*' || !text.startsWith('**') || text.startsWith('***')
}

/** Are the marks right outside the selection? For italics, "**" around means bold, "***" both. */
function isWrappedOutside(value: string, { start, end }: TextSelection, mark: string): boolean {
  if (value.slice(start - mark.length, start) !== mark || value.slice(end, end + mark.length) !== mark) return false
  if (mark !== '*') return true
  const both = value.slice(start - 3, start) === '***' || value.slice(end, end + 3) === '***'
  return both || value[start - 2] !== '*' || value[end + 1] !== '*'
}

function toggleInline(value: string, selection: TextSelection, mark: string, placeholder: string): TextEdit {
  const { start, end } = selection
  const selected = value.slice(start, end)
  if (isWrapped(selected, mark)) {
    const inner = selected.slice(mark.length, -mark.length)
    return { from: start, to: end, insert: inner, selection: { start, end: start + inner.length } }
  }
  if (start >= mark.length && isWrappedOutside(value, selection, mark)) {
    const from = start - mark.length
    return { from, to: end + mark.length, insert: selected, selection: { start: from, end: from + selected.length } }
  }
  if (selected.trim() === '') {
    const insert = `${mark}${placeholder}${mark}`
    const at = start + mark.length
    return { from: start, to: end, insert, selection: { start: at, end: at + placeholder.length } }
  }
  // "** đậm **" is not bold in Markdown: keep the selection's outer spaces outside the marks.
  const lead = selected.length - selected.trimStart().length
  const trail = selected.length - selected.trimEnd().length
  const from = start + lead
  const to = end - trail
  const inner = value.slice(from, to)
  return { from, to, insert: `${mark}${inner}${mark}`, selection: { start: from + mark.length, end: to + mark.length } }
}

/** The whole lines the selection touches (a selection ending right after a newline stops before it). */
function lineRange(value: string, { start, end }: TextSelection): { from: number; to: number } {
  const from = value.lastIndexOf('\n', start - 1) + 1
  const last = end > start && value[end - 1] === '\n' ? end - 1 : end
  const newline = value.indexOf('\n', last)
  return { from, to: newline === -1 ? value.length : Math.max(newline, from) }
}

const HEADING_PREFIX = /^#{1,6}[ \t]+/
const LIST_PREFIX = /^([ \t]*)(?:[-*+]|\d{1,9}[.)])[ \t]+/
const QUOTE_PREFIX = /^>[ \t]?/

interface LineStyle {
  /** Matches the prefix this command writes (to toggle it off). */
  has: RegExp
  /** Matches prefixes this command replaces (another heading level, another list type). */
  replaces: RegExp
  prefix: (index: number, indent: string) => string
}

const LINE_STYLES: Record<'heading2' | 'heading3' | 'bulletList' | 'orderedList' | 'quote', LineStyle> = {
  heading2: { has: /^##[ \t]+/, replaces: HEADING_PREFIX, prefix: () => '## ' },
  heading3: { has: /^###[ \t]+/, replaces: HEADING_PREFIX, prefix: () => '### ' },
  bulletList: { has: /^[ \t]*[-*+][ \t]+/, replaces: LIST_PREFIX, prefix: (_i, indent) => `${indent}- ` },
  orderedList: { has: /^[ \t]*\d{1,9}[.)][ \t]+/, replaces: LIST_PREFIX, prefix: (i, indent) => `${indent}${i + 1}. ` },
  quote: { has: QUOTE_PREFIX, replaces: QUOTE_PREFIX, prefix: () => '> ' },
}

/**
 * Turns every selected line into a heading / list item / quote line, or back into plain text when
 * all of them already are. Blank lines inside the selection are left alone (they separate blocks).
 */
function toggleLines(value: string, selection: TextSelection, style: LineStyle): TextEdit {
  const { from, to } = lineRange(value, selection)
  const lines = value.slice(from, to).split('\n')
  const filled = lines.filter((line) => line.trim() !== '')
  const removing = filled.length > 0 && filled.every((line) => style.has.test(line))
  let index = 0
  const changed = lines.map((line) => {
    if (removing) return line.replace(style.has, (prefix) => /^[ \t]*/.exec(prefix)?.[0] ?? '')
    if (line.trim() === '' && lines.length > 1) return line
    const indent = style.replaces === LIST_PREFIX ? (LIST_PREFIX.exec(line)?.[1] ?? '') : ''
    return style.prefix(index++, indent) + line.replace(style.replaces, '').replace(/^[ \t]+/, '')
  })
  const insert = changed.join('\n')
  if (selection.start === selection.end && lines.length === 1) {
    // Only the prefix changed, so a caret keeps its distance from the end of the line.
    const fromEnd = to - selection.start
    const caret = Math.max(from, from + insert.length - fromEnd)
    return { from, to, insert, selection: { start: caret, end: caret } }
  }
  return { from, to, insert, selection: { start: from, end: from + insert.length } }
}

const MARKDOWN_LINK = /^\[([^\]]*)\]\(([^)]*)\)$/

function toggleLink(value: string, { start, end }: TextSelection): TextEdit {
  const selected = value.slice(start, end)
  const existing = MARKDOWN_LINK.exec(selected)
  if (existing) {
    const text = existing[1] ?? ''
    return { from: start, to: end, insert: text, selection: { start, end: start + text.length } }
  }
  if (/^(https?:\/\/|mailto:|tel:)\S+$/.test(selected.trim())) {
    const insert = `[${PLACEHOLDERS.linkText}](${selected.trim()})`
    return { from: start, to: end, insert, selection: { start: start + 1, end: start + 1 + PLACEHOLDERS.linkText.length } }
  }
  const text = selected.trim() === '' ? PLACEHOLDERS.linkText : selected
  const insert = `[${text}](${PLACEHOLDERS.linkUrl})`
  if (selected.trim() === '') {
    return { from: start, to: end, insert, selection: { start: start + 1, end: start + 1 + text.length } }
  }
  const urlAt = start + text.length + 3
  return { from: start, to: end, insert, selection: { start: urlAt, end: urlAt + PLACEHOLDERS.linkUrl.length } }
}

/**
 * Inserts a block (image, table) in place of the selection, on its own paragraph: blank lines are
 * added before and after unless already there. `select` picks a part of the block to select.
 */
export function insertBlock(
  value: string,
  { start, end }: TextSelection,
  block: string,
  select?: { offset: number; length: number },
): TextEdit {
  const before = value.slice(0, start)
  const after = value.slice(end)
  const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n'
  const trail = after.startsWith('\n\n') ? '' : after.startsWith('\n') ? '\n' : '\n\n'
  const insert = `${lead}${block}${trail}`
  if (select) {
    const at = start + lead.length + select.offset
    return { from: start, to: end, insert, selection: { start: at, end: at + select.length } }
  }
  const caret = start + insert.length
  return { from: start, to: end, insert, selection: { start: caret, end: caret } }
}

const TABLE_TEMPLATE = `| ${PLACEHOLDERS.tableHeader} | Cột 2 |\n| --- | --- |\n|  |  |`

/** The edit a toolbar button or shortcut makes to `value` with the given selection. */
export function markdownCommand(command: MarkdownCommand, value: string, selection: TextSelection): TextEdit {
  switch (command) {
    case 'bold':
      return toggleInline(value, selection, '**', PLACEHOLDERS.bold)
    case 'italic':
      return toggleInline(value, selection, '*', PLACEHOLDERS.italic)
    case 'link':
      return toggleLink(value, selection)
    case 'table':
      return insertBlock(value, selection, TABLE_TEMPLATE, { offset: 2, length: PLACEHOLDERS.tableHeader.length })
    default:
      return toggleLines(value, selection, LINE_STYLES[command])
  }
}

// Parentheses, spaces and angle brackets would end or break a Markdown link destination.
const escapeDestination = (url: string): string =>
  url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)

/** `![alt](url)` with the alt text on one line and brackets escaped. */
export function imageMarkdown(alt: string, url: string): string {
  const safeAlt = alt.replace(/\s+/g, ' ').trim().replace(/[[\]\\]/g, '\\$&')
  return `![${safeAlt}](${escapeDestination(url)})`
}
