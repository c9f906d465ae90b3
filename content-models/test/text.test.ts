import { describe, expect, it } from 'vitest';
import { normalizeTextDeep, toNfc } from '../src/text/normalizeText.ts';
import {
  PROJECT_TONE_PLACEMENT,
  normalizeTonePlacement,
  toModernTonePlacement,
  toTraditionalTonePlacement,
} from '../src/text/tonePlacement.ts';
import { uniqueSlug, vietnameseSlug } from '../src/text/slugify.ts';
import { matchesSearch, searchKey, searchTokens } from '../src/text/searchKey.ts';
import { compareVietnamese, sortByVietnamese, vietnameseCollator } from '../src/text/collate.ts';

const nfd = (s: string) => s.normalize('NFD');
const isNfc = (s: string) => s === s.normalize('NFC');

describe('toNfc', () => {
  it.each([
    ['Nguyễn Thị Hoà'],
    ['Đắk Lắk'],
    ['điển hình tiên tiến'],
    ['Thừa Thiên Huế'],
  ])('turns the NFD spelling of %s into the NFC spelling', (word) => {
    expect(nfd(word)).not.toBe(word);
    expect(toNfc(nfd(word))).toBe(word);
  });

  it('changes nothing else: whitespace and case are kept', () => {
    expect(toNfc(`  ${nfd('Ấp')}\n `)).toBe('  Ấp\n ');
  });
});

describe('normalizeTextDeep', () => {
  it('normalises strings at every depth of plain objects and arrays', () => {
    const input = { name: nfd('Hoà'), tags: [nfd('Ấp'), { deep: [nfd('Đồng')] }], n: 3, ok: true, none: null };
    expect(normalizeTextDeep(input)).toEqual({ name: 'Hoà', tags: ['Ấp', { deep: ['Đồng'] }], n: 3, ok: true, none: null });
  });

  it('returns a new value and does not mutate the input', () => {
    const input = { a: [nfd('Hoà')] };
    const out = normalizeTextDeep(input);
    expect(out).not.toBe(input);
    expect(out.a).not.toBe(input.a);
    expect(input.a[0]).toBe(nfd('Hoà'));
  });

  it.each([
    ['a Date', new Date('2026-11-21T00:00:00Z')],
    ['a Map', new Map([['k', nfd('Hoà')]])],
    ['a Uint8Array', new Uint8Array([1, 2])],
    ['a URL', new URL('https://example.org/')],
    ['a class instance', new (class Box { v = nfd('Hoà'); })()],
  ])('leaves %s untouched (same reference)', (_label, value) => {
    expect(normalizeTextDeep({ value }).value).toBe(value);
  });

  it('normalises a bare string and passes other primitives through', () => {
    expect(normalizeTextDeep(nfd('Hoà'))).toBe('Hoà');
    expect(normalizeTextDeep(42)).toBe(42);
    expect(normalizeTextDeep(undefined)).toBe(undefined);
  });

  it('keeps "__proto__" as an own key instead of changing the prototype', () => {
    const input = JSON.parse('{"__proto__": {"polluted": "yes"}, "x": "a"}') as Record<string, unknown>;
    const out = normalizeTextDeep(input);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.hasOwn(out, '__proto__')).toBe(true);
    expect((out as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('preserves a null prototype and survives cycles', () => {
    const input = Object.create(null) as { self?: unknown; s: string };
    input.s = nfd('Hoà');
    input.self = input;
    const out = normalizeTextDeep(input);
    expect(Object.getPrototypeOf(out)).toBeNull();
    expect(out.s).toBe('Hoà');
    expect(out.self).toBe(out);
  });
});

describe('tone placement', () => {
  it('the project convention is the modern style', () => {
    expect(PROJECT_TONE_PLACEMENT).toBe('modern');
  });

  // [traditional, modern]
  const pairs: [string, string][] = [
    ['hòa', 'hoà'],
    ['Hòa', 'Hoà'],
    ['HÒA', 'HOÀ'],
    ['khỏe', 'khoẻ'],
    ['thủy', 'thuỷ'],
    ['THỦY', 'THUỶ'],
    ['Ủy ban', 'Uỷ ban'],
    ['òa khóc', 'oà khóc'],
    ['hóa học', 'hoá học'],
    ['xòe', 'xoè'],
    ['lũy tre', 'luỹ tre'],
    ['họa sĩ', 'hoạ sĩ'],
    ['tùy ý', 'tuỳ ý'],
    ['Nguyễn Thị Hòa, Khánh Hòa', 'Nguyễn Thị Hoà, Khánh Hoà'],
  ];

  describe.each(pairs)('%s / %s', (traditional, modern) => {
    it('converts the traditional spelling to the modern one', () => {
      expect(toModernTonePlacement(traditional)).toBe(modern);
    });
    it('converts the modern spelling to the traditional one', () => {
      expect(toTraditionalTonePlacement(modern)).toBe(traditional);
    });
    it('accepts NFD input and returns NFC', () => {
      expect(toModernTonePlacement(nfd(traditional))).toBe(modern);
      expect(toTraditionalTonePlacement(nfd(modern))).toBe(traditional);
    });
    it('is idempotent', () => {
      expect(toModernTonePlacement(modern)).toBe(modern);
      expect(toTraditionalTonePlacement(traditional)).toBe(traditional);
    });
    it('normalizeTonePlacement gives the modern spelling', () => {
      expect(normalizeTonePlacement(traditional)).toBe(modern);
    });
  });

  it.each([
    ['hoàn', 'a final consonant keeps the tone on the main vowel'],
    ['Hoàng', 'a final consonant keeps the tone on the main vowel'],
    ['khoảng', 'a final consonant keeps the tone on the main vowel'],
    ['huỳnh', 'a final consonant keeps the tone on the main vowel'],
    ['ngoài', 'a final glide keeps the tone on the main vowel'],
    ['khoèo', 'a final glide keeps the tone on the main vowel'],
    ['khuỷu', 'a final glide keeps the tone on the main vowel'],
    ['quý', 'after "qu" the u is part of the consonant'],
    ['Quỳnh', 'after "qu" the u is part of the consonant'],
    ['quỷ', 'after "qu" the u is part of the consonant'],
    ['thuở', 'other clusters are not touched'],
    ['thuế', 'other clusters are not touched'],
    ['hoa', 'a word without a tone is not touched'],
    ['Zoë', 'foreign words are not touched'],
  ])('leaves "%s" alone in both styles (%s)', (word) => {
    expect(toModernTonePlacement(word)).toBe(word);
    expect(toTraditionalTonePlacement(word)).toBe(word);
  });
});

describe('vietnameseSlug', () => {
  it.each([
    ['Đặng Thị Hoà', 'dang-thi-hoa'],
    ['Đặng Thị Hòa', 'dang-thi-hoa'],
    ['Ðặng Thị Hoà', 'dang-thi-hoa'],
    ['ðặng ðức', 'dang-duc'],
    ['đường Trần Hưng Đạo', 'duong-tran-hung-dao'],
    ['Điển hình tiên tiến năm 2026', 'dien-hinh-tien-tien-nam-2026'],
    ['Thừa Thiên – Huế', 'thua-thien-hue'],
    ['  --Nguyễn   Văn  A--  ', 'nguyen-van-a'],
    ['Hội Nông dân & Đoàn Thanh niên', 'hoi-nong-dan-va-doan-thanh-nien'],
    ['Ấp Bắc, Mỹ Tho!', 'ap-bac-my-tho'],
    ['NguyễnVăn', 'nguyenvan'],
    ['', ''],
    ['!!! ???', ''],
  ])('slugifies %j as %j', (input, expected) => {
    expect(vietnameseSlug(input)).toBe(expected);
  });

  it.each(['Đặng Thị Hoà', 'Nguyễn Thị Minh Khai', 'Ủy ban nhân dân tỉnh Đắk Lắk', 'Bùi Thị Xuân'])(
    'gives the same slug for the NFC and NFD spellings of %s',
    (s) => {
      expect(vietnameseSlug(nfd(s))).toBe(vietnameseSlug(s));
    },
  );

  it.each(['Đặng Thị Hoà', 'Hội thi đua', 'a & b'])('is idempotent on its own output (%s)', (s) => {
    const slug = vietnameseSlug(s);
    expect(vietnameseSlug(slug)).toBe(slug);
  });

  it('answers the same for repeated and distinct names, also past its memo size', () => {
    const names = Array.from({ length: 25_000 }, (_, i) => `Đoàn viên số ${i}`);
    for (const name of names) expect(vietnameseSlug(name)).toBe(`doan-vien-so-${name.slice(13)}`);
    expect(vietnameseSlug(names[0]!)).toBe('doan-vien-so-0');
    expect(vietnameseSlug(nfd('Đặng Thị Hoà'))).toBe('dang-thi-hoa');
    expect(vietnameseSlug('Đặng Thị Hoà')).toBe('dang-thi-hoa');
  });
});

describe('uniqueSlug', () => {
  it('returns the base slug when it is free', async () => {
    await expect(uniqueSlug('Đặng Thị Hoà', () => false)).resolves.toBe('dang-thi-hoa');
  });

  it.each([
    [['dang-thi-hoa'], 'dang-thi-hoa-2'],
    [['dang-thi-hoa', 'dang-thi-hoa-2'], 'dang-thi-hoa-3'],
    [['dang-thi-hoa', 'dang-thi-hoa-2', 'dang-thi-hoa-3', 'dang-thi-hoa-5'], 'dang-thi-hoa-4'],
  ])('appends the first free numeric suffix when %j are taken', async (taken, expected) => {
    const set = new Set(taken);
    await expect(uniqueSlug('Đặng Thị Hoà', (s) => set.has(s))).resolves.toBe(expected);
    await expect(uniqueSlug('Đặng Thị Hoà', async (s) => Promise.resolve(set.has(s)))).resolves.toBe(expected);
  });

  it('rejects a base that slugifies to nothing', async () => {
    await expect(uniqueSlug('!!!', () => false)).rejects.toThrow(/empty slug/);
  });

  it('gives up instead of looping forever when everything exists', async () => {
    await expect(uniqueSlug('x', () => true)).rejects.toThrow(/no free slug/);
  });
});

describe('searchKey', () => {
  it.each([
    ['hoa', 'hoa'],
    ['hòa', 'hoa'],
    ['hoà', 'hoa'],
    ['HOÀ', 'hoa'],
    ['Đắk Lắk', 'dak lak'],
    ['Ðắk Lắk', 'dak lak'],
    ['điển hình', 'dien hinh'],
    ['  Nguyễn\tVăn\n\nAn  ', 'nguyen van an'],
    ['Trần Thị B. (Hà Nội), 2026!', 'tran thi b ha noi 2026'],
    ['Hồ Chí Minh–Sài Gòn', 'ho chi minh sai gon'],
    ['Thuỷ / thủy', 'thuy thuy'],
    ['ＨＯÀ', 'hoa'],
    ['', ''],
    ['...', ''],
  ])('folds %j to %j', (input, expected) => {
    expect(searchKey(input)).toBe(expected);
  });

  it.each(['Nguyễn Thị Hoà', 'Đắk Lắk', 'điển hình tiên tiến', 'Ủy ban nhân dân', 'Khoẻ'])(
    'gives the same key for the NFC and NFD spellings of %s',
    (s) => {
      expect(searchKey(nfd(s))).toBe(searchKey(s));
      expect(isNfc(searchKey(s))).toBe(true);
    },
  );

  it('splits into tokens, with no tokens for an empty key', () => {
    expect(searchTokens('Đặng  Thị Hoà')).toEqual(['dang', 'thi', 'hoa']);
    expect(searchTokens(' - ')).toEqual([]);
  });
});

describe('matchesSearch (every query token is a prefix of some haystack token)', () => {
  const name = 'Nguyễn Thị Hoà, Đắk Lắk';
  it.each([
    ['hoa', true],
    ['HÒA', true],
    ['nguyen hoa', true],
    ['hoa nguyen', true],
    ['ng', true],
    ['dak', true],
    ['Ðắk', true],
    [nfd('Đắk lắk'), true],
    ['', true],
    ['  , ', true],
    ['oa', false],
    ['hoang', false],
    ['nguyen binh', false],
    ['lak dak x', false],
  ])('query %j -> %s', (query, expected) => {
    expect(matchesSearch(name, query)).toBe(expected);
  });
});

describe('Vietnamese collation', () => {
  it.each([
    ['Dũng', 'Đức'],
    ['Đức', 'Giang'],
    ['An', 'Ăn'],
    ['Ăn', 'Ân'],
    ['Ân', 'Bình'],
    ['Oanh', 'Ốc'],
    ['Ông', 'Ơn'],
    ['Uyên', 'Ưng'],
    ['Uyên', 'Ư'],
    ['Tuấn', 'Từ'],
    ['a', 'à'],
    ['à', 'ả'],
    ['ả', 'ã'],
    ['ã', 'á'],
    ['á', 'ạ'],
    ['Tổ 2', 'Tổ 10'],
    ['Dũng', 'Ðức'],
  ])('sorts %j before %j', (a, b) => {
    expect(compareVietnamese(a, b)).toBeLessThan(0);
    expect(compareVietnamese(b, a)).toBeGreaterThan(0);
  });

  it('puts Đ after every D and before E, unlike plain code-point order', () => {
    const names = ['Giang', 'Đức', 'Dũng', 'Đào', 'Duy', 'Em'];
    // Letters first, tones later: "Dũng" < "Duy" because n < y.
    expect(sortByVietnamese(names, (s) => s)).toEqual(['Dũng', 'Duy', 'Đào', 'Đức', 'Em', 'Giang']);
    // Code-point order would put Đ (U+0110) after every ASCII letter.
    expect([...names].sort()).toEqual(['Duy', 'Dũng', 'Em', 'Giang', 'Đào', 'Đức']);
  });

  it('sorts the look-alike Ð (U+00D0) with Đ, not with D', () => {
    // ICU itself treats Ð as a variant of D; compareVietnamese folds it first.
    expect(vietnameseCollator.compare('Ðào', 'Dũng')).toBeLessThan(0);
    expect(compareVietnamese('Ðào', 'Dũng')).toBeGreaterThan(0);
    expect(compareVietnamese('Ðào', 'Em')).toBeLessThan(0);
    expect(compareVietnamese('Ðức', 'Đức')).toBe(0);
  });

  it('treats NFD and NFC spellings as equal', () => {
    expect(compareVietnamese(nfd('Nguyễn Thị Hoà'), 'Nguyễn Thị Hoà')).toBe(0);
  });

  it('sorts by a property name or a key function, without mutating the input', () => {
    const people = [{ name: 'Giang' }, { name: 'Ân' }, { name: 'Bình' }, { name: 'An' }, { name: 'Ăn' }];
    const snapshot = structuredClone(people);
    const byName = sortByVietnamese(people, 'name').map((p) => p.name);
    expect(byName).toEqual(['An', 'Ăn', 'Ân', 'Bình', 'Giang']);
    expect(sortByVietnamese(people, (p) => p.name).map((p) => p.name)).toEqual(byName);
    expect(people).toEqual(snapshot);
  });

  it('is stable: items with equal keys keep their input order', () => {
    const items = [
      { name: 'Hoà', id: 1 },
      { name: 'An', id: 2 },
      { name: 'Hoà', id: 3 },
      { name: nfd('Hoà'), id: 4 },
      { name: 'An', id: 5 },
    ];
    expect(sortByVietnamese(items, 'name').map((i) => i.id)).toEqual([2, 5, 1, 3, 4]);
  });
});
