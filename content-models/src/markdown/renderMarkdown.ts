/**
 * The one Markdown renderer of the project.
 *
 * The site, the press feeds (RSS/Atom/JSON) and the admin preview all call
 * {@link renderMarkdown}, so an editor sees exactly what readers and
 * journalists get, and there is one place to audit for XSS. It must run in
 * browser bundles too (admin preview), so it uses no Node-only API: marked
 * and sanitize-html both work in browsers, and URLs are handled with the
 * WHATWG `URL` class available everywhere.
 *
 * Pipeline: marked (GFM) turns Markdown into HTML, passing raw HTML through;
 * sanitize-html then rebuilds the output from an explicit allow-list. Raw
 * HTML from editors is therefore allowed only as far as the allow-list goes.
 */
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

/** Options for {@link renderMarkdown}. */
export interface RenderMarkdownOptions {
  /**
   * Absolute http(s) URL that relative links and image sources are resolved
   * against. Feeds need this: feed readers have no page URL to resolve
   * "/anh/hoa.jpg" against. Links to other origins get rel="noopener".
   */
  baseUrl?: string;
}

// A private instance: configuring the global `marked` would leak our
// settings into (or pick up settings from) any other code using marked.
const marked = new Marked({ gfm: true, breaks: false });

/**
 * Code points no page should carry (issue #9, point 5): C0 controls other than tab, LF and CR,
 * C1 controls, lone surrogates and the non-characters U+FFFE/U+FFFF. They come from bad pastes.
 */
const FORBIDDEN_CODE_POINTS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Markdown ready for the parser: NFC, forbidden code points removed, and raw HTML comments
 * dropped; an unclosed `<!--` is shown as text instead of silently swallowing the rest of the body.
 */
export function prepareMarkdown(markdown: string): string {
  return markdown
    .normalize('NFC')
    .replace(FORBIDDEN_CODE_POINTS, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<!--/g, '&lt;!--');
}

function markdownToHtml(markdown: string): string {
  // NFC so that decomposed Vietnamese pasted from other apps renders and
  // searches the same as precomposed text.
  return marked.parse(prepareMarkdown(markdown), { async: false });
}

/** Where images in bodies may come from: the CMS's own media files, or the page's own origin. */
const MEDIA_PATH = '/api/media/file/';

/**
 * Whether an image source is the council's own (a Media file of the CMS, or relative), not a
 * third-party address a reader's or reviewer's browser would be made to fetch (issue #9, point 5).
 */
export function isOwnImage(src: string, base?: URL): boolean {
  if (src.startsWith('/') && !src.startsWith('//')) return true;
  const url = parseAbsolute(src);
  if (!url) return !/^[a-z][a-z0-9+.-]*:/i.test(src) && !src.startsWith('//');
  return url.pathname.startsWith(MEDIA_PATH) || (base !== undefined && url.origin === base.origin);
}

/** Image addresses in a Markdown body that are not the council's own (for a Vietnamese refusal). */
export function externalImagesIn(markdown: string): string[] {
  const html = marked.parse(prepareMarkdown(markdown), { async: false });
  const found: string[] = [];
  for (const match of html.matchAll(/<img\b[^>]*?\bsrc\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
    const src = (match[2] ?? match[3] ?? match[4] ?? '').replace(/&amp;/g, '&');
    if (src && !isOwnImage(src)) found.push(src);
  }
  return found;
}

/** URL schemes allowed in href/src; anything else (javascript:, data:, vbscript:, file:, ...) is dropped. */
const ALLOWED_SCHEMES = ['http', 'https', 'mailto', 'tel'];

// Characters browsers ignore or strip when they look for a URL's scheme:
// C0 controls and space (trimmed at the ends, tab/CR/LF removed anywhere),
// plus DEL, C1 controls and invisible format characters, which we remove too
// to be safe. "jav&#x09;ascript:" reaches us (entities decoded by the
// parser) as "jav\tascript:" and must still be recognised as javascript:.
const INVISIBLE = /[\u0000-\u0020\u007f-\u009f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0]/g;
const EDGE_CONTROLS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const SCHEME = /^([a-z][a-z0-9+.-]*):/;

/**
 * Returns the URL to emit for an href/src value, or undefined to drop it.
 * Entities are already decoded by the HTML parser at this point.
 */
function cleanUrl(raw: string, base: URL | undefined): string | undefined {
  const trimmed = raw.replace(EDGE_CONTROLS, '');
  if (trimmed === '') return undefined;
  // Decide on the scheme from the most aggressively normalised spelling, so
  // "JaVaScRiPt:", " javascript:", "java\nscript:" all look the same.
  const probe = trimmed.replace(INVISIBLE, '').toLowerCase();
  const scheme = SCHEME.exec(probe)?.[1];
  if (scheme !== undefined && !ALLOWED_SCHEMES.includes(scheme)) return undefined;
  if (scheme === undefined && base === undefined) return trimmed; // relative, kept as written
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return undefined; // unparseable absolute URL: safer to drop than to guess
  }
  // Re-check after parsing: the WHATWG parser is the browser's view.
  if (!ALLOWED_SCHEMES.includes(url.protocol.slice(0, -1))) return undefined;
  // Without a base the author's spelling is kept (no added "/" or re-encoding);
  // with one, the resolved absolute form is the point.
  return base ? url.href : trimmed;
}

/** Parses an absolute URL; undefined for relative or malformed input (no URL.parse: older browsers). */
function parseAbsolute(href: string): URL | undefined {
  try {
    return new URL(href);
  } catch {
    return undefined;
  }
}

/**
 * True when a (cleaned) href leaves the site: an absolute http(s) URL on
 * another origin than `base` (any origin when there is no base), or a
 * protocol-relative "//host/..." when there is no base to compare with.
 */
function isExternal(href: string, base: URL | undefined): boolean {
  if (base === undefined && href.startsWith('//')) return true;
  const url = parseAbsolute(href);
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return false;
  return base === undefined || url.origin !== base.origin;
}

/** Width/height must be plain pixel counts; anything else could carry junk. */
const DIMENSION = /^\d{1,5}$/;

function buildSanitizeOptions(base: URL | undefined): sanitizeHtml.IOptions {
  return {
    allowedTags: [
      'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'strong', 'em', 'del',
      'blockquote', 'ul', 'ol', 'li', 'a', 'img', 'figure', 'figcaption',
      'table', 'thead', 'tbody', 'tr', 'th', 'td', 'code', 'pre',
    ],
    allowedAttributes: {
      a: ['href', 'title', 'rel'],
      img: ['src', 'alt', 'title', 'width', 'height', 'loading'],
      ol: ['start'], // marked emits start="3" for lists that begin at 3
      th: [{ name: 'align', multiple: false, values: ['left', 'center', 'right'] }],
      td: [{ name: 'align', multiple: false, values: ['left', 'center', 'right'] }],
    },
    // Fenced code blocks get class="language-xyz" for syntax highlighting.
    allowedClasses: { code: ['language-*'] },
    allowedStyles: {},
    allowedSchemes: ALLOWED_SCHEMES,
    allowedSchemesByTag: {},
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
    allowProtocolRelative: true, // "//cdn/x.png": same scheme as the page, resolved when baseUrl is set
    allowVulnerableTags: false,
    disallowedTagsMode: 'discard',
    // Disallowed tags are removed but their text is kept (e.g. <div>, <span>),
    // except for these, whose content is code or markup, not reading text.
    nonTextTags: [
      'script', 'style', 'textarea', 'option', 'select', 'noscript', 'iframe',
      'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math',
      'template', 'noembed', 'noframes', 'xmp', 'title', 'head',
    ],
    parser: { lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
    transformTags: {
      // The page template owns the only <h1>; an editor's "# Title" becomes h2.
      h1: 'h2',
      b: 'strong',
      i: 'em',
      s: 'del',
      strike: 'del',
      a: (tagName, attribs) => {
        const out: sanitizeHtml.Attributes = {};
        const href = attribs.href === undefined ? undefined : cleanUrl(attribs.href, base);
        if (href !== undefined) out.href = href;
        if (attribs.title !== undefined) out.title = attribs.title;
        // Never trust an editor-supplied rel; set our own for external links.
        if (href !== undefined && isExternal(href, base)) out.rel = 'noopener';
        return { tagName, attribs: out };
      },
      img: (tagName, attribs) => {
        const out: sanitizeHtml.Attributes = {};
        const src = attribs.src === undefined ? undefined : cleanUrl(attribs.src, base);
        // Third-party images are dropped: no reader's or reviewer's browser is made to call them.
        if (src !== undefined && isOwnImage(src, base)) out.src = src;
        if (attribs.alt !== undefined) out.alt = attribs.alt;
        if (attribs.title !== undefined) out.title = attribs.title;
        if (attribs.width !== undefined && DIMENSION.test(attribs.width)) out.width = attribs.width;
        if (attribs.height !== undefined && DIMENSION.test(attribs.height)) out.height = attribs.height;
        out.loading = 'lazy'; // article images are below the fold; spare mobile data
        return { tagName, attribs: out };
      },
    },
    exclusiveFilter: (frame) => {
      // An <img> whose src was dropped (javascript:, data:, ...) is useless.
      if (frame.tag === 'img') return !frame.attribs.src;
      // A link whose href was dropped is unwrapped: its text stays, the dead
      // <a> does not (it would look clickable and do nothing).
      if (frame.tag === 'a' && !frame.attribs.href) return 'excludeTag';
      // (Paragraphs emptied by the sanitiser are left alone: sanitize-html
      // does not count the text of an unwrapped <a> in its parent's text,
      // so an "is it empty?" test would delete real content.)
      return false;
    },
  };
}

const sanitizeNoBase = buildSanitizeOptions(undefined);

/**
 * Renders editor Markdown (GFM: tables, strikethrough, autolinks) to safe
 * HTML for the site, the feeds and the admin preview.
 *
 * - Only the allow-listed tags/attributes survive (h2–h6, p, br, hr, strong,
 *   em, del, blockquote, ul, ol, li, a, img, figure, figcaption, tables,
 *   code, pre). `# h1` is rendered as h2: the page has its own h1.
 * - href/src must be http, https, mailto, tel or relative. javascript:,
 *   data: (even for images) and vbscript: are removed in any spelling
 *   (case, entities, embedded whitespace or control characters). An image
 *   that loses its src is removed entirely.
 * - No event handlers, style, class (except code "language-*"), forms,
 *   iframes, scripts, object/embed, svg, math, base, meta or link.
 * - Images get loading="lazy"; external links get rel="noopener".
 * - With `baseUrl`, every relative href/src becomes absolute against it.
 *
 * @throws {TypeError} if `baseUrl` is not an absolute http(s) URL.
 */
export function renderMarkdown(markdown: string, options?: RenderMarkdownOptions): string {
  let sanitizeOptions = sanitizeNoBase;
  if (options?.baseUrl !== undefined) {
    const base = parseAbsolute(options.baseUrl);
    if (!base || (base.protocol !== 'http:' && base.protocol !== 'https:')) {
      throw new TypeError(`renderMarkdown: baseUrl must be an absolute http(s) URL, got ${JSON.stringify(options.baseUrl)}`);
    }
    sanitizeOptions = buildSanitizeOptions(base);
  }
  return sanitizeHtml(markdownToHtml(markdown), sanitizeOptions);
}

// Closing tags of block elements (and <br>, <hr>) separate words; without a
// space "<p>a</p><p>b</p>" would flatten to "ab".
const BLOCK_BOUNDARY = /<(?=(?:br|hr|img|\/(?:p|li|h[1-6]|td|th|tr|blockquote|pre|div|figcaption|dt|dd|table|ul|ol))\b)/gi;

const plainTextOptions: sanitizeHtml.IOptions = {
  allowedTags: [],
  allowedAttributes: {},
  disallowedTagsMode: 'discard',
  nonTextTags: sanitizeNoBase.nonTextTags ?? [],
  parser: { decodeEntities: true },
};

/**
 * Plain text of a Markdown document, for meta descriptions, feed summaries
 * and search indexes: formatting, links' URLs, images and HTML tags are
 * dropped (link text is kept), entities decoded, whitespace collapsed to
 * single spaces, NFC. Script/style content is dropped, not shown as text.
 */
export function markdownToPlainText(md: string): string {
  const html = markdownToHtml(md).replace(BLOCK_BOUNDARY, ' <');
  const escaped = sanitizeHtml(html, plainTextOptions);
  // With decodeEntities, sanitize-html re-escapes text with exactly these
  // four entities; undo them ("&amp;" last, so "&amp;lt;" stays "&lt;").
  return escaped
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
}

const ELLIPSIS = '…';

const collapse = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/**
 * Of a long text, the collapsed head that truncateText reads: more than `n` characters, cut
 * before a whitespace. Normalisation never joins across a whitespace, and collapsing only merges
 * whitespace, so that head is the start of the whole text collapsed, and the text is longer (a
 * story's body is shortened to a summary: normalising and splitting all of it was most of the time).
 * Null when the text is not long or has no whitespace far enough in.
 */
function collapsedHead(s: string, n: number): string | null {
  const from = 2 * n + 32;
  if (s.length < 2 * from) return null;
  const space = /\s/g;
  space.lastIndex = from;
  if (!space.exec(s)) return null;
  const head = collapse(s.slice(0, space.lastIndex - 1));
  // Each UTF-16 unit is at most one code point: fewer units than n + 1 cannot hold n + 1 of them.
  return head.length > n && Array.from(head).length > n ? head : null;
}

/**
 * Shortens `s` to at most `n` characters (Unicode code points of the NFC
 * text, ellipsis included), cutting at a word boundary and appending "…".
 * Whitespace is collapsed first. Text that already fits is returned
 * (collapsed) without an ellipsis. If the first word alone is longer than
 * the limit it is cut mid-word, since returning only "…" would say nothing.
 * Trailing punctuation before the ellipsis is removed ("a, b…" not "a, b,…").
 *
 * @throws {RangeError} if `n` is not a positive integer.
 */
export function truncateText(s: string, n: number): string {
  if (!Number.isInteger(n) || n < 1) {
    throw new RangeError(`truncateText: n must be a positive integer, got ${n}`);
  }
  const text = collapsedHead(s, n) ?? collapse(s);
  // Code points, not UTF-16 units, so an emoji is never split in half.
  const chars = Array.from(text);
  if (chars.length <= n) return text;
  const room = n - 1; // keep one place for the ellipsis
  const head = chars.slice(0, room).join('');
  // If the character right after the cut is a space, the cut is already at
  // a word boundary; otherwise back up to the last space inside the head.
  const cutsWord = chars[room] !== ' ';
  const lastSpace = head.lastIndexOf(' ');
  const kept = cutsWord && lastSpace > 0 ? head.slice(0, lastSpace) : head;
  return kept.replace(/[\s,;:.!?…\-–—(]+$/u, '') + ELLIPSIS;
}
