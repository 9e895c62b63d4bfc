/** Dates as Vietnamese documents write them: `ngày 24 tháng 8 năm 2021`, `20/9/2021`, `21/09/2021`. */

/** A calendar date as `YYYY-MM-DD`, or null when the parts are not a real date. */
export function isoDate(day: number, month: number, year: number): string | null {
  if (year < 1945 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `ngày 24 tháng 8 năm 2021` anywhere in the text (the long form of headers). */
export const LONG_DATE = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;

/** `20/9/2021` or `20-9-2021` (the short form of running text). */
export const SHORT_DATE = /(?<![\d/])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/])/u;

/** The first date in the text, long or short form, as `YYYY-MM-DD`. */
export function parseDate(text: string): string | null {
  const long = LONG_DATE.exec(text);
  const short = SHORT_DATE.exec(text);
  const first = long && short ? (long.index <= short.index ? long : short) : (long ?? short);
  if (!first) return null;
  return isoDate(Number(first[1]), Number(first[2]), Number(first[3]));
}

/**
 * A date as printed, with the parts the original left blank left out: `2022-09-05`, `2022-09`
 * (`ngày … tháng 9 năm 2022`) or `2022` (`ngày … tháng … năm 2022`); null when not a real date.
 */
export function partialDate(day: number | null, month: number | null, year: number): string | null {
  if (day !== null && month !== null) return isoDate(day, month, year);
  if (year < 1945 || year > 2100) return null;
  if (month === null) return String(year);
  return month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, '0')}` : null;
}

/** True for a date whose day (or month) was left blank: `2022-09`, `2022`. */
export function isPartialDate(date: string): boolean {
  return date.length < 10;
}

/**
 * A date the way a Vietnamese reader writes it: `2021-09-20` → `ngày 20/9/2021`, `2022-09` →
 * `tháng 9/2022`, `2022` → `năm 2022`; null → empty.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const [year, month, day] = iso.split('-');
  if (!month) return `năm ${year}`;
  if (!day) return `tháng ${Number(month)}/${year}`;
  return `ngày ${Number(day)}/${Number(month)}/${year}`;
}

/** `2021-09-20` → `20/9/2021` (in lists and tables); a partial date keeps its words: `tháng 9/2022`. */
export function displayDate(iso: string | null | undefined): string {
  return formatDate(iso).replace(/^ngày /, '');
}
