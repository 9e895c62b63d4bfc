/**
 * Comparing the metadata the reader gives with a table read by hand (`npm run eval`): which
 * fields are measured, how a table is read, and when two values count as the same.
 */
import { unifyDashes } from './text.ts';
import { fold } from '../../src/lib/vietnamese.ts';

/** The fields a hand-read table gives for each document. */
export const EVAL_FIELDS = ['number', 'type', 'issuer', 'date', 'title', 'signer'] as const;
/** One measured field. */
export type EvalField = (typeof EVAL_FIELDS)[number];
/** How one value compares: the same as read by hand, different, or not given where the hand gives one. */
export type Verdict = 'right' | 'wrong' | 'missing';

/** One row of a hand-read table: the file and the fields read from it (a field absent is not measured). */
export interface ExpectedRow {
  file: string;
  values: Partial<Record<EvalField, string | null>>;
}

/**
 * Reads a hand-read table: a list of `{ file, number, type, … }` rows, or an object keyed by file
 * name (the fixtures' `expected.json`, whose `_comment` key and extra fields are passed over).
 */
export function readExpectedTable(json: unknown): ExpectedRow[] {
  const rows: [string, Record<string, unknown>][] = Array.isArray(json)
    ? json.map((row: Record<string, unknown>) => [String(row['file']), row])
    : Object.entries(json as Record<string, unknown>)
        .filter(
          ([key, value]) => !key.startsWith('_') && value !== null && typeof value === 'object',
        )
        .map(([key, value]) => [key, value as Record<string, unknown>]);
  return rows.map(([file, row]) => {
    const values: ExpectedRow['values'] = {};
    for (const field of EVAL_FIELDS) {
      if (field in row) values[field] = row[field] === null ? null : String(row[field]);
    }
    return { file, values };
  });
}

/** Lower case, NFC, one kind of quote and dash, single spaces, no closing punctuation. */
function loose(text: string): string {
  return unifyDashes(text.normalize('NFC'))
    .toLocaleLowerCase('vi')
    .replace(/[“”„‟"«»]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/\s*-\s*/g, ' - ')
    .replace(/[\s.,;:…]+$/u, '')
    .trim();
}

/** A number as a key without hyphens, spaces, marks or case: `337-KH/TWĐTN-MTTN` = `337KH/TWĐTNMTTN`. */
function numberShape(text: string): string {
  return fold(unifyDashes(text)).toUpperCase().replace(/[\s-]/g, '');
}

/** True when two values of a field are the same for a reader of the archive. */
function same(field: EvalField, want: string, got: string): boolean {
  switch (field) {
    case 'number':
      return numberShape(want) === numberShape(got);
    case 'date':
      return want === got;
    case 'signer': {
      // A joint document has two signers: either one is right.
      const wanted = want.split(';').map(loose);
      return got
        .split(';')
        .map(loose)
        .some((name) => wanted.includes(name));
    }
    case 'title': {
      // A hand-read title ending in `…` was cut short by the reader: a value that opens with it is right.
      const cut = /…\s*$/u.test(want);
      return cut ? loose(got).startsWith(loose(want)) : loose(want) === loose(got);
    }
    default:
      return loose(want) === loose(got);
  }
}

/** How the reader's value of a field compares with the hand-read one. */
export function compareField(field: EvalField, want: string | null, got: string | null): Verdict {
  if (want === null) return got === null ? 'right' : 'wrong';
  if (got === null) return 'missing';
  return same(field, want, got) ? 'right' : 'wrong';
}
