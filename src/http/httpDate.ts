// HTTP-date per RFC 9110 §5.6.7: IMF-fixdate is the one format senders must generate; recipients also
// accept the obsolete rfc850-date and asctime-date formats, which we parse but report as obsolete.
// Strict on purpose: exact day and month names (case-sensitive), "GMT", two-digit day, single spaces,
// real calendar dates and in-range times.
//
//   IMF-fixdate  = day-name "," SP date1 SP time-of-day SP GMT      Sun, 06 Nov 1994 08:49:37 GMT
//   rfc850-date  = day-name-l "," SP date2 SP time-of-day SP GMT    Sunday, 06-Nov-94 08:49:37 GMT
//   asctime-date = day-name SP date3 SP time-of-day SP year         Sun Nov  6 08:49:37 1994

export type HttpDateFormat = 'imf-fixdate' | 'rfc850' | 'asctime';

export type HttpDateResult =
  | {
      ok: true;
      date: Date;
      format: HttpDateFormat;
      /** False when the day name does not match the calendar date (still a syntactically valid HTTP-date). */
      dayNameMatches: boolean;
    }
  | { ok: false; reason: string };

export const DAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const DAY_NAMES_LONG = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
export const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

const IMF_FIXDATE = /^([A-Za-z]{3}), (\d{2}) ([A-Za-z]{3}) (\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const RFC850 = /^([A-Za-z]+), (\d{2})-([A-Za-z]{3})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) GMT$/;
const ASCTIME = /^([A-Za-z]{3}) ([A-Za-z]{3}) ( \d|\d{2}) (\d{2}):(\d{2}):(\d{2}) (\d{4})$/;

export interface HttpDateOptions {
  /** "Now", for interpreting the two-digit years of rfc850-date (RFC 9110 §5.6.7). Default: the current time. */
  now?: Date;
}

/** Parses an HTTP-date. Never throws; `reason` says what is wrong in words. */
export function parseHttpDate(value: string, options: HttpDateOptions = {}): HttpDateResult {
  if (typeof value !== 'string') return { ok: false, reason: 'not a string' };
  if (value.length > 64) return { ok: false, reason: 'too long to be an HTTP-date' };
  const text = value;
  if (text.trim() === '') return { ok: false, reason: 'the value is empty' };

  let m = IMF_FIXDATE.exec(text);
  if (m) {
    return build(
      'imf-fixdate',
      m[1]!,
      DAY_NAMES,
      Number(m[2]),
      m[3]!,
      Number(m[4]),
      Number(m[5]),
      Number(m[6]),
      Number(m[7]),
    );
  }
  m = RFC850.exec(text);
  if (m) {
    const yy = Number(m[4]);
    const year = fourDigitYear(yy, options.now ?? new Date());
    return build('rfc850', m[1]!, DAY_NAMES_LONG, Number(m[2]), m[3]!, year, Number(m[5]), Number(m[6]), Number(m[7]));
  }
  m = ASCTIME.exec(text);
  if (m) {
    return build('asctime', m[1]!, DAY_NAMES, Number(m[3]!.trim()), m[2]!, Number(m[7]), Number(m[4]), Number(m[5]), Number(m[6]));
  }
  return { ok: false, reason: describeMismatch(text) };
}

/** Formats a Date as an IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT"). */
export function formatHttpDate(date: Date): string {
  return date.toUTCString();
}

// RFC 9110 §5.6.7: a two-digit year that appears to be more than 50 years in the future is in the past
// century with the same last two digits.
function fourDigitYear(yy: number, now: Date): number {
  const current = now.getUTCFullYear();
  let year = Math.floor(current / 100) * 100 + yy;
  if (year > current + 50) year -= 100;
  return year;
}

function build(
  format: HttpDateFormat,
  dayName: string,
  dayNames: readonly string[],
  day: number,
  monthName: string,
  year: number,
  hour: number,
  minute: number,
  second: number,
): HttpDateResult {
  const weekday = dayNames.indexOf(dayName);
  if (weekday < 0) {
    const expected = dayNames === DAY_NAMES ? 'Mon, Tue, Wed, Thu, Fri, Sat or Sun' : 'Monday … Sunday';
    return { ok: false, reason: `"${dayName}" is not a day name (${expected}, case-sensitive)` };
  }
  const month = MONTH_NAMES.indexOf(monthName as (typeof MONTH_NAMES)[number]);
  if (month < 0) return { ok: false, reason: `"${monthName}" is not a month name (Jan … Dec, case-sensitive)` };
  if (day < 1 || day > daysIn(year, month)) return { ok: false, reason: `day ${day} does not exist in ${monthName} ${year}` };
  if (hour > 23) return { ok: false, reason: `hour ${hour} is out of range (00–23)` };
  if (minute > 59) return { ok: false, reason: `minute ${minute} is out of range (00–59)` };
  // 60 is allowed for a leap second (RFC 9110 §5.6.7); Date rolls it into the next minute.
  if (second > 60) return { ok: false, reason: `second ${second} is out of range (00–60)` };
  const midnight = new Date(Date.UTC(2000, 0, 1));
  // Date.UTC maps years 0–99 to 1900–1999; set the year explicitly.
  midnight.setUTCFullYear(year, month, day);
  const date = new Date(midnight.getTime() + ((hour * 60 + minute) * 60 + second) * 1000);
  return { ok: true, date, format, dayNameMatches: midnight.getUTCDay() === weekday };
}

function daysIn(year: number, month: number): number {
  if (month === 1) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month]!;
}

// Says, for common mistakes, what is wrong; otherwise a generic reason.
function describeMismatch(text: string): string {
  if (/^-?\d+$/.test(text)) return `"${text}" is a number, not an HTTP-date`;
  if (/^\d{4}-\d{2}-\d{2}T/.test(text)) return 'an ISO 8601 timestamp is not an HTTP-date';
  if (/ (UTC|UT|Z|[+-]\d{4})$/.test(text)) return 'the time zone must be written "GMT"';
  if (/^[A-Za-z]{3}, \d \w{3} /.test(text)) return 'the day of the month must have two digits';
  if (/^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{2} /.test(text)) return 'the year must have four digits';
  if (/\s{2,}/.test(text) && !/^[A-Za-z]{3} [A-Za-z]{3}  \d /.test(text)) return 'the value has extra whitespace';
  return 'not in IMF-fixdate form ("Sun, 06 Nov 1994 08:49:37 GMT")';
}
