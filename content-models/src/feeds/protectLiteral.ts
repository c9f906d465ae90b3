import { escapeXml } from './escapeXml.ts'

const OPEN = '\ue000'
const CLOSE = '\ue001'
const TOKEN = /\ue000([A-Za-z0-9%._-]*)\ue001/g

/**
 * Wraps text so it survives @astrojs/rss's `customData` round trip unchanged.
 *
 * @astrojs/rss parses `customData` with fast-xml-parser and serialises it again, and that parser
 * turns number-like text into numbers and trims it: a photo credit "007" came out as "7", "0x1F"
 * as "31", "1.50" as "1.5" (checked against @astrojs/rss 4.0.19; CDATA does not help). The text
 * is therefore carried as an opaque token of URL-safe characters between two private-use
 * characters (which {@link cleanFeedText} removes from all content) and put back, escaped, by
 * {@link restoreLiterals} once the feed is rendered.
 */
export function protectLiteral(text: string): string {
  const encoded = encodeURIComponent(text).replace(
    /[!'()*~]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `${OPEN}${encoded}${CLOSE}`
}

/**
 * Replaces every {@link protectLiteral} token in a rendered feed with its text, XML-escaped.
 * Every RSS string built from this module's `customData` must go through it.
 */
export function restoreLiterals(xml: string): string {
  return xml.replace(TOKEN, (_, encoded: string) => escapeXml(decodeURIComponent(encoded)))
}
