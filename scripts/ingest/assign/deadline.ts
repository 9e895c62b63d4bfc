/**
 * Deadlines and recurrences in an assignment's words: `trước ngày 15/9/2021`, `xong trước ngày …`,
 * `từ nay đến ngày 30/8/2021`, `đến ngày 06/9/2021`, `trong tháng 9/2021`, `trước 30/8` (the year
 * of the document), and `hằng tuần`, `hằng ngày`, `2-3 ngày/lần` as recurrences. A date is kept as
 * precise as it is written: `2021-09` for a month.
 */
import { isoDate } from '../../../src/lib/vietnamese.ts';

/** What an assignment's words say about when. */
export interface When {
  /** The dates it must be done by, in text order (`2021-08-30`, `2021-09`). */
  deadlines: string[];
  /** The words that say so, joined (`từ nay đến ngày 30/8/2021; đến ngày 06/9/2021`). */
  text: string | null;
  /** How often (`hằng tuần`, `2-3 ngày/lần`), or null. */
  recurrence: string | null;
}

/**
 * `trước ngày 15/9/2021`, `đến ngày 30/8`, `trước 30/8/2021`, `chậm nhất ngày …`, `hạn … ngày …`,
 * `trước ngày 30 tháng 9 năm 2023`, `trước ngày 13.12.2007`, `trước 17 giờ ngày 15/10/2024`,
 * `đồng loạt trong ngày 28/4/2025` (all on that day); not the date figures are counted to (`số liệu chính xác đến ngày 31/12/2023`,
 * `tính đến ngày …`).
 */
const BY_DATE =
  /(?:(?:xong|hoàn thành)\s+)?(?:trước|(?<!(?:chính xác|tính|cập nhật|thống kê)\s+)đến|chậm nhất(?:\s+là)?|hạn(?:\s+cuối)?|muộn nhất|(?<=đồng loạt\s+)trong)\s+(?:\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?\s*,?\s*)?(?:(?:hết\s+)?ngày\s+)?(\d{1,2})(?:\s*\/\s*|\s+tháng\s+|\.(?=\d{1,2}\.\d{4}))(\d{1,2})(?:(?:\s*\/\s*|\.|\s+năm\s+)(\d{4}))?/giu;
/**
 * A time limit counted from the day the document is signed or issued (`trong thời hạn 30 ngày kể
 * từ ngày ký`, `không quá 02 tháng kể từ ngày ban hành Kế hoạch này`, `chậm nhất 15 ngày, kể từ
 * ngày Quyết định này có hiệu lực` is not: that day is not printed). Working days (`ngày làm việc`)
 * depend on holidays and are not counted.
 */
const FROM_ISSUE =
  /(?:trong(?:\s+thời hạn|\s+vòng)?|không quá|chậm nhất(?:\s+là)?|sau)\s+(?:không quá\s+)?(\d{1,3})\s+(ngày|tháng)(?!\s+làm việc)\s*,?\s*(?:kể\s+)?từ\s+(?:ngày|khi)\s+(?:ký|ban hành)(?:\s+(?:Quyết định|Kế hoạch|Chỉ thị|Công văn|văn bản|Thông báo|Nghị quyết)(?:\s+này)?)?(?![\p{L}])/giu;

/** The day `count` days or months after a date (`YYYY-MM-DD`); null for a date without its day. */
function dateAfter(issued: string, count: number, unit: string): string | null {
  const [y, m, d] = issued.split('-').map(Number);
  if (!y || !m || !d) return null;
  if (unit === 'ngày') return new Date(Date.UTC(y, m - 1, d + count)).toISOString().slice(0, 10);
  // A month later on a day the month lacks (`31/1` + 1 month) is that month's last day.
  const lastDay = new Date(Date.UTC(y, m - 1 + count + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m - 1 + count, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/**
 * `trong tháng 9/2021`, `trong tháng 9 năm 2021`, `trong tháng 9`; a report due at a meeting of a
 * month (`báo cáo Chính phủ tại phiên họp thường kỳ tháng 7 năm 2023`), or a task for a cell's
 * meeting of a month (`đưa … vào sinh hoạt chi bộ tháng 4/2024`).
 */
const IN_MONTH =
  /(?:trong|tại\s+(?:phiên họp|kỳ họp|hội nghị)(?:\s+\p{Ll}+){0,3}|vào\s+(?:kỳ\s+)?sinh hoạt(?:\s+chi bộ|\s+chi đoàn|\s+chi hội|\s+định kỳ){0,2})\s+tháng\s+(\d{1,2})(?:(?:\s*\/\s*|\s+năm\s+)(\d{4}))?/giu;
/**
 * `trong quý III/2024`, `Quý II năm 2024` (a plan table's cell): due at the quarter's last month;
 * not a quarter that names what a thing is for (`vật tư xét nghiệm quý II/2025`).
 */
const IN_QUARTER =
  /(?:(?<=^[\s(]*)|(?<=(?:trong|trước|vào|đến|hết|cuối|đầu|xong|thành|\d)\s+))quý\s+(IV|III|II|I|[1-4])\s*(?:\/|năm)\s*(\d{4})/giu;
/**
 * `… trong năm 2024.`, `trước cuối năm 2024`: due at the year's last month; only where the words
 * end the clause (`Dự án … trong năm 2022 thuộc Chương trình …` names a period, not a deadline).
 */
const IN_YEAR =
  /(?:(?:trong|(?:trước|đến)\s+cuối)\s+năm\s+(\d{4})(?=\s*(?:[.;,:)]|$))|tại\s+(?:kỳ|phiên)\s+họp(?:\s+\p{Ll}+){0,3}\s+cuối\s+năm\s+(\d{4}))/giu;
/** A deadline cell of a plan's table that names a whole year (`Năm 2024`): due at its last month. */
const WHOLE_YEAR = /^\s*(?:trong\s+)?năm\s+(\d{4})\s*$/iu;
/** A cell that gives a span of years (`2024 - 2025`, `Năm 2025-2030`): due at the last year's end. */
const YEARS = /^\s*(?:(?:trong\s+)?(?:năm|giai đoạn)\s+)?(\d{4})\s*[-–]\s*(\d{4})\s*$/iu;
/** `hằng năm` right after a date without its year. */
const EVERY_YEAR = /^\s*h[aằà]ng\s+năm(?![\p{L}])/iu;
const QUARTERS: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, 1: 1, 2: 2, 3: 3, 4: 4 };
/**
 * What is paid by the period (`trợ cấp hàng tháng`, `lương hằng tháng`): a monthly allowance, not a
 * task done every month.
 */
const PAID = String.raw`(?:trợ cấp|phụ cấp|lương|lương hưu|sinh hoạt phí|tiền tuất|tiền ăn)\s+`;
/** A recurrence word (`hằng tháng`, also spelt `hàng`) not after what is paid by the period. */
const every = (period: string) => new RegExp(`(?<!${PAID})h[aằà]ng\\s+${period}`, 'iu');
/** Recurrences. */
const RECURRENCES = [
  { pattern: every('ngày'), text: 'hằng ngày' },
  { pattern: every('tuần'), text: 'hằng tuần' },
  { pattern: every('tháng'), text: 'hằng tháng' },
  { pattern: every('quý'), text: 'hằng quý' },
  { pattern: /(?<=\d\s+)h[aằà]ng\s+năm/iu, text: 'hằng năm' },
  { pattern: /định\s+kỳ\s+(?:hằng\s+|hàng\s+)?(tuần|tháng|quý|năm)/iu, text: null },
  { pattern: /\d+\s*-\s*\d+\s+ngày\s*\/\s*lần|\d+\s+ngày\s*\/\s*lần/iu, text: null },
];

/**
 * Quarters listed in a time cell (`Quý III, IV/2026`), maybe with years after (`Quý IV/2026, 2027`:
 * the work goes on into 2027).
 */
const QUARTER_LIST =
  /^\s*quý\s+((?:[IV]{1,3}\s*,\s*)*[IV]{1,3})\s*\/\s*(\d{4})((?:\s*,\s*\d{4})*)\s*$/iu;

/** Where listed quarters are due: the last quarter's last month, or the end of the last year after them. */
function quartersDue(match: RegExpExecArray): string {
  const later = match[3]!.match(/\d{4}/g)?.at(-1);
  if (later) return `${later}-12`;
  const last = QUARTERS[match[1]!.split(',').at(-1)!.trim().toUpperCase()]!;
  return `${match[2]}-${String(last * 3).padStart(2, '0')}`;
}

/**
 * The deadline in a plan table's time column (`Quý II/2024`, `Tháng 5/2024`, `Trước 30/9/2024`,
 * `Năm 2024`); a period is due at its last month.
 */
export function whenInCell(text: string, issued: string | null): When {
  const whole = WHOLE_YEAR.exec(text);
  if (whole) return { deadlines: [`${whole[1]}-12`], text: text.trim(), recurrence: null };
  const years = YEARS.exec(text);
  if (years && Number(years[2]) >= Number(years[1]))
    return { deadlines: [`${years[2]}-12`], text: text.trim(), recurrence: null };
  const quarters = QUARTER_LIST.exec(text);
  if (quarters) return { deadlines: [quartersDue(quarters)], text: text.trim(), recurrence: null };
  const month = /^\s*(?:trong\s+)?tháng\s+(\d{1,2})\s*\/\s*(\d{4})\s*$/iu.exec(text);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12)
    return {
      deadlines: [`${month[2]}-${month[1]!.padStart(2, '0')}`],
      text: text.trim(),
      recurrence: null,
    };
  return whenIn(text, issued);
}

/**
 * The deadlines and recurrence in `text`; the date the document was `issued` fills the year of a
 * date written without one, and is the day a time limit counts from (`trong thời hạn 30 ngày kể
 * từ ngày ký`).
 */
export function whenIn(text: string, issued: string | null): When {
  const year = issued?.slice(0, 4) ?? null;
  const found: { at: number; date: string; words: string }[] = [];
  // Looked for only where a day of signing or issue is named: the pattern is costly at every clause.
  if (issued !== null && /từ\s+(?:ngày|khi)\s+(?:ký|ban hành)/u.test(text)) {
    for (const match of text.matchAll(FROM_ISSUE)) {
      const date = dateAfter(issued, Number(match[1]), match[2]!.toLowerCase());
      if (date) found.push({ at: match.index, date, words: match[0] });
    }
  }
  for (const match of text.matchAll(BY_DATE)) {
    // `trước ngày 30 tháng 6 hằng năm`: a day of every year, no date.
    if (!match[3] && EVERY_YEAR.test(text.slice(match.index + match[0].length))) continue;
    const y = match[3] ?? year;
    if (!y) continue;
    const date = isoDate(Number(match[1]), Number(match[2]), Number(y));
    if (date) found.push({ at: match.index, date, words: match[0] });
  }
  for (const match of text.matchAll(IN_MONTH)) {
    const y = match[2] ?? year;
    const month = Number(match[1]);
    if (!y || month < 1 || month > 12) continue;
    found.push({
      at: match.index,
      date: `${y}-${String(month).padStart(2, '0')}`,
      words: match[0],
    });
  }
  for (const match of text.matchAll(IN_QUARTER)) {
    const quarter = QUARTERS[match[1]!.toUpperCase()]!;
    found.push({
      at: match.index,
      date: `${match[2]}-${String(quarter * 3).padStart(2, '0')}`,
      words: match[0],
    });
  }
  // `báo cáo … tại kỳ họp thường lệ cuối năm 2025`: due at that year's last month too.
  for (const match of text.matchAll(IN_YEAR))
    found.push({ at: match.index, date: `${match[1] ?? match[2]}-12`, words: match[0] });
  found.sort((a, b) => a.at - b.at);
  let recurrence: string | null = null;
  for (const { pattern, text: words } of RECURRENCES) {
    const match = pattern.exec(text);
    if (match) {
      recurrence = words ?? match[0].replace(/\s+/g, ' ');
      break;
    }
  }
  const deadlines = [...new Set(found.map((f) => f.date))];
  return {
    deadlines,
    text: found.length > 0 ? found.map((f) => f.words).join('; ') : null,
    recurrence,
  };
}

/** Whether the words say by when or how often (`… trước ngày 10/12`, `hằng tháng`), whatever the year. */
export function saysWhen(text: string): boolean {
  const when = whenIn(text, '2000-01-01');
  return when.deadlines.length > 0 || when.recurrence !== null;
}
