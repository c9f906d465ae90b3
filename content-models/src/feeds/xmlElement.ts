import { escapeXml } from './escapeXml.ts'
import { protectLiteral } from './protectLiteral.ts'

/** Attribute values; `null`/`undefined` attributes are left out. */
export type XmlAttributes = Readonly<Record<string, string | number | null | undefined>>

function attributes(attrs: XmlAttributes): string {
  return Object.entries(attrs)
    .filter((entry): entry is [string, string | number] => entry[1] != null)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('')
}

/**
 * One XML element for @astrojs/rss `customData`. `text` is protected with {@link protectLiteral}
 * (restore the rendered feed with `restoreLiterals`); `children` is already-built XML. Callers
 * pass cleaned text (see `cleanFeedText`).
 */
export function xmlElement(
  name: string,
  attrs: XmlAttributes = {},
  content: { text: string } | { children: readonly string[] } | null = null,
): string {
  const open = `${name}${attributes(attrs)}`
  if (content === null) return `<${open}/>`
  const inner = 'text' in content ? protectLiteral(content.text) : content.children.join('')
  return `<${open}>${inner}</${name}>`
}
