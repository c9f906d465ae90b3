const XML_ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
}

/**
 * Escapes text for an XML text node or attribute value with the five predefined entities only.
 * Numeric character references are deliberately never produced: @astrojs/rss re-parses
 * `customData` with entity decoding limited to these five and would print "&#48;" as "&amp;#48;".
 * Pass text through {@link cleanFeedText} first; this function does not remove control characters.
 */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => XML_ENTITIES[c] ?? c)
}
