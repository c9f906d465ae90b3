/** Hostile Markdown/HTML an editor could paste (or a compromised account could save). */
export const HOSTILE_BODIES: [string, string][] = [
  ['javascript: Markdown link', '[bấm vào đây](javascript:alert(1))'],
  ['javascript: with entities and case', '<a href="JaVa&#x09;ScRiPt&colon;alert(1)">x</a>'],
  ['event handler on an image', '<img src="/a.jpg" onerror="alert(1)">'],
  ['event handler on a paragraph', '<p onclick="alert(1)" onmouseover="alert(2)">chữ</p>'],
  ['iframe', '<iframe src="https://evil.example/"></iframe>'],
  ['iframe with srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>'],
  ['script', '<script>alert(1)</script>'],
  ['svg onload', '<svg onload="alert(1)"><circle r="1"/></svg>'],
  ['data: image', '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)'],
  ['form with formaction', '<form><button formaction="javascript:alert(1)">x</button></form>'],
  ['style with expression', '<p style="background:url(javascript:alert(1))">x</p>'],
  ['object and embed', '<object data="x.swf"></object><embed src="x.swf">'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">'],
]

/** Problems found in sanitised HTML, read with plain pattern matching (not the sanitiser's parser). */
export function executableHtml(html: string): string[] {
  const problems: string[] = []
  for (const tag of html.match(/<[^>]*>/g) ?? []) {
    if (/^<\/?(script|iframe|svg|object|embed|form|button|meta|style|base|link|math)\b/i.test(tag)) problems.push(`tag ${tag}`)
    if (/\s(on[a-z]+|style|srcdoc|formaction)\s*=/i.test(tag)) problems.push(`attribute ${tag}`)
    if (/(javascript|vbscript|data):/i.test(tag.replace(/&#x?0*9;?|&tab;|[\s\u0000-\u001f]/gi, ''))) problems.push(`scheme ${tag}`)
  }
  return problems
}
