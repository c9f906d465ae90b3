/**
 * Dates the way Vietnamese readers write them.
 *
 * The calendar date and clock time are computed with Intl in an explicit
 * time zone (Asia/Ho_Chi_Minh by default), never the machine's: the server,
 * the build machine and the reader's browser may all be in different zones,
 * and a prize awarded at 01:30 on 22/11 in Hà Nội is 18:30 on 21/11 in UTC.
 * We only take numeric parts from Intl and assemble the strings ourselves,
 * because ICU's "vi" patterns change between versions (e.g. "tháng 11" vs
 * "thg 11") and would make output differ between Node and browsers.
 */

/** Anything that identifies an instant (or, for "YYYY-MM-DD", a calendar day). */
export type DateInput = Date | string | number;

/** Options shared by the formatters. */
export interface FormatDateOptions {
  /** IANA time zone used to find the calendar day and clock time. Default "Asia/Ho_Chi_Minh". */
  timeZone?: string;
}

/** The default time zone: Vietnam (UTC+7, no daylight saving). */
export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** Weekday names, index 0 = Sunday as in `Date#getUTCDay`. Sunday is "Chủ nhật", not a "Thứ". */
const WEEKDAYS_VI = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;

interface DateParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

// ISO 8601 shapes we accept. A date-time must carry "Z" or an offset: without
// one, `new Date()` would read it in the machine's zone, which is exactly the
// ambiguity this module exists to avoid. We compute the instant ourselves
// instead of using Date.parse, whose leniency differs between engines (V8
// turns "2026-02-30T00:00Z" into 2 March) and this code also runs in browsers.
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/i;

/** Milliseconds since the epoch for a UTC calendar time, or NaN if any field is out of range. */
function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, ms = 0): number {
  if (hour > 23 || minute > 59 || second > 59) return Number.NaN;
  const d = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0-99 to 1900-1999.
  d.setUTCFullYear(year, month - 1, day);
  // Out-of-range days roll over into the next month; detect that.
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return Number.NaN;
  d.setUTCHours(hour, minute, second, ms);
  return d.getTime();
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // en-US with h23 only so every part is plain ASCII digits; the locale
    // does not leak into the output because we assemble the strings.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function invalid(input: unknown, why: string): Error {
  let shown: string;
  try {
    shown = input instanceof Date ? 'Invalid Date' : JSON.stringify(input) ?? String(input);
  } catch {
    shown = String(input);
  }
  return new RangeError(`Invalid date ${shown}: ${why}`);
}

function partsOf(input: DateInput, options: FormatDateOptions | undefined): DateParts {
  const timeZone = options?.timeZone ?? VIETNAM_TIME_ZONE;
  let ms: number;
  if (input instanceof Date) {
    ms = input.getTime();
    if (Number.isNaN(ms)) throw invalid(input, 'the Date object is invalid');
  } else if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw invalid(input, 'expected a finite number of milliseconds since the epoch');
    ms = input;
  } else if (typeof input === 'string') {
    const dateOnly = ISO_DATE.exec(input);
    if (dateOnly) {
      // A bare calendar date ("2026-11-21", e.g. a date-only CMS field) is
      // the same day everywhere: do not shift it through UTC midnight.
      const [year, month, day] = [Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3])];
      if (Number.isNaN(utcMs(year, month, day))) throw invalid(input, 'no such calendar day');
      return { year, month, day, hour: 0, minute: 0 };
    }
    const m = ISO_DATE_TIME.exec(input);
    if (!m) {
      throw invalid(input, 'expected ISO 8601 "YYYY-MM-DD" or a date-time with "Z" or an offset, e.g. "2026-11-21T14:05:00+07:00"');
    }
    const n = (i: number): number => Number(m[i] ?? 0);
    const fraction = Number((m[7] ?? '').padEnd(3, '0').slice(0, 3));
    const local = utcMs(n(1), n(2), n(3), n(4), n(5), n(6), fraction);
    const offsetMinutes = m[8] ? 0 : (m[9] === '-' ? -1 : 1) * (n(10) * 60 + n(11));
    if (Number.isNaN(local) || n(10) > 23 || n(11) > 59) throw invalid(input, 'a field is out of range');
    ms = local - offsetMinutes * 60_000;
  } else {
    throw invalid(input, 'expected a Date, an ISO 8601 string or a number');
  }
  if (Number.isNaN(new Date(ms).getTime())) throw invalid(input, 'outside the range of Date');

  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const p of formatterFor(timeZone).formatToParts(ms)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const { year, month, day, hour, minute } = parts;
  if (year === undefined || month === undefined || day === undefined || hour === undefined || minute === undefined) {
    // Only reachable with an exotic ICU build; fail loudly rather than print "undefined".
    throw new Error(`formatDate: Intl did not return all date parts for ${new Date(ms).toISOString()}`);
  }
  return { year, month, day, hour, minute };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function shortDate(p: DateParts): string {
  return `${pad2(p.day)}/${pad2(p.month)}/${p.year}`;
}

/**
 * "21/11/2026": day/month/year, day and month zero-padded, in Vietnam time
 * by default.
 *
 * Accepts a Date, epoch milliseconds, or an ISO 8601 string: either a bare
 * date "YYYY-MM-DD" (taken as that calendar day, no time-zone shift) or a
 * date-time with "Z"/offset.
 *
 * @throws {RangeError} on an invalid Date, a non-finite number, a malformed
 *   or offset-less date-time string, or a non-existent day ("2026-02-30").
 */
export function formatDateVi(date: DateInput, options?: FormatDateOptions): string {
  return shortDate(partsOf(date, options));
}

/** Options for {@link formatDateLongVi}. */
export interface FormatDateLongOptions extends FormatDateOptions {
  /**
   * Administrative style (Nghị định 30/2020/NĐ-CP): days below 10 and the
   * months 1 and 2 get a leading zero ("ngày 05 tháng 02 năm 2026"), as in
   * the councils' own decisions. Default false ("ngày 5 tháng 2 năm 2026").
   */
  administrative?: boolean;
}

/**
 * "ngày 21 tháng 11 năm 2026" (lower case, for running text; capitalise at
 * the start of a sentence yourself). Same inputs and errors as
 * {@link formatDateVi}.
 */
export function formatDateLongVi(date: DateInput, options?: FormatDateLongOptions): string {
  const p = partsOf(date, options);
  const admin = options?.administrative === true;
  const day = admin ? pad2(p.day) : String(p.day);
  const month = admin && p.month <= 2 ? pad2(p.month) : String(p.month);
  return `ngày ${day} tháng ${month} năm ${p.year}`;
}

/**
 * "14:05, 21/11/2026": 24-hour time first, then the date, as Vietnamese news
 * sites print it. A bare "YYYY-MM-DD" string gives "00:00, ...". Same
 * inputs and errors as {@link formatDateVi}.
 */
export function formatDateTimeVi(date: DateInput, options?: FormatDateOptions): string {
  const p = partsOf(date, options);
  return `${pad2(p.hour)}:${pad2(p.minute)}, ${shortDate(p)}`;
}

/**
 * "Thứ Bảy, 21/11/2026"; Sunday is "Chủ nhật, 22/11/2026". The weekday is
 * that of the calendar day in the chosen time zone. Same inputs and errors
 * as {@link formatDateVi}.
 */
export function formatWeekdayDateVi(date: DateInput, options?: FormatDateOptions): string {
  const p = partsOf(date, options);
  // The weekday of a calendar date does not depend on time zones, so compute
  // it in UTC from the zone-local year/month/day.
  const weekday = WEEKDAYS_VI[new Date(Date.UTC(p.year, p.month - 1, p.day)).getUTCDay()];
  return `${weekday}, ${shortDate(p)}`;
}
