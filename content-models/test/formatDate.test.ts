import { describe, expect, it } from 'vitest';
import {
  VIETNAM_TIME_ZONE,
  formatDateLongVi,
  formatDateTimeVi,
  formatDateVi,
  formatWeekdayDateVi,
  type DateInput,
} from '../src/text/formatDate.ts';

// 14:05 on Saturday 21 November 2026 in Vietnam (UTC+7).
const SATURDAY_1405_VN = '2026-11-21T07:05:00Z';

describe('Vietnamese date formatting', () => {
  it('defaults to the Vietnam time zone', () => {
    expect(VIETNAM_TIME_ZONE).toBe('Asia/Ho_Chi_Minh');
  });

  describe.each<[string, DateInput]>([
    ['an ISO string in UTC', SATURDAY_1405_VN],
    ['an ISO string with a +07:00 offset', '2026-11-21T14:05:00+07:00'],
    ['an ISO string with a compact +0700 offset', '2026-11-21T14:05+0700'],
    ['an ISO string with fractional seconds', '2026-11-21T07:05:00.123456Z'],
    ['a Date', new Date(SATURDAY_1405_VN)],
    ['epoch milliseconds', Date.parse(SATURDAY_1405_VN)],
  ])('given %s', (_label, input) => {
    it('formats the short date as dd/mm/yyyy', () => {
      expect(formatDateVi(input)).toBe('21/11/2026');
    });
    it('formats the long date as "ngày d tháng m năm yyyy"', () => {
      expect(formatDateLongVi(input)).toBe('ngày 21 tháng 11 năm 2026');
    });
    it('formats date and time as "HH:mm, dd/mm/yyyy"', () => {
      expect(formatDateTimeVi(input)).toBe('14:05, 21/11/2026');
    });
    it('formats the weekday and date', () => {
      expect(formatWeekdayDateVi(input)).toBe('Thứ Bảy, 21/11/2026');
    });
  });

  it.each([
    ['2026-11-21T18:30:00Z', '22/11/2026', '01:30, 22/11/2026', 'Chủ nhật, 22/11/2026'],
    ['2026-11-21T16:59:59Z', '21/11/2026', '23:59, 21/11/2026', 'Thứ Bảy, 21/11/2026'],
    ['2026-11-21T17:00:00Z', '22/11/2026', '00:00, 22/11/2026', 'Chủ nhật, 22/11/2026'],
    ['2026-12-31T17:00:00Z', '01/01/2027', '00:00, 01/01/2027', 'Thứ Sáu, 01/01/2027'],
  ])('uses the calendar day in Vietnam, not in UTC: %s', (iso, date, dateTime, weekday) => {
    expect(formatDateVi(iso)).toBe(date);
    expect(formatDateTimeVi(iso)).toBe(dateTime);
    expect(formatWeekdayDateVi(iso)).toBe(weekday);
  });

  it.each([
    ['2026-11-23', 'Thứ Hai'],
    ['2026-11-24', 'Thứ Ba'],
    ['2026-11-25', 'Thứ Tư'],
    ['2026-11-26', 'Thứ Năm'],
    ['2026-11-27', 'Thứ Sáu'],
    ['2026-11-28', 'Thứ Bảy'],
    ['2026-11-29', 'Chủ nhật'],
  ])('names the weekday of %s "%s"', (day, weekday) => {
    expect(formatWeekdayDateVi(day)).toBe(`${weekday}, ${day.slice(8, 10)}/11/2026`);
  });

  it('takes a bare YYYY-MM-DD as that calendar day in any time zone', () => {
    expect(formatDateVi('2026-11-21')).toBe('21/11/2026');
    expect(formatDateVi('2026-11-21', { timeZone: 'America/Los_Angeles' })).toBe('21/11/2026');
    expect(formatDateTimeVi('2026-11-21')).toBe('00:00, 21/11/2026');
  });

  it('honours an explicit time zone', () => {
    expect(formatDateTimeVi('2026-11-21T18:30:00Z', { timeZone: 'UTC' })).toBe('18:30, 21/11/2026');
    expect(formatDateTimeVi('2026-11-21T18:30:00Z', { timeZone: 'Europe/Paris' })).toBe('19:30, 21/11/2026');
  });

  it('zero-pads day, month, hour and minute in the short forms', () => {
    expect(formatDateTimeVi('2026-01-04T01:02:00+07:00')).toBe('01:02, 04/01/2026');
  });

  it.each<[string, boolean | undefined, string]>([
    ['2026-01-05', undefined, 'ngày 5 tháng 1 năm 2026'],
    ['2026-01-05', true, 'ngày 05 tháng 01 năm 2026'],
    ['2026-02-15', true, 'ngày 15 tháng 02 năm 2026'],
    ['2026-03-09', true, 'ngày 09 tháng 3 năm 2026'],
    ['2026-11-21', true, 'ngày 21 tháng 11 năm 2026'],
  ])('writes the long form of %s (administrative: %s) as %j', (day, administrative, expected) => {
    expect(formatDateLongVi(day, administrative === undefined ? undefined : { administrative })).toBe(expected);
  });

  it('does not depend on the machine time zone', () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'America/New_York';
      expect(formatDateTimeVi('2026-11-21T18:30:00Z')).toBe('01:30, 22/11/2026');
    } finally {
      process.env.TZ = saved;
    }
  });

  it.each<[string, unknown]>([
    ['an invalid Date', new Date('nope')],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['an empty string', ''],
    ['a non-ISO string', '21/11/2026'],
    ['free text', 'hôm qua'],
    ['a date-time without offset (ambiguous)', '2026-11-21T14:05:00'],
    ['a day that does not exist', '2026-02-30'],
    ['a date-time on a day that does not exist', '2026-02-30T00:00:00Z'],
    ['hour 24', '2026-11-21T24:00:00Z'],
    ['month 13', '2026-13-01T00:00:00Z'],
    ['null', null],
    ['an object', {}],
  ])('throws a clear error for %s', (_label, input) => {
    for (const format of [formatDateVi, formatDateLongVi, formatDateTimeVi, formatWeekdayDateVi]) {
      expect(() => format(input as DateInput)).toThrow(/^Invalid date .+: .+/);
    }
  });

  it('rejects an unknown time zone', () => {
    expect(() => formatDateVi(SATURDAY_1405_VN, { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});
