/** Deadlines by month for `/han/`: one row per deadline (a task due on two dates is listed at each). */
import { assignments } from './assignments';
import type { AssignmentData } from '../lib/contract';

type Row = AssignmentData['items'][number];

let months: { month: string; rows: Row[] }[] | undefined;

/** The months that have deadlines, newest first, each with its rows in date order. */
export function deadlineMonths(): { month: string; rows: Row[] }[] {
  if (months) return months;
  const byMonth = new Map<string, (Row & { due: string })[]>();
  for (const item of assignments.items) {
    for (const due of item.deadlines) {
      const month = due.slice(0, 7);
      const list = byMonth.get(month) ?? [];
      list.push({ ...item, deadlines: [due], due });
      byMonth.set(month, list);
    }
  }
  months = [...byMonth]
    .sort(([a], [b]) => b.localeCompare(a))
    .map(([month, rows]) => ({
      month,
      rows: rows.sort(
        (a, b) => a.due.localeCompare(b.due) || a.agency.localeCompare(b.agency, 'vi'),
      ),
    }));
  return months;
}

/** Tasks that recur (`hằng tuần`) without a date. */
export function recurringTasks(): Row[] {
  return assignments.items.filter((i) => i.recurrence && i.deadlines.length === 0);
}
