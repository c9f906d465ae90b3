import { urls } from '../urls.ts'
import { cleanFeedText } from './cleanFeedText.ts'
import { escapeXml } from './escapeXml.ts'
import { toAbsolute } from './feedContext.ts'
import { FEED_GROUPS, type FeedDefinition } from './portalFeeds.ts'

/** What the OPML file needs besides the feeds. */
export interface OpmlOptions {
  siteUrl: string
  portalName: string
}

const attr = (name: string, value: string) => ` ${name}="${escapeXml(cleanFeedText(value).trim())}"`

/**
 * The OPML 2.0 subscription list of every RSS feed (issue #5, point 4), grouped in folders as on
 * the press page, so a newsroom imports them all into its reader in one step. It carries no
 * creation date: the file changes only when the list of feeds does.
 */
export function buildOpml(feeds: readonly FeedDefinition[], o: OpmlOptions): string {
  const ctx = { siteUrl: o.siteUrl }
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXml(cleanFeedText(`Bản tin RSS – ${o.portalName}`))}</title>`,
    `    <ownerName>${escapeXml(cleanFeedText(o.portalName))}</ownerName>`,
    `    <ownerId>${escapeXml(toAbsolute(ctx, urls.press()))}</ownerId>`,
    '    <docs>http://opml.org/spec2.opml</docs>',
    '  </head>',
    '  <body>',
  ]
  for (const { group, label } of FEED_GROUPS) {
    const inGroup = feeds.filter((f) => f.group === group)
    if (inGroup.length === 0) continue
    lines.push(`    <outline${attr('text', label)}${attr('title', label)}>`)
    for (const f of inGroup) {
      lines.push(
        `      <outline type="rss" version="RSS2"${attr('text', f.title)}${attr('title', f.title)}` +
          `${attr('description', f.description)}${attr('xmlUrl', toAbsolute(ctx, f.rssPath))}` +
          `${attr('htmlUrl', toAbsolute(ctx, f.htmlPath))} language="vi"/>`,
      )
    }
    lines.push('    </outline>')
  }
  lines.push('  </body>', '</opml>', '')
  return lines.join('\n')
}
