/** The assignments written by the ingest (`content/data/assignments.json`), read once at build time. */
import { resolve } from 'node:path';
import { LEVELS, type AssignmentData, type AssignmentRole } from '../lib/contract';
import { LEVEL_LABELS } from '../lib/levels';
import { readJsonArrayLines } from '../lib/line-files';

/**
 * Every agency given a task, and every assignment: the agencies on the file's first line, one
 * assignment per line after it (read line by line, as the file can be longer than a string).
 */
export const assignments: AssignmentData = (() => {
  const file = readJsonArrayLines(resolve(process.cwd(), 'content/data/assignments.json'));
  const head = JSON.parse(`${file.open}${file.close}`) as Pick<AssignmentData, 'agencies'>;
  return { agencies: head.agencies, items: file.values as AssignmentData['items'] };
})();

/** A role in the clerk's words. */
export const ROLE_LABELS: Record<AssignmentRole, string> = {
  lead: 'Chủ trì',
  partner: 'Phối hợp',
  'receives-report': 'Nhận báo cáo',
};

/** The groups of `/don-vi/`: by level, then groups of agencies, then people. */
export const AGENCY_GROUPS = [
  ...LEVELS.map((level) => ({ key: level, label: LEVEL_LABELS[level] })),
  { key: 'nhom', label: 'Nhóm đơn vị (các sở, ngành…)' },
  { key: 'nguoi', label: 'Cá nhân' },
] as const;

/** The group an agency is listed in. */
export function groupOf(agency: AssignmentData['agencies'][number]): string {
  return agency.person ? 'nguoi' : (agency.level ?? 'nhom');
}

let byDocument: Map<string, AssignmentData['items']> | undefined;

/** A document's assignments, in the order of its text (grouped once per build). */
export function assignmentsOf(documentId: string): AssignmentData['items'] {
  if (!byDocument) {
    byDocument = new Map();
    for (const item of assignments.items) {
      const list = byDocument.get(item.document);
      if (list) list.push(item);
      else byDocument.set(item.document, [item]);
    }
  }
  return byDocument.get(documentId) ?? [];
}
