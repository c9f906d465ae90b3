/**
 * Unicode normalisation for Vietnamese text.
 *
 * Vietnamese letters can be stored precomposed ("ộ" = U+1ED9) or decomposed
 * ("o" + U+0302 + U+0323). Both render identically, but they compare unequal,
 * hash differently and break slugs, search and uniqueness checks. Text pasted
 * from macOS, PDFs or Word often arrives decomposed (NFD), so everything we
 * store is brought to NFC, the form the web (W3C charmod) and keyboards use.
 */

/**
 * Returns `s` in Unicode Normalization Form C (precomposed).
 *
 * It only normalises: no trimming, no whitespace or case changes, so it is
 * safe to apply to any stored text (including Markdown, where whitespace is
 * meaningful).
 */
export function toNfc(s: string): string {
  return s.normalize('NFC');
}

/**
 * True for objects created by `{}` literals, `JSON.parse` or
 * `Object.create(null)`. Class instances (Date, Buffer, Map, URL, ...) are
 * not plain: rebuilding them as plain objects would silently destroy them.
 */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * Returns a copy of `value` in which every string inside plain objects and
 * arrays (at any depth) is NFC-normalised.
 *
 * - The input is never mutated; plain objects and arrays are rebuilt.
 * - Non-plain objects (Date, Buffer, Map, class instances, ...) are returned
 *   as the same reference, untouched.
 * - Object keys are left as they are: they are field names, and normalising
 *   them could make two distinct keys collide.
 * - Only own enumerable string keys are copied (what JSON would keep); a
 *   null prototype is preserved. `__proto__` as an own key stays an own key.
 * - Cycles are supported: a shared or cyclic reference maps to the same copy.
 */
export function normalizeTextDeep<T>(value: T): T {
  return deep(value, new WeakMap()) as T;
}

function deep(value: unknown, seen: WeakMap<object, unknown>): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) {
    const cached = seen.get(value);
    if (cached !== undefined) return cached;
    const out: unknown[] = new Array<unknown>(value.length);
    seen.set(value, out);
    // A plain index loop (not .map) so holes stay holes in the copy.
    for (let i = 0; i < value.length; i++) {
      if (i in value) out[i] = deep(value[i], seen);
    }
    return out;
  }
  if (isPlainObject(value)) {
    const cached = seen.get(value);
    if (cached !== undefined) return cached;
    const out = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
    seen.set(value, out);
    for (const key of Object.keys(value)) {
      // defineProperty rather than assignment: assigning to "__proto__" would
      // change the copy's prototype instead of creating a data property.
      Object.defineProperty(out, key, {
        value: deep(value[key], seen),
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    return out;
  }
  return value;
}
