/**
 * A date range as index filters: whole years by `year`, whole months by `thang`, the days at the
 * ends by `ngay`, so the range costs a few filter values whatever its length.
 */

/** The earliest and latest dates an open range reaches. */
const EARLIEST = '1945-01-01';
const LATEST = '2099-12-31';

/** Days in a month (`month` 1-12). */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The days from `from` to `to` (same month, inclusive), as `YYYY-MM-DD`. */
function days(year: number, month: number, from: number, to: number): string[] {
  const out: string[] = [];
  for (let day = from; day <= to; day++) out.push(`${year}-${pad(month)}-${pad(day)}`);
  return out;
}

/** A range as filter values: whole years, whole months, single days. */
export interface RangeValues {
  year: string[];
  thang: string[];
  ngay: string[];
}

/** The filter values of a date range (either end may be empty); null when the range is empty. */
export function rangeValues(fromDate: string, toDate: string): RangeValues | null {
  const from = fromDate || EARLIEST;
  const to = toDate || LATEST;
  if (from > to) return null;
  const values: RangeValues = { year: [], thang: [], ngay: [] };
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  for (let year = fy; year <= ty; year++) {
    const firstMonth = year === fy ? fm : 1;
    const lastMonth = year === ty ? tm : 12;
    const wholeYear =
      firstMonth === 1 &&
      lastMonth === 12 &&
      (year !== fy || fd === 1) &&
      (year !== ty || td === 31);
    if (wholeYear) {
      values.year.push(String(year));
      continue;
    }
    for (let month = firstMonth; month <= lastMonth; month++) {
      const firstDay = year === fy && month === fm ? fd : 1;
      const lastDay = year === ty && month === tm ? td : daysIn(year, month);
      if (firstDay === 1 && lastDay === daysIn(year, month))
        values.thang.push(`${year}-${pad(month)}`);
      else values.ngay.push(...days(year, month, firstDay, lastDay));
    }
  }
  return values;
}

/** A date range as a Pagefind filter: any of its years, months or days. */
export function rangeFilter(values: RangeValues): { any: Record<string, { any: string[] }>[] } {
  return {
    any: (Object.entries(values) as [string, string[]][])
      .filter(([, list]) => list.length > 0)
      .map(([key, list]) => ({ [key]: { any: list } })),
  };
}
