/**
 * Precision and recall of the assignments against a table read by hand
 * (`tests/fixtures/assignments/expected.json`): per document, the set of (agency, role, deadlines)
 * found against the set expected. Agencies compare folded, so a mark lost by OCR does not count.
 */
import type { AssignedDocument } from '../../../src/lib/contract.ts';
import { nameKey } from './agencies.ts';

/** One expected assignment. */
interface ExpectedAssignment {
  agency: string;
  role: string;
  deadlines?: string[];
}

/** The table: the source folders it covers and, per document id, what it must hold. */
export interface AssignmentTable {
  sources: string[];
  documents: Record<string, ExpectedAssignment[]>;
}

/** The outcome: counts and the differences, per document. */
export interface AssignmentScore {
  expected: number;
  found: number;
  right: number;
  /** `id: agency (role) [deadlines]` expected but not found. */
  missed: string[];
  /** Found but not expected. */
  extra: string[];
  /** Documents of the table the build did not produce. */
  absent: string[];
}

/**
 * Abbreviations a name is written with or without (`UBND` / `Ủy ban nhân dân`), folded: a table
 * read by hand may write either, and both name the same agency.
 */
const SHORT_FORMS: [RegExp, string][] = [
  [/\buy ban nhan dan\b/g, 'ubnd'],
  [/\bhoi dong nhan dan\b/g, 'hdnd'],
  [/\bmat tran to quoc(?: viet nam)?\b/g, 'mttq'],
];

/** The key an agency's name is compared by: folded, its abbreviations taken as the words. */
function agencyKey(name: string): string {
  return SHORT_FORMS.reduce((key, [long, short]) => key.replace(long, short), nameKey(name));
}

/** The key of what an assignment gives, whoever it is given to. */
const partKey = (role: string, deadlines: string[] = []) => `(${role}) [${deadlines.join(', ')}]`;

/** One assignment found: the names it may be written as in a table, and what it gives. */
interface Found {
  names: Set<string>;
  part: string;
  label: string;
}

/**
 * The document's assignments, one per agency, role and deadlines. A table may name an agency as
 * the archive files it (`Công an huyện Yên Thế`) or as the text writes it (`Công an huyện`): the
 * same agency either way.
 */
function foundOf(document: AssignedDocument): Found[] {
  const found = new Map<string, Found>();
  for (const a of document.assignments) {
    const part = partKey(a.role, a.deadlines);
    const filed = agencyKey(a.agency);
    const label = `${filed} ${part}`;
    const entry = found.get(label) ?? { names: new Set<string>(), part, label };
    entry.names.add(filed).add(agencyKey(a.written));
    found.set(label, entry);
  }
  return [...found.values()];
}

/** Scores the documents' assignments against the table. */
export function scoreAssignments(
  table: AssignmentTable,
  documents: AssignedDocument[],
): AssignmentScore {
  const byId = new Map(documents.map((d) => [d.id, d]));
  const score: AssignmentScore = {
    expected: 0,
    found: 0,
    right: 0,
    missed: [],
    extra: [],
    absent: [],
  };
  for (const [id, rows] of Object.entries(table.documents)) {
    const document = byId.get(id);
    if (!document) {
      score.absent.push(id);
      continue;
    }
    const want = new Map(
      rows.map((r) => {
        const part = partKey(r.role, r.deadlines);
        return [`${agencyKey(r.agency)} ${part}`, { name: agencyKey(r.agency), part }];
      }),
    );
    const got = foundOf(document);
    score.expected += want.size;
    score.found += got.length;
    const matched = new Set<Found>();
    // Rows named as the archive files them first, so that a row named as written takes what is left.
    const filed = new Set(got.map((f) => f.label));
    const rowsInOrder = [...want].sort(([a], [b]) => Number(!filed.has(a)) - Number(!filed.has(b)));
    for (const [label, row] of rowsInOrder) {
      const match =
        got.find((f) => !matched.has(f) && f.label === label) ??
        got.find((f) => !matched.has(f) && f.part === row.part && f.names.has(row.name));
      if (match) {
        matched.add(match);
        score.right++;
      } else score.missed.push(`${id}: ${label}`);
    }
    for (const f of got) if (!matched.has(f)) score.extra.push(`${id}: ${f.label}`);
  }
  return score;
}
