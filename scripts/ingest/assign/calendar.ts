/**
 * Deadlines as calendars (iCalendar, written with ical-generator): one file per agency with a
 * whole-day event on each date it must have done something by, which a calendar program can
 * subscribe to. Deterministic: the same archive gives the same files.
 */
import ical from 'ical-generator';
import type { AssignmentData } from '../../../src/lib/contract.ts';
import { formatDate } from '../../../src/lib/vietnamese.ts';

const ROLE_WORDS = { lead: 'chủ trì', partner: 'phối hợp', 'receives-report': 'nhận báo cáo' };

/** `2021-09-15` → that day; `2021-09` → the month's last day (a deadline "trong tháng 9"). */
function deadlineDay(date: string): Date {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number?];
  return new Date(Date.UTC(year, day ? month - 1 : month, day ?? 0));
}

/** The calendar of one agency's deadlines (`items`: its assignments), or null when it has none. */
export function agencyCalendar(
  agency: AssignmentData['agencies'][number],
  items: AssignmentData['items'],
  base: string,
): string | null {
  const dated = items.filter((i) => i.deadlines.length > 0);
  if (dated.length === 0) return null;
  const calendar = ical({ name: `Hạn của ${agency.name}`, prodId: '//kho-van-ban//giao-viec//VI' });
  dated.forEach((item, k) => {
    for (const date of item.deadlines) {
      const page = `${base}van-ban/${item.document}/${item.anchor ? `#${item.anchor}` : ''}`;
      calendar.createEvent({
        id: `${item.document}-${k}-${date}@kho-van-ban`,
        start: deadlineDay(date),
        allDay: true,
        stamp: deadlineDay(
          item.documentDate && item.documentDate.length === 10 ? item.documentDate : date,
        ),
        summary: `Hạn (${ROLE_WORDS[item.role]}): ${item.task.slice(0, 120)}`,
        description: [
          `${item.documentLabel}${item.documentDate ? ` ${formatDate(item.documentDate)}` : ''}`,
          item.issuer ?? '',
          item.deadlineText ?? '',
          item.task,
          page,
        ]
          .filter(Boolean)
          .join('\n'),
      });
    }
  });
  return calendar.toString();
}
