/**
 * Turndown rules for HTML pasted from word processors (Microsoft Word,
 * LibreOffice, Google Docs) and web pages. Used by {@link htmlToMarkdown}.
 *
 * Each rule knows one quirk of one producer; the comments name it. Rules
 * only read the DOM that turndown parsed (the browser's DOMParser in the
 * admin, domino under Node), so they run in both places.
 */
import type TurndownService from 'turndown';

type Rule = TurndownService.Rule;

/** Markdown's own list indentation: a nested item sits under its parent's text. */
const NESTED_LIST_INDENT = '    ';

/** The value of one CSS property in an inline style, lower case; undefined if absent. */
export function cssValue(style: string, property: string): string | undefined {
  // Anchored at a declaration boundary: Word writes "mso-bidi-font-weight:normal"
  // on bold text (it concerns right-to-left scripts), which is not "font-weight".
  const match = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`, 'i').exec(style);
  return match?.[1]?.trim().replace(/\s*!important$/i, '').toLowerCase();
}

const styleOf = (node: Element): string => node.getAttribute('style') ?? '';

function ancestors(node: Element): Element[] {
  const out: Element[] = [];
  for (let p = node.parentElement; p; p = p.parentElement) out.push(p);
  return out;
}

const HEADING = /^H[1-6]$/;
const inHeading = (node: Element): boolean => ancestors(node).some((a) => HEADING.test(a.nodeName));

function isBold(node: Element): boolean {
  const weight = cssValue(styleOf(node), 'font-weight');
  if (weight !== undefined) return weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
  return node.nodeName === 'B' || node.nodeName === 'STRONG';
}

function isItalic(node: Element): boolean {
  const fontStyle = cssValue(styleOf(node), 'font-style');
  if (fontStyle !== undefined) return fontStyle === 'italic' || fontStyle === 'oblique';
  return node.nodeName === 'I' || node.nodeName === 'EM';
}

const INLINE_FORMATTING = new Set(['B', 'STRONG', 'I', 'EM', 'SPAN', 'FONT', 'U', 'SUP', 'SUB']);

/**
 * Bold and italics, whether written as <b>/<strong>/<i>/<em> (Word,
 * LibreOffice, web pages) or as styled spans (Google Docs writes
 * `<span style="font-weight:700">`). Google Docs also wraps the whole
 * clipboard in `<b style="font-weight:normal">`, which must not make
 * everything bold. Bold inside headings is dropped: headings are bold anyway.
 */
export const inlineFormatting: Rule = {
  filter: (node) => INLINE_FORMATTING.has(node.nodeName) && (isBold(node) || isItalic(node) || /^(B|STRONG|I|EM)$/.test(node.nodeName)),
  replacement: (content, node) => {
    const element = node as Element;
    const outer = ancestors(element);
    const bold = isBold(element) && !inHeading(element) && !outer.some(isBold);
    const italic = isItalic(element) && !outer.some(isItalic);
    if ((!bold && !italic) || content.trim() === '') return content;
    const mark = (bold ? '**' : '') + (italic ? '*' : '');
    return mark + content + [...mark].reverse().join('');
  },
};

/** Word marks the bullet or number it typed itself with `mso-list:Ignore`. */
const isWordListMarker = (node: Element): boolean => /mso-list\s*:\s*ignore/i.test(styleOf(node));

function wordListMarker(paragraph: Element): string {
  for (const span of Array.from(paragraph.getElementsByTagName('span'))) {
    if (isWordListMarker(span)) return (span.textContent ?? '').replace(/\s+/g, '');
  }
  return '';
}

/**
 * The marker span of a Word list paragraph ("·", "o", "1.", "a)") is dropped:
 * {@link wordListParagraph} writes a Markdown marker instead. In a numbered
 * heading ("1. Mở đầu") the number is part of the text and is kept.
 */
export const wordListMarkerSpan: Rule = {
  filter: (node) => node.nodeName === 'SPAN' && isWordListMarker(node),
  replacement: (content, node) => (inHeading(node as Element) ? `${content.trim()} ` : ''),
};

const WORD_LIST_LEVEL = /mso-list\s*:\s*l\d+\s+level(\d+)/i;

/**
 * Word does not copy lists as <ul>/<ol>: each item is a paragraph with
 * `style="mso-list:l0 level2 lfo1"` whose first span is the typed bullet or
 * number. The level gives the nesting, the marker tells bullets ("·", "o",
 * "§") from numbers ("1.", "a)", "iv.").
 */
export const wordListParagraph: Rule = {
  filter: (node) => node.nodeName === 'P' && WORD_LIST_LEVEL.test(styleOf(node)),
  replacement: (content, node) => {
    const element = node as Element;
    const level = Number(WORD_LIST_LEVEL.exec(styleOf(element))?.[1] ?? 1);
    const marker = wordListMarker(element);
    const number = /^\(?(\d+)[.)]/.exec(marker)?.[1];
    const ordered = number !== undefined || /^\(?[a-z]{1,5}[.)]$/i.test(marker);
    const prefix = ordered ? `${number ?? 1}. ` : '- ';
    const indent = NESTED_LIST_INDENT.repeat(Math.max(0, level - 1));
    const text = content.trim().replace(/\n/g, `\n${indent}${' '.repeat(prefix.length)}`);
    return `\n${indent}${prefix}${text}\n`;
  },
};

/**
 * List items as `- item` / `1. item` (turndown's default pads the marker
 * with extra spaces). Word processors wrap each item's text in a <p>; one
 * paragraph per item still makes a tight list.
 */
export const listItem: Rule = {
  filter: 'li',
  replacement: (content, node) => {
    const element = node as Element;
    const parent = element.parentElement;
    let prefix = '- ';
    if (parent?.nodeName === 'OL') {
      const items = Array.from(parent.children).filter((c) => c.nodeName === 'LI');
      const start = Number(parent.getAttribute('start') ?? '1');
      prefix = `${(Number.isFinite(start) ? start : 1) + items.indexOf(element)}. `;
    }
    const paragraphs = Array.from(element.children).filter((c) => c.nodeName === 'P').length;
    let text = content.replace(/^\n+/, '').replace(/\n+$/, '');
    if (paragraphs <= 1) text = text.replace(/\n{2,}/g, '\n');
    text = text.replace(/\n(?!\n)/g, `\n${' '.repeat(prefix.length)}`);
    return `${prefix}${text}\n`;
  },
};

/**
 * Lists. Google Docs puts a nested list directly inside its parent list
 * (`<ul><li>a</li><ul><li>b</li></ul></ul>`), not inside an item; it is
 * indented so that it stays nested.
 */
export const list: Rule = {
  filter: ['ul', 'ol'],
  replacement: (content, node) => {
    const parent = (node as Element).parentElement?.nodeName;
    if (parent === 'UL' || parent === 'OL') {
      return `\n${content.replace(/\n+$/, '').replace(/^(?=.)/gm, NESTED_LIST_INDENT)}\n`;
    }
    if (parent === 'LI') return `\n${content}`;
    return `\n\n${content}\n\n`;
  },
};

const isWordTitle = (node: Element): boolean => node.nodeName === 'P' && /\bMsoTitle\b/.test(node.className);

function topHeadingLevel(doc: Document): number {
  if (Array.from(doc.getElementsByTagName('p')).some(isWordTitle)) return 0;
  for (let level = 1; level <= 6; level++) {
    if (doc.getElementsByTagName(`h${level}`).length > 0) return level;
  }
  return 2;
}

/**
 * ATX headings, shifted so the highest level pasted becomes "##": the page
 * template owns the only <h1> (the article title), and the editor's toolbar
 * offers H2 and H3. Word's "Title" style paragraph ranks above Heading 1.
 */
export const heading: Rule = {
  filter: (node) => HEADING.test(node.nodeName) || isWordTitle(node),
  replacement: (content, node) => {
    const element = node as Element;
    const own = HEADING.test(element.nodeName) ? Number(element.nodeName.slice(1)) : 0;
    const level = Math.min(6, Math.max(2, own - topHeadingLevel(element.ownerDocument) + 2));
    const text = content.replace(/\\\n/g, ' ').replace(/\s+/g, ' ').trim();
    return text === '' ? '' : `\n\n${'#'.repeat(level)} ${text}\n\n`;
  },
};

const LINK_SCHEMES = /^(https?:|mailto:|tel:)/i;

// encodeURIComponent leaves "(" and ")" alone, and they would end the Markdown link early.
const escapeDestination = (url: string): string =>
  url.replace(/[\s()<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

/** A pasted link's target, or undefined when it is useless outside its document. */
export function cleanHref(raw: string | null): string | undefined {
  let href = (raw ?? '').trim();
  // Google Docs exports links through its redirector: keep the real target.
  const redirect = /^https?:\/\/www\.google\.[a-z.]+\/url\?(.*)$/i.exec(href);
  if (redirect) href = new URLSearchParams(redirect[1]).get('q') ?? href;
  // Relative links and anchors (Word's "#_Toc…") pointed into the source
  // document; file:, javascript: and the like must not reach the body.
  if (!LINK_SCHEMES.test(href)) return undefined;
  return escapeDestination(href);
}

/** Links with a usable target; other links keep their text only. */
export const link: Rule = {
  filter: (node) => node.nodeName === 'A',
  replacement: (content, node) => {
    const href = cleanHref((node as Element).getAttribute('href'));
    if (href === undefined || content.trim() === '') return content;
    return `[${content}](${href})`;
  },
};

/**
 * Pasted images are dropped. Word copies them as local temporary files
 * (file:///…/clip_image001.png), Google Docs as signed URLs that expire, web
 * pages as hotlinks; none is fit to publish. Photos go through the media
 * library (content sniffed, EXIF removed, alt text required: issue #2) and
 * the editor's "Chèn ảnh" button.
 */
export const image: Rule = {
  filter: ['img', 'picture'],
  replacement: () => '',
};

const BLOCK = /^(P|DIV|H[1-6]|UL|OL|LI|TABLE|BLOCKQUOTE|PRE|HR)$/;

/**
 * A line break inside text stays a line break (a backslash before the
 * newline, visible unlike two trailing spaces). A <br> between blocks
 * (Google Docs puts one between paragraphs) only separates them.
 */
export const lineBreak: Rule = {
  filter: 'br',
  replacement: (_content, node) => {
    const { previousSibling: before, nextSibling: after } = node;
    const edge = (n: ChildNode | null) => n === null || BLOCK.test(n.nodeName) || n.nodeName === 'BR';
    return edge(before) || edge(after) ? '\n' : '\\\n';
  },
};

/** Elements whose content is not reading text: styles, Word's XML, scripts, forms, hidden text. */
export const junk: Rule = {
  filter: (node) =>
    /^(HEAD|STYLE|SCRIPT|NOSCRIPT|TEMPLATE|META|TITLE|LINK|XML|OBJECT|EMBED|IFRAME|SVG|MATH|FORM|BUTTON|SELECT|TEXTAREA|INPUT)$/.test(
      node.nodeName,
    ) ||
    /^(O:P|V:.+)$/.test(node.nodeName) || // Word's empty <o:p></o:p> and VML drawings (<v:shape>)
    cssValue(styleOf(node), 'display') === 'none' ||
    /mso-hide\s*:\s*all/i.test(styleOf(node)),
  replacement: () => '',
};
