/**
 * Corpus-wide work, done once: identity of attached documents without a header, stable ids,
 * citation targets, cited-by lists, the documents cited but missing, date conflicts, duplicates.
 */
import type {
  CitationKind,
  DateConflict,
  Duplicate,
  InferableField,
  Unresolved,
} from '../../src/lib/contract.ts';
import type { Citation } from './cite.ts';
import { NOTES_ABOUT, warning, withoutWarnings } from './warnings.ts';
import type { Description } from './describe.ts';
import { issuerOfNumber, type DocumentNumber } from './number.ts';
import { localName } from './issuer.ts';
import { fold, slugify } from '../../src/lib/vietnamese.ts';

/** One document as parsed, before the corpus is resolved. */
export interface Draft {
  file: string;
  fromLine: number;
  toLine: number;
  /** Position of the document in its file (0 = first). */
  position: number;
  description: Description;
  citations: Citation[];
  id: string;
  /** For a secondary copy of a document found in several places: the id of the canonical copy. */
  copyOf?: string;
}

/** A resolved citation: the cited number and, when it is in the archive, the id of its document. */
export interface ResolvedCitation {
  citation: Citation;
  target: string | null;
  /** Anchor of the entry on the missing-documents page, for unresolved citations. */
  missingAnchor: string;
}

/** The result of resolving a corpus. */
export interface Resolution {
  citations: Map<Draft, ResolvedCitation[]>;
  citedBy: Map<string, { id: string; kinds: CitationKind[] }[]>;
  unresolved: Unresolved[];
  conflicts: DateConflict[];
  duplicates: Duplicate[];
}

/** Year of a `YYYY-MM-DD` date, or null. */
function yearOf(date: string | null): string | null {
  return date ? date.slice(0, 4) : null;
}

/** The key under which a number is looked up: Party numbers alone, state numbers with their year. */
function lookupKey(number: DocumentNumber, year: string | null): string {
  if (number.party || number.year) return number.key;
  return `${number.key}@${year ?? '?'}`;
}

/** An issuer taken from the covering letter also answers the note on what it is attached to. */
const ISSUER_NOT_READ = [...NOTES_ABOUT.issuer, 'attachment-without-header'] as const;

/**
 * Gives a headerless attached document the identity its covering letter states:
 * `Thực hiện Thông báo số 495-TB/TU ngày 20/9/2021 … (gửi kèm bản chụp)`.
 */
export function inferAttachedIdentity(drafts: Draft[]): void {
  for (const draft of drafts) {
    const described = draft.description;
    if (described.number || draft.position === 0) continue;
    const previous = drafts.find((d) => d.file === draft.file && d.position === draft.position - 1);
    if (!previous) continue;
    const attached = previous.citations.filter(
      (c) => c.kind === 'attached' && (!described.type || !c.type || c.type === described.type),
    );
    const source = attached[attached.length - 1];
    if (!source) continue;
    const inferredFields: InferableField[] = ['number'];
    described.number = source.number;
    described.warnings = withoutWarnings(described.warnings, ['number-missing']);
    if (!described.type && source.type) {
      described.type = source.type;
      inferredFields.push('type');
    }
    if (source.date && (described.inferred.includes('date') || !described.date)) {
      described.date = source.date;
      described.warnings = withoutWarnings(described.warnings, NOTES_ABOUT.date);
      inferredFields.push('date');
    }
    const code = issuerOfNumber(source.number);
    if (code && (!described.issuer || described.inferred.includes('issuer'))) {
      const place = previous.description.place ?? described.place;
      described.issuer = code.local
        ? localName(code.name, place, code.level === 'Quận-huyện')
        : code.name;
      described.level = code.level;
      described.party = code.party;
      described.warnings = withoutWarnings(described.warnings, ISSUER_NOT_READ);
      inferredFields.push('issuer');
    }
    described.inferred = [...new Set([...described.inferred, ...inferredFields])];
    const label = previous.description.number?.display ?? 'văn bản đứng trước';
    described.warnings.unshift(
      warning('identity-from-covering-letter', {
        fields: inferredFields,
        cover: label,
        citation: source.text.replace(/\s+/g, ' '),
      }),
    );
  }
}

/**
 * Gives a document issued with another and printed without a header of its own (a plan under `(Kèm
 * theo Quyết định số 2200/QĐ-BNNMT ngày … của Bộ trưởng …)`, after that decision in the same file)
 * the decision's issuer and date, inferred. Its number stays its own: it has none.
 */
export function inferIssuedWith(drafts: Draft[]): void {
  for (const draft of drafts) {
    const described = draft.description;
    if (!described.warnings.some((w) => w.code === 'attachment-without-header')) continue;
    if (described.number || (described.issuer && described.date)) continue;
    const parent = drafts.find(
      (p) =>
        p.file === draft.file &&
        p.position < draft.position &&
        p.description.number &&
        p.description.issuer &&
        draft.citations.some((c) => c.number.key === p.description.number!.key),
    )?.description;
    if (!parent) continue;
    const fields: InferableField[] = [];
    if (!described.issuer) {
      described.issuer = parent.issuer;
      described.level = parent.level;
      described.party = parent.party;
      described.place ??= parent.place;
      described.warnings = withoutWarnings(described.warnings, NOTES_ABOUT.issuer);
      fields.push('issuer');
    }
    if (!described.date && parent.date) {
      described.date = parent.date;
      described.warnings = withoutWarnings(described.warnings, NOTES_ABOUT.date);
      fields.push('date');
    }
    described.inferred = [...new Set([...described.inferred, ...fields])];
  }
}

/** The base of a document's id: number and year, else type, date and first words of the title. */
function baseId(draft: Draft): string {
  const d = draft.description;
  const year = yearOf(d.date);
  if (d.number)
    return slugify(`${d.number.display}${d.number.year || !year ? '' : ` ${year}`}`) || 'van-ban';
  return slugify(`${d.type ?? 'van ban'} ${d.date ?? ''} ${d.title ?? ''}`, 72) || 'van-ban';
}

/** Folded words of a title, for comparing two readings of one document. */
function titleWords(title: string | null): Set<string> {
  return new Set(
    fold(title ?? '')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter(Boolean),
  );
}

/** True when two documents with one number are copies of one document: same date (if both say) and close titles. */
function sameDocument(a: Draft, b: Draft): boolean {
  const da = a.description;
  const db = b.description;
  if (
    da.date &&
    db.date &&
    da.date !== db.date &&
    !da.inferred.includes('date') &&
    !db.inferred.includes('date')
  )
    return false;
  if (da.type && db.type && da.type !== db.type) return false;
  const wa = titleWords(da.title);
  const wb = titleWords(db.title);
  if (wa.size === 0 || wb.size === 0) return true;
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / Math.min(wa.size, wb.size) >= 0.6;
}

/**
 * Which copy is canonical, best first: its number read from its own header, fewer inferred
 * fields, the original rather than a certified copy (`SAO Y`), a document that opens its file
 * rather than one attached inside a bundle, fewer warnings.
 */
function completeness(draft: Draft): number[] {
  const d = draft.description;
  return [
    d.inferred.includes('number') ? 1 : 0,
    d.inferred.length,
    d.copy ? 1 : 0,
    draft.position > 0 ? 1 : 0,
    d.warnings.length,
  ];
}

function compareCompleteness(a: Draft, b: Draft): number {
  const ca = completeness(a);
  const cb = completeness(b);
  for (let i = 0; i < ca.length; i++) if (ca[i] !== cb[i]) return ca[i]! - cb[i]!;
  return 0;
}

/**
 * Stable, URL-safe, unique ids: from number and year, else from type, date and title. Of several
 * copies of one document, the most complete takes the id, so its URL is the document's whatever
 * files are added; the other copies get `-2`, `-3`… and point to it.
 */
export function assignIds(drafts: Draft[]): Duplicate[] {
  const { groups, copies } = groupSameNumbers(drafts);
  for (const [draft, id] of idsOf(drafts, copies)) draft.id = id;
  return groups.map((group) => flagDuplicates(group, copies.has(group[1]!)));
}

/** The id each document would get as the corpus stands, without changing anything. */
export function plannedIds(drafts: Draft[]): Map<Draft, string> {
  return idsOf(drafts, groupSameNumbers(drafts).copies);
}

/** Ids: every document that is not a secondary copy takes its base id first, in file order. */
function idsOf(drafts: Draft[], copies: Set<Draft>): Map<Draft, string> {
  const ids = new Map<Draft, string>();
  const used = new Set<string>();
  const take = (draft: Draft) => {
    const base = baseId(draft);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(draft, id);
  };
  for (const draft of drafts) if (!copies.has(draft)) take(draft);
  for (const draft of drafts) if (copies.has(draft)) take(draft);
  return new Map(drafts.map((draft) => [draft, ids.get(draft)!]));
}

/**
 * Documents with the same number (and year), in groups led by the most complete: copies of one
 * document, and different documents sharing a number (in file order, as their ids go).
 */
function groupSameNumbers(drafts: Draft[]): { groups: Draft[][]; copies: Set<Draft> } {
  const byKey = new Map<string, Draft[]>();
  for (const draft of drafts) {
    const number = draft.description.number;
    if (!number) continue;
    const key = lookupKey(number, yearOf(draft.description.date));
    byKey.set(key, [...(byKey.get(key) ?? []), draft]);
  }
  const copies = new Set<Draft>();
  const groups: Draft[][] = [];
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const ranked = [...group].sort(compareCompleteness);
    const canonical = ranked[0]!;
    const same = ranked.slice(1).filter((other) => sameDocument(canonical, other));
    const different = ranked.slice(1).filter((other) => !same.includes(other));
    if (same.length > 0) {
      groups.push([canonical, ...same]);
      for (const copy of same) copies.add(copy);
    }
    if (different.length > 0)
      groups.push([canonical, ...different].sort((a, b) => drafts.indexOf(a) - drafts.indexOf(b)));
  }
  return { groups, copies };
}

/** Marks a group's copies as copies of the first, or flags every document of a shared number. */
function flagDuplicates([canonical, ...others]: Draft[], isCopy: boolean): Duplicate {
  for (const other of others) {
    if (isCopy) {
      other.copyOf = canonical!.id;
      other.description.warnings.push(
        warning('duplicate-copy', {
          canonical: canonical!.id,
          file: canonical!.file,
          fromLine: canonical!.fromLine,
          toLine: canonical!.toLine,
        }),
      );
    } else {
      const shared = (a: Draft, b: Draft) =>
        warning('shared-number', {
          number: a.description.number!.display,
          other: b.id,
          file: b.file,
        });
      other.description.warnings.push(shared(other, canonical!));
      canonical!.description.warnings.push(shared(canonical!, other));
    }
  }
  return {
    number: canonical!.description.number!.display,
    canonical: canonical!.id,
    others: others.map((o) => o.id),
    sameDocument: isCopy,
  };
}

/** What the corpus learns from its citations, gathered citation by citation. */
interface Ledger {
  citedBy: Map<string, { id: string; kinds: CitationKind[] }[]>;
  unresolved: Map<string, Unresolved>;
  datesByNumber: Map<string, DatesCited>;
}

/** The dates the citations of one number give, with who gives each. */
interface DatesCited {
  number: string;
  target: string | null;
  dates: Map<string, Set<string>>;
}

/** Resolves every citation of every document against the corpus. */
export function resolveCitations(drafts: Draft[], duplicates: Duplicate[]): Resolution {
  const byNumber = new Map<string, Draft[]>();
  for (const draft of drafts) {
    const number = draft.description.number;
    // A secondary copy is never a target: its canonical copy is.
    if (!number || draft.copyOf) continue;
    byNumber.set(number.key, [...(byNumber.get(number.key) ?? []), draft]);
  }
  const citations = new Map<Draft, ResolvedCitation[]>();
  const ledger: Ledger = { citedBy: new Map(), unresolved: new Map(), datesByNumber: new Map() };
  for (const draft of drafts) {
    // What a secondary copy cites, the document cites: it counts once, for the canonical copy.
    const citer = draft.copyOf ?? draft.id;
    const resolved = draft.citations.map((citation) => {
      const year = yearOf(citation.date) ?? yearOf(draft.description.date);
      const target = findTarget(byNumber.get(citation.number.key) ?? [], citation, draft);
      const anchor = slugify(
        `${citation.number.display}${citation.number.party || citation.number.year ? '' : ` ${year ?? ''}`}`,
      );
      record(ledger, citation, citer, target?.id ?? null, lookupKey(citation.number, year), anchor);
      return { citation, target: target?.id ?? null, missingAnchor: target ? '' : anchor };
    });
    citations.set(draft, resolved);
  }
  const conflicts = dateConflicts(ledger.datesByNumber, drafts);
  const unresolved = [...ledger.unresolved.values()].sort(
    (a, b) =>
      b.count - a.count || b.citedBy.length - a.citedBy.length || a.number.localeCompare(b.number),
  );
  for (const entry of unresolved) entry.dates.sort();
  return { citations, citedBy: ledger.citedBy, unresolved, conflicts, duplicates };
}

/** Records one citation: who cites the target, or the missing number; the date it gives. */
function record(
  ledger: Ledger,
  citation: Citation,
  citer: string,
  target: string | null,
  key: string,
  anchor: string,
): void {
  if (target) {
    const list = ledger.citedBy.get(target) ?? [];
    const entry = list.find((e) => e.id === citer);
    if (entry) entry.kinds = [...new Set([...entry.kinds, citation.kind])];
    else list.push({ id: citer, kinds: [citation.kind] });
    ledger.citedBy.set(target, list);
  } else {
    const entry = ledger.unresolved.get(key) ?? {
      number: citation.number.display,
      type: citation.type,
      anchor,
      dates: [],
      citedBy: [],
      count: 0,
    };
    entry.count++;
    if (citation.date && !entry.dates.includes(citation.date)) entry.dates.push(citation.date);
    if (!entry.citedBy.includes(citer)) entry.citedBy.push(citer);
    entry.type ??= citation.type;
    ledger.unresolved.set(key, entry);
  }
  if (!citation.date) return;
  const dates = ledger.datesByNumber.get(key) ?? {
    number: citation.number.display,
    target,
    dates: new Map(),
  };
  dates.dates.set(citation.date, (dates.dates.get(citation.date) ?? new Set()).add(citer));
  ledger.datesByNumber.set(key, dates);
}

/** Numbers cited with different dates (or a date other than their document's); the document is told. */
function dateConflicts(datesByNumber: Map<string, DatesCited>, drafts: Draft[]): DateConflict[] {
  const byId = new Map(drafts.map((d) => [d.id, d]));
  const conflicts: DateConflict[] = [];
  for (const record of datesByNumber.values()) {
    const documentDate = record.target ? (byId.get(record.target)?.description.date ?? null) : null;
    const dates = [...record.dates.keys()];
    if (dates.length < 2 && (!documentDate || dates.every((d) => d === documentDate))) continue;
    conflicts.push({
      number: record.number,
      target: record.target,
      documentDate,
      dates: dates.sort().map((date) => ({ date, citedBy: [...record.dates.get(date)!].sort() })),
    });
    if (record.target) {
      byId
        .get(record.target)
        ?.description.warnings.push(warning('cited-dates-differ', { dates: dates.sort() }));
    }
  }
  return conflicts;
}

/**
 * The document a citation names: same number key. State numbers restart every year: a dated
 * citation takes the document of its year; an undated one the latest document not after the
 * citer. Party numbers run through a term: the citation's date breaks ties.
 */
function findTarget(candidates: Draft[], citation: Citation, citer: Draft): Draft | null {
  const others = candidates.filter((c) => c !== citer && c.id !== citer.copyOf);
  if (others.length === 0) return null;
  let pool = others;
  if (!citation.number.party && !citation.number.year) {
    const citedYear = yearOf(citation.date);
    const citerDate = citer.description.date;
    if (citedYear)
      pool = others.filter((c) => [null, citedYear].includes(yearOf(c.description.date)));
    else if (citerDate) {
      pool = others
        .filter((c) => !c.description.date || c.description.date <= citerDate)
        .sort((a, b) => (b.description.date ?? '').localeCompare(a.description.date ?? ''));
      // A later date may be an OCR slip: the citer's own year still decides.
      if (pool.length === 0)
        pool = others.filter((c) => yearOf(c.description.date) === yearOf(citerDate));
    }
  }
  if (pool.length <= 1) return pool[0] ?? null;
  return pool.find((c) => c.description.date === citation.date) ?? pool[0]!;
}
