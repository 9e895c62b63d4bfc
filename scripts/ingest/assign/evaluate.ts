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

/** The key an assignment is compared by. */
function keyOf(agency: string, role: string, deadlines: string[] = []): string {
  return `${nameKey(agency)} (${role}) [${deadlines.join(', ')}]`;
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
    const want = new Set(rows.map((r) => keyOf(r.agency, r.role, r.deadlines)));
    const got = new Set(document.assignments.map((a) => keyOf(a.agency, a.role, a.deadlines)));
    score.expected += want.size;
    score.found += got.size;
    for (const key of want) {
      if (got.has(key)) score.right++;
      else score.missed.push(`${id}: ${key}`);
    }
    for (const key of got) if (!want.has(key)) score.extra.push(`${id}: ${key}`);
  }
  return score;
}
