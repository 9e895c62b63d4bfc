/**
 * Corpus-wide work, done once: identity of attached documents without a header, stable ids,
 * citation targets, cited-by lists, the documents cited but missing, date conflicts, duplicates.
 */
import type { Citation, CitationKind } from './cite.ts';
import type { Description } from './describe.ts';
import { issuerOfNumber, type DocumentNumber } from './number.ts';
import { localName } from './issuer.ts';
import { displayDate } from './dates.ts';
import { slugify } from './text.ts';

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
}

/** A resolved citation: the cited number and, when it is in the archive, the id of its document. */
export interface ResolvedCitation {
  citation: Citation;
  target: string | null;
  /** Anchor of the entry on the missing-documents page, for unresolved citations. */
  missingAnchor: string;
}

/** A number cited by the archive whose document is not in it. */
export interface Unresolved {
  number: string;
  type: string | null;
  anchor: string;
  dates: string[];
  citedBy: string[];
  count: number;
}

/** One number cited with different dates. */
export interface DateConflict {
  number: string;
  target: string | null;
  documentDate: string | null;
  dates: { date: string; citedBy: string[] }[];
}

/** Documents that carry the same number (and year). */
export interface Duplicate {
  number: string;
  canonical: string;
  others: string[];
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
    const inferredFields = ['number'];
    described.number = source.number;
    described.warnings = described.warnings.filter((w) => !/không có số, ký hiệu/.test(w));
    if (!described.type && source.type) {
      described.type = source.type;
      inferredFields.push('type');
    }
    if (source.date && (described.inferred.includes('date') || !described.date)) {
      described.date = source.date;
      described.warnings = described.warnings.filter((w) => !/ngày ban hành/.test(w));
      inferredFields.push('date');
    }
    const code = issuerOfNumber(source.number);
    if (code && (!described.issuer || described.inferred.includes('issuer'))) {
      const place = previous.description.place ?? described.place;
      described.issuer = code.local ? localName(code.name, place, code.level === 'Quận-huyện') : code.name;
      described.level = code.level;
      described.party = code.party;
      described.warnings = described.warnings.filter((w) => !/cơ quan ban hành/.test(w));
      inferredFields.push('issuer');
    }
    described.inferred = [...new Set([...described.inferred, ...inferredFields])];
    const label = previous.description.number?.display ?? 'văn bản đứng trước';
    described.warnings.unshift(
      `Văn bản không có phần tiêu đề; số, ký hiệu${inferredFields.includes('date') ? ', ngày' : ''}${inferredFields.includes('issuer') ? ', cơ quan ban hành' : ''} được suy ra từ ${label} gửi kèm văn bản này: «${source.text.replace(/\s+/g, ' ')}».`,
    );
  }
}

/** Stable, URL-safe, unique ids: from number and year, else from type, date and title. */
export function assignIds(drafts: Draft[]): Duplicate[] {
  const used = new Map<string, Draft>();
  const byKey = new Map<string, Draft[]>();
  for (const draft of drafts) {
    const d = draft.description;
    const year = yearOf(d.date);
    let base: string;
    if (d.number) {
      base = slugify(`${d.number.display}${d.number.year || !year ? '' : ` ${year}`}`);
      const key = lookupKey(d.number, year);
      byKey.set(key, [...(byKey.get(key) ?? []), draft]);
    } else {
      const words = d.title ?? '';
      base = slugify(`${d.type ?? 'van ban'} ${d.date ?? ''} ${words}`, 72);
    }
    let id = base || 'van-ban';
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.set(id, draft);
    draft.id = id;
  }
  const duplicates: Duplicate[] = [];
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    const [canonical, ...others] = group;
    duplicates.push({ number: canonical!.description.number!.display, canonical: canonical!.id, others: others.map((o) => o.id) });
    for (const other of others) {
      other.description.warnings.push(
        `Trùng số, ký hiệu với văn bản ${canonical!.id} (${canonical!.file}); các dẫn chiếu trỏ về văn bản đó.`,
      );
    }
  }
  return duplicates;
}

/** Resolves every citation of every document against the corpus. */
export function resolveCitations(drafts: Draft[], duplicates: Duplicate[]): Resolution {
  const secondary = new Set(duplicates.flatMap((d) => d.others));
  const byNumber = new Map<string, Draft[]>();
  for (const draft of drafts) {
    const number = draft.description.number;
    if (!number || secondary.has(draft.id)) continue;
    byNumber.set(number.key, [...(byNumber.get(number.key) ?? []), draft]);
  }
  const citations = new Map<Draft, ResolvedCitation[]>();
  const citedBy = new Map<string, { id: string; kinds: CitationKind[] }[]>();
  const unresolved = new Map<string, Unresolved>();
  const datesByNumber = new Map<string, { number: string; target: string | null; dates: Map<string, Set<string>> }>();

  for (const draft of drafts) {
    const resolved: ResolvedCitation[] = [];
    for (const citation of draft.citations) {
      const year = yearOf(citation.date) ?? yearOf(draft.description.date);
      const target = findTarget(byNumber.get(citation.number.key) ?? [], citation, year, draft);
      const key = lookupKey(citation.number, year);
      const anchor = slugify(`${citation.number.display}${citation.number.party || citation.number.year ? '' : ` ${year ?? ''}`}`);
      resolved.push({ citation, target: target?.id ?? null, missingAnchor: target ? '' : anchor });
      if (target) {
        const list = citedBy.get(target.id) ?? [];
        const entry = list.find((e) => e.id === draft.id);
        if (entry) entry.kinds = [...new Set([...entry.kinds, citation.kind])];
        else list.push({ id: draft.id, kinds: [citation.kind] });
        citedBy.set(target.id, list);
      } else {
        const entry = unresolved.get(key) ?? { number: citation.number.display, type: citation.type, anchor, dates: [], citedBy: [], count: 0 };
        entry.count++;
        if (citation.date && !entry.dates.includes(citation.date)) entry.dates.push(citation.date);
        if (!entry.citedBy.includes(draft.id)) entry.citedBy.push(draft.id);
        entry.type ??= citation.type;
        unresolved.set(key, entry);
      }
      if (citation.date) {
        const record = datesByNumber.get(key) ?? { number: citation.number.display, target: target?.id ?? null, dates: new Map() };
        record.dates.set(citation.date, (record.dates.get(citation.date) ?? new Set()).add(draft.id));
        datesByNumber.set(key, record);
      }
    }
    citations.set(draft, resolved);
  }

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
      byId.get(record.target)?.description.warnings.push(
        `Các văn bản dẫn chiếu ghi ngày khác nhau cho văn bản này: ${dates.sort().map(displayDate).join(', ')}.`,
      );
    }
  }
  const unresolvedList = [...unresolved.values()].sort((a, b) => b.count - a.count || b.citedBy.length - a.citedBy.length || a.number.localeCompare(b.number));
  for (const entry of unresolvedList) entry.dates.sort();
  return { citations, citedBy, unresolved: unresolvedList, conflicts, duplicates };
}

/** The document a citation names: same number; for state numbers the same year; the date breaks ties. */
function findTarget(candidates: Draft[], citation: Citation, year: string | null, citer: Draft): Draft | null {
  const others = candidates.filter((c) => c !== citer);
  if (others.length === 0) return null;
  let pool = others;
  if (!citation.number.party && !citation.number.year && year) {
    pool = others.filter((c) => {
      const own = yearOf(c.description.date);
      return own === null || own === year;
    });
  }
  if (pool.length <= 1) return pool[0] ?? null;
  return pool.find((c) => c.description.date === citation.date) ?? pool[0]!;
}
