import { describe, expect, it } from 'vitest';
import { externalImagesIn, markdownToPlainText, renderMarkdown, truncateText } from '../src/markdown/renderMarkdown.ts';
import { mediaFilenames, replaceBodyImages } from '../src/markdown/bodyImages.ts';

// ---------------------------------------------------------------------------
// An XSS check that does not reuse sanitize-html's parser. In sanitised output
// every "<" in text is escaped, so each literal "<...>" is a real tag; we
// decode entities inside each tag (as a browser would in attribute values),
// drop whitespace/control characters, and look for anything executable.
// ---------------------------------------------------------------------------

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n',
  lpar: '(', rpar: ')', sol: '/', bsol: '\\', period: '.', comma: ',', semi: ';', equals: '=',
};

function decodeEntities(s: string): string {
  return s
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Number.parseInt(hex, 16) || 0xfffd))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number.parseInt(dec, 10) || 0xfffd))
    .replace(/&([a-z]+);/gi, (whole, name: string) => NAMED_ENTITIES[name.toLowerCase()] ?? whole);
}

const FORBIDDEN_TAGS =
  /^<\/?(script|iframe|frame|frameset|object|embed|applet|svg|math|base|meta|link|style|form|input|button|textarea|select|option|template|details|video|audio|source|div|span|input)\b/i;
const DANGEROUS_SCHEME = /(javascript|vbscript|livescript|data):/i;
const DANGEROUS_ATTRIBUTE = /[\s"'/]((on[a-z]+)|style|srcdoc|srcset|formaction|action|xlink:href|class|target)\s*=/i;

/** Returns a list of problems found in `html`; an empty list means safe. */
function executableVectors(html: string): string[] {
  const problems: string[] = [];
  for (const tag of html.match(/<[^>]*>?/g) ?? []) {
    const decoded = decodeEntities(tag);
    const squashed = decoded.replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
    if (FORBIDDEN_TAGS.test(tag)) problems.push(`forbidden tag: ${tag}`);
    if (DANGEROUS_SCHEME.test(squashed)) problems.push(`dangerous scheme: ${tag}`);
    if (DANGEROUS_ATTRIBUTE.test(decoded)) problems.push(`dangerous attribute: ${tag}`);
  }
  // Belt and braces on the raw output: no such tag may start anywhere.
  if (/<\s*\/?\s*(script|iframe|object|embed|svg|math|base|meta|link|form|style)/i.test(html)) {
    problems.push('forbidden tag in raw output');
  }
  return problems;
}

const XSS_VECTORS: [string, string][] = [
  ['markdown link to javascript:', '[x](javascript:alert(1))'],
  ['markdown link with mixed-case scheme', '[x](JaVaScRiPt:alert(1))'],
  ['markdown link in angle brackets', '[x](<javascript:alert(1)>)'],
  ['reference-style markdown link', '[x][r]\n\n[r]: javascript:alert(1)'],
  ['markdown autolink', '<javascript:alert(1)>'],
  ['tab entity inside the scheme', '<a href="jav&#x09;ascript:alert(1)">x</a>'],
  ['padded decimal tab entity inside the scheme', '<a href="java&#0000009;script:alert(1)">x</a>'],
  ['decimal entity for the first letter', '<a href="&#106;avascript:alert(1)">x</a>'],
  ['fully hex-encoded scheme', '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)">x</a>'],
  ['&colon; entity', '<a href="javascript&colon;alert(1)">x</a>'],
  ['&#58; colon with odd case', '<a href="jAvAsCrIpT&#58;alert(1)">x</a>'],
  ['leading spaces', '<a href="   javascript:alert(1)">x</a>'],
  ['leading encoded space', '<a href="&#x20;javascript:alert(1)">x</a>'],
  ['leading control character', '<a href="\u0001javascript:alert(1)">x</a>'],
  ['newline inside the scheme', '<a href="java\nscript:alert(1)">x</a>'],
  ['NUL inside the scheme', '<a href="java\u0000script:alert(1)">x</a>'],
  ['data:text/html link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>'],
  ['data: image in markdown', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
  ['data: image in HTML', '<img src="data:image/png;base64,iVBORw0KGgo=">'],
  ['vbscript: link', '<a href="vbscript:msgbox(1)">x</a>'],
  ['vbscript: with entity colon', '<a href="vbscript&#58;msgbox(1)">x</a>'],
  ['img onerror', '<img src=x onerror=alert(1)>'],
  ['img onerror with slashes', '<img/src="x"/onerror=alert(1)>'],
  ['img srcset', '<img src="/ok.png" srcset="javascript:alert(1) 1x">'],
  ['svg onload', '<svg onload=alert(1)><circle r="1"/></svg>'],
  ['svg link', '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>'],
  ['iframe', '<iframe src="javascript:alert(1)"></iframe>'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['form with action', '<form action="javascript:alert(1)"><input type="submit" value="Gửi"></form>'],
  ['button formaction', '<button formaction="javascript:alert(1)">x</button>'],
  ['input autofocus onfocus', '<input autofocus onfocus=alert(1)>'],
  ['style attribute on a link', '<a style="background:url(javascript:alert(1))" href="/x">x</a>'],
  ['event handler on an allowed link', '<a href="https://ok.vn" onclick="alert(1)">x</a>'],
  ['event handler on a paragraph', '<p style="color:red" onmouseover=alert(1)>hi</p>'],
  ['event handler on a div', '<div onclick="alert(1)">x</div>'],
  ['details ontoggle', '<details open ontoggle=alert(1)><summary>x</summary></details>'],
  ['video source onerror', '<video><source onerror=alert(1)></video>'],
  ['script tag', '<script>alert(1)</script>'],
  ['upper-case script with src', '<SCRIPT SRC=//evil.example/x.js></SCRIPT>'],
  ['split script tag', '<scr<script>ipt>alert(1)</script>'],
  ['nested script tag', '<<script>script>alert(1)<</script>/script>'],
  ['object', '<object data="javascript:alert(1)"></object>'],
  ['embed', '<embed src="javascript:alert(1)">'],
  ['base href', '<base href="javascript:alert(1)//">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
  ['link stylesheet', '<link rel="stylesheet" href="javascript:alert(1)">'],
  ['style element', '<style>body{background:url(javascript:alert(1))}</style>'],
  ['math with xlink', '<math><mi xlink:href="javascript:alert(1)">click</mi></math>'],
  ['target blank without noopener', '<a href="https://evil.example" target="_blank">x</a>'],
];

describe('renderMarkdown: XSS corpus', () => {
  it('has at least 15 vectors', () => {
    expect(XSS_VECTORS.length).toBeGreaterThanOrEqual(15);
  });

  describe.each(XSS_VECTORS)('%s', (_label, vector) => {
    it('renders without any executable vector', () => {
      expect(executableVectors(renderMarkdown(vector))).toEqual([]);
    });
    it('renders without any executable vector when resolving against a baseUrl', () => {
      expect(executableVectors(renderMarkdown(vector, { baseUrl: 'https://thidua.example.vn/bai/' }))).toEqual([]);
    });
    it('renders without any executable vector inside a larger document', () => {
      const doc = `# Tiêu đề\n\nĐoạn văn **đậm**.\n\n${vector}\n\n- mục ${vector}\n\n> ${vector}`;
      expect(executableVectors(renderMarkdown(doc))).toEqual([]);
    });
  });

  it('the checker itself flags the raw vectors', () => {
    const htmlVectors = XSS_VECTORS.filter(([, v]) => v.startsWith('<') && !v.startsWith('<javascript:'));
    for (const [label, v] of htmlVectors) {
      expect(executableVectors(v), label).not.toEqual([]);
    }
  });

  it('keeps the text of a link whose href was removed, without a dead <a>', () => {
    expect(renderMarkdown('[Bấm vào đây](javascript:alert(1))')).toBe('<p>Bấm vào đây</p>\n');
  });

  it('removes an image whose src was removed', () => {
    expect(renderMarkdown('![ảnh](data:image/png;base64,AAAA)')).not.toContain('<img');
  });
});

describe('renderMarkdown: allowed content', () => {
  it.each([
    ['# Tiêu đề', '<h2>Tiêu đề</h2>'],
    ['## Mục', '<h2>Mục</h2>'],
    ['###### Nhỏ', '<h6>Nhỏ</h6>'],
    ['**đậm** *nghiêng* ~~xoá~~', '<p><strong>đậm</strong> <em>nghiêng</em> <del>xoá</del></p>'],
    ['<b>đậm</b> <i>nghiêng</i>', '<p><strong>đậm</strong> <em>nghiêng</em></p>'],
    ['a  \nb', '<p>a<br />b</p>'],
    ['---', '<hr />'],
    ['> trích dẫn', '<blockquote>\n<p>trích dẫn</p>\n</blockquote>'],
    ['- một\n- hai', '<ul>\n<li>một</li>\n<li>hai</li>\n</ul>'],
    ['3. ba\n4. bốn', '<ol start="3">\n<li>ba</li>\n<li>bốn</li>\n</ol>'],
    ['`mã`', '<p><code>mã</code></p>'],
    ['```ts\nconst x = 1;\n```', '<pre><code class="language-ts">const x = 1;\n</code></pre>'],
    ['[liên hệ](mailto:ban@thidua.vn)', '<p><a href="mailto:ban@thidua.vn">liên hệ</a></p>'],
    ['[gọi](tel:+84241234567)', '<p><a href="tel:+84241234567">gọi</a></p>'],
    ['[trang](/gioi-thieu "Giới thiệu")', '<p><a href="/gioi-thieu" title="Giới thiệu">trang</a></p>'],
    ['[ngoài](https://chinhphu.vn)', '<p><a href="https://chinhphu.vn" rel="noopener">ngoài</a></p>'],
    ['![Ảnh](/media/a.jpg "Chú thích")', '<p><img src="/media/a.jpg" alt="Ảnh" title="Chú thích" loading="lazy" /></p>'],
    [
      '<figure><img src="/a.jpg" alt="A" width="800" height="600" style="x"><figcaption>Chú thích</figcaption></figure>',
      '<figure><img src="/a.jpg" alt="A" width="800" height="600" loading="lazy" /><figcaption>Chú thích</figcaption></figure>',
    ],
    ['<img src="/a.jpg" width="100%" height="javascript:1">', '<img src="/a.jpg" loading="lazy" />'],
    ['<a href="/x" rel="opener" class="btn" target="_blank">x</a>', '<p><a href="/x">x</a></p>'],
    ['<p class="lead" id="x">x</p>', '<p>x</p>'],
  ])('renders %j as %j', (md, html) => {
    expect(renderMarkdown(md).trim()).toBe(html);
  });

  it('renders GFM tables with alignment', () => {
    const html = renderMarkdown('| Họ tên | Điểm |\n|:--|--:|\n| An | 9 |');
    expect(html).toContain('<table>');
    expect(html).toContain('<th align="left">Họ tên</th>');
    expect(html).toContain('<td align="right">9</td>');
  });

  it('turns bare URLs into links (GFM autolinks)', () => {
    expect(renderMarkdown('Xem https://thidua.vn/tin')).toContain('<a href="https://thidua.vn/tin" rel="noopener">');
  });

  it('renders NFD input as NFC', () => {
    const html = renderMarkdown('Nguyễn Thị Hoà'.normalize('NFD'));
    expect(html).toBe('<p>Nguyễn Thị Hoà</p>\n');
  });

  it('escapes text that looks like HTML inside code', () => {
    expect(renderMarkdown('`<script>`')).toBe('<p><code>&lt;script&gt;</code></p>\n');
  });
});

describe('renderMarkdown with baseUrl', () => {
  const baseUrl = 'https://thidua.example.vn/dien-hinh/nguyen-van-a/';
  it.each([
    ['[a](/tin-tuc)', 'href="https://thidua.example.vn/tin-tuc"'],
    ['[a](ho-so)', 'href="https://thidua.example.vn/dien-hinh/nguyen-van-a/ho-so"'],
    ['[a](../khac)', 'href="https://thidua.example.vn/dien-hinh/khac"'],
    ['[a](#thanh-tich)', 'href="https://thidua.example.vn/dien-hinh/nguyen-van-a/#thanh-tich"'],
    ['[a](?trang=2)', 'href="https://thidua.example.vn/dien-hinh/nguyen-van-a/?trang=2"'],
    ['![a](/media/anh.jpg)', 'src="https://thidua.example.vn/media/anh.jpg"'],
    ['![a](anh%20dep.jpg)', 'src="https://thidua.example.vn/dien-hinh/nguyen-van-a/anh%20dep.jpg"'],
    ['[a](//cdn.example.vn/x.pdf)', 'href="https://cdn.example.vn/x.pdf"'],
    ['[a](https://other.example.org/x)', 'href="https://other.example.org/x"'],
    ['[a](mailto:ban@thidua.vn)', 'href="mailto:ban@thidua.vn"'],
  ])('makes the URL in %j absolute: %s', (md, attr) => {
    expect(renderMarkdown(md, { baseUrl })).toContain(attr);
  });

  it.each([
    ['[a](/tin-tuc)', false],
    ['[a](https://thidua.example.vn/x)', false],
    ['[a](https://other.example.org/x)', true],
    ['[a](//cdn.example.vn/x)', true],
    ['[a](mailto:ban@thidua.vn)', false],
  ])('marks %j as external (rel="noopener"): %s', (md, external) => {
    expect(renderMarkdown(md, { baseUrl }).includes('rel="noopener"')).toBe(external);
  });

  it('leaves relative URLs relative when no baseUrl is given', () => {
    expect(renderMarkdown('[a](/tin-tuc) ![b](anh.jpg)')).toBe(
      '<p><a href="/tin-tuc">a</a> <img src="anh.jpg" alt="b" loading="lazy" /></p>\n',
    );
  });

  it.each(['/relative', 'javascript:alert(1)', 'ftp://thidua.vn/', 'not a url', ''])(
    'rejects the baseUrl %j',
    (bad) => {
      expect(() => renderMarkdown('x', { baseUrl: bad })).toThrow(TypeError);
    },
  );
});

describe('markdownToPlainText', () => {
  it.each([
    ['# Tiêu đề\n\nĐoạn **một**.\n\nĐoạn *hai*.', 'Tiêu đề Đoạn một. Đoạn hai.'],
    ['[Ban Thi đua](https://thidua.vn) khen thưởng', 'Ban Thi đua khen thưởng'],
    ['- một\n- hai\n- ba', 'một hai ba'],
    ['dòng một  \ndòng hai', 'dòng một dòng hai'],
    ['a<br>b', 'a b'],
    ['Tom &amp; Jerry, 1 &lt; 2, "trích"', 'Tom & Jerry, 1 < 2, "trích"'],
    ['Ký tự `&lt;` đã mã hoá', 'Ký tự &lt; đã mã hoá'],
    ['Xin chào<script>alert(1)</script><style>p{}</style> bạn', 'Xin chào bạn'],
    ['![ảnh](/a.jpg) Chú thích', 'Chú thích'],
    ['| a | b |\n|-|-|\n| 1 | 2 |', 'a b 1 2'],
    ['   \n\n  ', ''],
  ])('turns %j into %j', (md, text) => {
    expect(markdownToPlainText(md)).toBe(text);
  });

  it('returns NFC text for NFD input', () => {
    expect(markdownToPlainText('**Nguyễn Thị Hoà**'.normalize('NFD'))).toBe('Nguyễn Thị Hoà');
  });
});

describe('truncateText', () => {
  it.each<[string, number, string]>([
    ['Nguyễn Văn An', 20, 'Nguyễn Văn An'],
    ['Nguyễn Văn An', 13, 'Nguyễn Văn An'],
    ['Nguyễn Văn An', 12, 'Nguyễn Văn…'],
    ['Nguyễn Văn An', 11, 'Nguyễn Văn…'],
    ['Nguyễn Văn An', 10, 'Nguyễn…'],
    ['Nguyễn Văn An, Trần Thị Bình', 20, 'Nguyễn Văn An, Trần…'],
    ['Nguyễn Văn An, Trần Thị Bình', 16, 'Nguyễn Văn An…'],
    ['Chủ tịch nước tặng Huân chương', 5, 'Chủ…'],
    ['Siêuđặcbiệtdài', 6, 'Siêuđ…'],
    ['  nhiều    khoảng   trắng  ', 100, 'nhiều khoảng trắng'],
    ['abc', 1, '…'],
    ['', 5, ''],
  ])('truncates %j to %i characters as %j', (s, n, expected) => {
    const out = truncateText(s, n);
    expect(out).toBe(expected);
    expect(Array.from(out).length).toBeLessThanOrEqual(n);
  });

  it('never splits an emoji or a decomposed letter', () => {
    expect(truncateText('🏅🏅🏅🏅', 3)).toBe('🏅🏅…');
    expect(truncateText('Hoà Hoà'.normalize('NFD'), 5)).toBe('Hoà…');
  });

  it('cuts a long text as if all of it had been normalised and collapsed', () => {
    // The reference: the whole text normalised and collapsed, then cut (truncateText reads only the head of a long one).
    const reference = (s: string, n: number) => {
      const chars = Array.from(s.normalize('NFC').replace(/\s+/g, ' ').trim());
      if (chars.length <= n) return chars.join('');
      const head = chars.slice(0, n - 1).join('');
      const lastSpace = head.lastIndexOf(' ');
      return (chars[n - 1] !== ' ' && lastSpace > 0 ? head.slice(0, lastSpace) : head).replace(/[\s,;:.!?…\-–—(]+$/u, '') + '…';
    };
    const pieces = ['Hoà', 'Hoà'.normalize('NFD'), ' ', '  \n\t ', '🏅', 'a\u0301\u0323', 'dài'.repeat(40), ',', ' '.repeat(300), 'Đắk Lắk', '\u00a0'];
    let seed = 11;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let i = 0; i < 1_500; i++) {
      const s = Array.from({ length: Math.floor(next() * 400) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const n = 1 + Math.floor(next() * 200);
      expect(truncateText(s, n), JSON.stringify([s.slice(0, 80), n])).toBe(reference(s, n));
    }
  });

  it.each([0, -1, 2.5, Number.NaN])('rejects the length %s', (n) => {
    expect(() => truncateText('abc', n)).toThrow(RangeError);
  });
});

describe('hardening of bodies (issue #9, point 5)', () => {
  it.each([
    ['an image on another site is dropped', '![x](https://tracker.example/p.gif)', /<img/, false],
    ['a protocol-relative image is dropped', '![x](//tracker.example/p.gif)', /<img/, false],
    ['an image of the CMS media library is kept', '![x](http://127.0.0.1:3000/api/media/file/hoa-1440x900.jpg)', /src="http:\/\/127\.0\.0\.1:3000\/api\/media\/file\/hoa-1440x900\.jpg"/, true],
    ['a relative image is kept', '![x](/anh/hoa.jpg)', /src="\/anh\/hoa\.jpg"/, true],
    ['an unclosed comment shows as text and keeps what follows', 'Đoạn một <!-- chưa đóng\n\nĐoạn hai vẫn hiện', /Đoạn hai vẫn hiện/, true],
    ['a closed comment is dropped', 'a <!-- ẩn --> b', /ẩn/, false],
    ['control characters are removed', 'a\u0000b\u0007c\u001bd', /[\u0000-\u0008\u001b]/, false],
    ['U+FFFE and U+FFFF are removed', 'a\ufffeb\uffffc', /[\ufffe\uffff]/, false],
  ])('%s', (_name, markdown, pattern, present) => {
    expect(pattern.test(renderMarkdown(markdown))).toBe(present)
  })

  it("lists the images of a body that come from other sites, for the editor's refusal", () => {
    expect(externalImagesIn('![a](https://evil.example/a.png) ![b](/api/media/file/b.jpg) <img src="http://x.example/c.png">')).toEqual([
      'https://evil.example/a.png',
      'http://x.example/c.png',
    ])
  })
})

describe('images inserted into a body (issue #13, point 2)', () => {
  const html = '<p>Trước</p><p><img src="http://127.0.0.1:3000/api/media/file/anh%20che-1440x900.jpg" alt="Đồi chè &quot;Tân Hoà&quot;"></p><p>Chữ <img src="http://cms/api/media/file/x.jpg" alt="nhỏ"> tiếp</p><p><img src="http://cms/api/media/file/rieng.jpg" alt="Ảnh riêng"></p>'
  it('replaces each CMS image, a figure when alone in its paragraph, and drops one that is not public, keeping its alt text', () => {
    const seen: unknown[] = []
    const out = replaceBodyImages(html, (img) => {
      seen.push(img)
      if (img.filename === 'rieng.jpg') return null
      return img.block ? `<figure>${img.filename}</figure>` : `<i>${img.filename}</i>`
    })
    expect(seen).toEqual([
      { filename: 'anh che-1440x900.jpg', alt: 'Đồi chè "Tân Hoà"', block: true },
      { filename: 'rieng.jpg', alt: 'Ảnh riêng', block: true },
      { filename: 'x.jpg', alt: 'nhỏ', block: false },
    ])
    expect(out).toBe('<p>Trước</p><figure>anh che-1440x900.jpg</figure><p>Chữ <i>x.jpg</i> tiếp</p><p><span>Ảnh riêng</span></p>')
    expect(out).not.toContain('/api/media/file/')
  })

  it('knows a media document by its original and every size', () => {
    expect(mediaFilenames({ filename: 'a.jpg', sizes: { card: { filename: 'a-800x500.jpg' }, hero: { filename: null } } })).toEqual(['a.jpg', 'a-800x500.jpg'])
  })
})
