import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../src/markdown/htmlToMarkdown.ts';
import { renderMarkdown } from '../src/markdown/renderMarkdown.ts';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/paste/${name}.html`, import.meta.url), 'utf8');

// Clipboard HTML as the producers write it (trimmed to a few paragraphs, markup kept as is).
describe.each([
  {
    producer: 'Microsoft Word (desktop, mso-list paragraphs, <xml>, <style>, VML image)',
    file: 'word-desktop',
    expected: [
      '## Chị Đặng Thị Hoà – người thợ dệt sáng tạo',
      '',
      'Năm 2024, chị **Đặng Thị Hoà**, công nhân Công ty Dệt Hoà An, có *ba sáng kiến* được công nhận, trong đó ***sáng kiến cải tiến khung dệt*** làm lợi hơn 200 triệu đồng. Chi tiết xem [bài gốc trên cổng tỉnh](https://thiduakhenthuong.example.vn/tin/sang-kien-khung-det).',
      '',
      '### Thành tích nổi bật',
      '',
      '- Chiến sĩ thi đua cơ sở năm 2023',
      '    - Bằng khen của Chủ tịch UBND tỉnh',
      '- Lao động sáng tạo',
      '',
      '### Các bước áp dụng sáng kiến',
      '',
      '1. Khảo sát dây chuyền',
      '2. Lắp đặt thử nghiệm',
    ],
  },
  {
    producer: 'Google Docs (font-weight spans, normal-weight <b> wrapper, redirect links, lists nested in lists)',
    file: 'google-docs',
    expected: [
      '## Mô hình “Dân vận khéo” ở xã Đắk Lâm',
      '',
      'Từ năm 2022, **Hội Nông dân xã** đã vận động bà con *hiến đất làm đường*. Xem [phóng sự](https://baochi.example.vn/dan-van-kheo-dak-lam).',
      '',
      '### Kết quả',
      '',
      '- 12 km đường bê tông',
      '    - trong đó 3 km do dân hiến đất',
      '- 40 hộ thoát nghèo',
      '',
      '1. Họp dân công khai',
      '2. ***Cán bộ làm trước***',
    ],
  },
  {
    producer: 'LibreOffice Writer (<li><p>, mailto and anchor links, a table with a merged row)',
    file: 'libreoffice',
    expected: [
      '## Báo cáo điển hình tiên tiến quý I',
      '',
      'Các đơn vị đã giới thiệu **14 điển hình**, trong đó *5 mô hình mới*; xem [hộp thư Ban Thi đua](mailto:tdkt@hoaan.example.vn) và mục lục.',
      '',
      '1. Huyện Hoà An: 6 điển hình',
      '2. Sở Giáo dục: 3 điển hình',
      '   - Trường THPT Hoà An',
      '',
      '| **Đơn vị** | **Số điển hình** |',
      '| --- | --- |',
      '| Huyện Hoà An | 6 |',
      '| Tổng: 14 | |',
    ],
  },
])('pasting from $producer', ({ file, expected }) => {
  const markdown = htmlToMarkdown(fixture(file));

  it('keeps headings, bold, italics, links and lists as Markdown and drops the rest', () => {
    expect(markdown.split('\n')).toEqual(expected);
  });

  it('renders with the shared renderer to the same structure as the document', () => {
    const html = renderMarkdown(markdown);
    expect(html).toMatch(/^<h2>/);
    expect(html).toMatch(/<li>[^<]+<ul>\n<li>/); // the nested item stays nested
    expect(html).toContain('<strong>');
    expect(html).toContain('<em>');
    expect(html).toMatch(/<a href="(https|mailto):/);
  });

  it('leaves no trace of styles, Word markup, comments or pasted images', () => {
    expect(markdown).not.toMatch(/mso-|font-|<|>|Normal|StartFragment|clip_image|googleusercontent|\u00a0/);
  });
});

describe('htmlToMarkdown on single constructs', () => {
  it.each([
    ['an empty clipboard', '', ''],
    ['whitespace only', ' <p>&nbsp;</p> ', ''],
    ['plain paragraphs', '<p>Một</p><p>Hai</p>', 'Một\n\nHai'],
    ['<strong> and <em>', '<p><strong>đậm</strong> và <em>nghiêng</em></p>', '**đậm** và *nghiêng*'],
    ['bold from a style', '<p><span style="font-weight: bold">đậm</span></p>', '**đậm**'],
    ['italic from a style', '<p><span style="font-style:italic">nghiêng</span></p>', '*nghiêng*'],
    ['<b> made normal by its style', '<b style="font-weight:normal"><p>thường</p></b>', 'thường'],
    ['Word\'s mso-bidi-font-weight:normal on <b>', '<p><b style="mso-bidi-font-weight:normal">đậm</b></p>', '**đậm**'],
    ['bold inside bold only once', '<p><b>a <span style="font-weight:700">b</span></b></p>', '**a b**'],
    ['spaces outside the markers', '<p>a<b> đậm </b>b</p>', 'a **đậm** b'],
    ['empty bold dropped', '<p>a<b> </b>b</p>', 'a b'],
    ['bold inside a heading dropped', '<h2><b>Tiêu đề</b></h2>', '## Tiêu đề'],
    ['h3 and h4 shifted to h2 and h3', '<h3>A</h3><p>x</p><h4>B</h4>', '## A\n\nx\n\n### B'],
    ['h1 becomes h2', '<h1>A</h1><h2>B</h2>', '## A\n\n### B'],
    ['Word title style as the top heading', '<p class="MsoTitle">Tên</p><h1>Mục</h1>', '## Tên\n\n### Mục'],
    ['a numbered Word heading keeps its number', '<h1 style="mso-list:l2 level1 lfo3"><span style="mso-list:Ignore">1.<span>&nbsp;&nbsp;</span></span>Mở đầu</h1>', '## 1. Mở đầu'],
    ['a link', '<a href="https://example.vn/a">liên kết</a>', '[liên kết](https://example.vn/a)'],
    ['a link with parentheses and spaces in its URL', '<a href="https://example.vn/a (1)">x</a>', '[x](https://example.vn/a%20%281%29)'],
    ['a tel: link', '<a href="tel:+84912345678">gọi</a>', '[gọi](tel:+84912345678)'],
    ['a javascript: link loses its target', '<a href="javascript:alert(1)">bấm</a>', 'bấm'],
    ['a file: link loses its target', '<a href="file:///C:/bao-cao.docx">tệp</a>', 'tệp'],
    ['a Word bookmark without href', '<p><a name="_Toc1"></a>Mục</p>', 'Mục'],
    ['a data: image', '<p>a<img src="data:image/png;base64,iVBORw0KGgo=" alt="x">b</p>', 'ab'],
    ['a web image', '<p><img src="https://example.vn/a.jpg" alt="Ảnh"></p><p>chữ</p>', 'chữ'],
    ['a script and a style', '<script>alert(1)</script><style>p{color:red}</style><p>chữ</p>', 'chữ'],
    ['event handlers and classes', '<p onclick="alert(1)" class="x" style="color:red">chữ</p>', 'chữ'],
    ['hidden text', '<p>a<span style="display:none">ẩn</span><span style="mso-hide:all">ẩn</span>b</p>', 'ab'],
    ['a line break inside a paragraph', '<p>dòng một<br>dòng hai</p>', 'dòng một\\\ndòng hai'],
    ['a <br> between paragraphs', '<p>a</p><br><p>b</p>', 'a\n\nb'],
    ['nbsp indentation', '<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Thụt đầu dòng</p>', 'Thụt đầu dòng'],
    ['an <ol start>', '<ol start="3"><li>ba</li><li>bốn</li></ol>', '3. ba\n4. bốn'],
    ['a list item with two paragraphs', '<ul><li><p>a</p><p>b</p></li></ul>', '- a\n\n  b'],
    ['a Word list numbered with letters', '<p style="mso-list:l0 level1 lfo1"><span style="mso-list:Ignore">a)<span> </span></span>Một</p>', '1. Một'],
    ['a quote', '<blockquote><p>Trích</p></blockquote>', '> Trích'],
    ['text that looks like Markdown', '<p>1. không phải danh sách * sao</p>', '1\\. không phải danh sách \\* sao'],
    ['decomposed Vietnamese', '<p>Hoa\u0300</p>', 'Hoà'],
  ])('converts %s', (_label, html, expected) => {
    expect(htmlToMarkdown(html)).toBe(expected);
  });
});
