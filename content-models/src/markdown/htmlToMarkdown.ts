/**
 * HTML to Markdown for pasting into the admin's Markdown editor.
 *
 * Editors write in Word, LibreOffice or Google Docs and paste; what they
 * paste must keep its headings, lists, bold, italics, links and tables
 * (issue #2), and lose everything else: styles, Word's mso-* markup and
 * XML, comments and images (photos come from the media library). The
 * result is the Markdown a person would type, so {@link renderMarkdown}
 * shows it as it was written.
 *
 * turndown does the walk; ./pasteRules.ts and ./tableRules.ts know the
 * producers' quirks. Runs in the browser (DOMParser) and under Node
 * (turndown's bundled domino), so it is unit-tested without a browser.
 */
import TurndownService from 'turndown';
import {
  heading,
  image,
  inlineFormatting,
  junk,
  lineBreak,
  link,
  list,
  listItem,
  wordListMarkerSpan,
  wordListParagraph,
} from './pasteRules.ts';
import { table, tableCaption, tableCell, tableRow, tableSection } from './tableRules.ts';

function createService(): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    bulletListMarker: '-',
    emDelimiter: '*',
    strongDelimiter: '**',
    codeBlockStyle: 'fenced',
    hr: '---',
    linkStyle: 'inlined',
  });
  // turndown tries the most recently added rule first: specific before general.
  const rules = {
    list, listItem, heading, link, image, lineBreak, inlineFormatting,
    table, tableSection, tableRow, tableCell, tableCaption,
    wordListParagraph, wordListMarkerSpan, junk,
  };
  for (const [name, rule] of Object.entries(rules)) service.addRule(name, rule);
  return service;
}

let service: TurndownService | undefined;

// Non-breaking spaces: Word pads list markers and indents paragraphs with
// runs of &nbsp;. As real spaces they collapse like any whitespace; left as
// they are, four of them at a line start would make a code block.
const NBSP = /&nbsp;|&#160;|&#xa0;|\u00a0/gi;

/**
 * Converts HTML from the clipboard (Word, LibreOffice, Google Docs, web
 * pages) to Markdown for an article body:
 *
 * - headings as ATX (`## …`), the highest pasted level becoming `##`;
 * - `-` bullets and `1.` numbers, nested, including Word's mso-list
 *   paragraphs and Google Docs' lists;
 * - bold `**…**` and italics `*…*` from <b>/<strong>/<i>/<em> or from
 *   `font-weight`/`font-style` styles (Google Docs);
 * - links with http(s), mailto or tel targets (Google's redirector
 *   unwrapped); other links keep only their text;
 * - tables as GFM pipe tables, the first row as header;
 * - no images: Word's are local files, Google Docs' expiring URLs; photos
 *   are inserted from the media library instead;
 * - no styles, classes, comments, scripts, Word XML or hidden text.
 *
 * The result is NFC, trimmed, with at most one blank line between blocks.
 * Returns '' when nothing readable was pasted.
 */
export function htmlToMarkdown(html: string): string {
  if (html.trim() === '') return '';
  service ??= createService();
  return service
    .turndown(html.replace(NBSP, ' '))
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .normalize('NFC');
}
