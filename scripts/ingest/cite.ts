/**
 * Citations in running text (docs/reading.md, "Citations"): a type word or generic noun, optional `số`, the
 * number, an optional date and issuer; lists that inherit the type; laws cited by name.
 */
import type { CitationKind, LawReference } from '../../src/lib/contract.ts';
import { DOCUMENT_TYPES, GENERIC_DOCUMENT_NOUNS } from './vocabulary.ts';
import { findNumbers, typeOfNumber, type DocumentNumber } from './number.ts';
import { dateOfMatch, DATE_IN_WORDS, DATE_WITH_SLASHES } from '../../src/lib/vietnamese.ts';
import { capitalize } from './text.ts';

/** One citation found in a string. */
export interface Citation {
  /** The cited words as written (`Thông báo số 495-TB/TU ngày 20/9/2021`). */
  text: string;
  number: DocumentNumber;
  /** The date the citation gives, `YYYY-MM-DD`, or null. */
  date: string | null;
  /** The cited document's type, from the words or the number's code. */
  type: string | null;
  /** The issuer the citation names (`của Ban Thường vụ Thành ủy`), as written. */
  issuerText: string | null;
  kind: CitationKind;
  index: number;
  length: number;
}

const TYPE_WORDS = [...DOCUMENT_TYPES.map((type) => type.name), ...GENERIC_DOCUMENT_NOUNS]
  .sort((a, b) => b.length - a.length)
  .map((word) => word.replace(/ /g, '\\s+'));
/** The words before a number: `Thông báo số`, `văn bản số`, `thông báo kết luận số`, `Quyết định`. */
const BEFORE = new RegExp(
  `(?<![\\p{L}])(${TYPE_WORDS.join('|')})(?:\\s+kết\\s+luận)?\\s*(?:số\\s*)?$`,
  'iu',
);
/** `, số` or `và số` before a number in a list that inherits the previous citation's type. */
const LIST_CONTINUATION = /(?:,|;|\s và)\s*số\s*$/u;
/** `số` alone before a number. */
const BARE_SO = /(?<![\p{L}])số\s*$/iu;
/** `Số:` at the start of a line: a document's own number, not a citation. */
const OWN_NUMBER = /(?:^|\n)[\s*_~]*Số\s*:?\s*[*_~\s]*$/u;
/** `, ngày 20/9/2021` or `ngày 20 tháng 9 năm 2021` right after the number. */
const AFTER_DATE = new RegExp(
  String.raw`^\s*,?\s*ngày\s+(?:${DATE_WITH_SLASHES}|${DATE_IN_WORDS})`,
  'u',
);
const AFTER_ISSUER =
  /^\s*,?\s*của\s+([\p{L}\d&-]+(?:\s+[\p{L}\d&-]+){0,7}?)(?=\s+(?:về|tại|và|trong|đối|quy|thực|để)\s|[,;.:()]|$)/u;
/** A sentence that opens with these words acts on what it cites. */
const IMPLEMENTS_LEAD = /^\W*(?:V\/v\s+)?(thực hiện|căn cứ|xét|triển khai|tiếp tục triển khai)\s/iu;
/** These words just before a citation say the same (`theo Quyết định …`, `thực hiện … tại`). */
const IMPLEMENTS_NEAR = /(?:^|[\s(])(thực hiện|căn cứ|theo)\s/iu;
const ATTACHED = /gửi\s+kèm|kèm\s+theo/iu;

/** Every citation of a numbered document in the text, in order. */
export function findCitations(text: string): Citation[] {
  const citations: Citation[] = [];
  for (const match of findNumbers(text)) {
    const before = text.slice(Math.max(0, match.index - 80), match.index);
    if (OWN_NUMBER.test(before)) continue;
    let start: number;
    let type: string | null;
    const typed = BEFORE.exec(before);
    if (typed) {
      start = match.index - typed[0].length;
      const word = typed[1]!.replace(/\s+/g, ' ');
      const known = DOCUMENT_TYPES.find(
        (t) => t.name.toLocaleLowerCase('vi') === word.toLocaleLowerCase('vi'),
      );
      type = known ? known.name : typeOfNumber(match.number);
    } else if (LIST_CONTINUATION.test(before) && citations.length > 0) {
      type = citations[citations.length - 1]!.type;
      start = match.index - (BARE_SO.exec(before)?.[0].length ?? 0);
    } else {
      type = typeOfNumber(match.number);
      start = match.index - (BARE_SO.exec(before)?.[0].length ?? 0);
    }
    let end = match.index + match.length;
    let date: string | null = null;
    const dated = AFTER_DATE.exec(text.slice(end));
    if (dated) {
      date = dateOfMatch(dated);
      end += dated[0].length;
    }
    const issued = AFTER_ISSUER.exec(text.slice(end));
    const issuerText = issued ? issued[1]!.trim() : null;
    const previous = citations[citations.length - 1];
    // In a list (`Công điện số 71/CĐ-CP, Công điện số 72/CĐ-CP`) each item relates as the first does.
    const listed =
      previous && /^[\s,;]*(?:và\s*)?$/u.test(text.slice(previous.index + previous.length, start));
    citations.push({
      text: text.slice(start, end),
      number: match.number,
      date,
      type: type ? capitalize(type) : null,
      issuerText,
      kind: listed ? previous.kind : kindOf(text, start),
      index: start,
      length: end - start,
    });
  }
  markAttachments(text, citations);
  return citations;
}

/** `Thực hiện …`, `Căn cứ …` at the start of the citing sentence: the citer acts on the cited. */
function kindOf(text: string, start: number): CitationKind {
  // A subject line (`V/v thực hiện …`) opens a sentence of its own.
  const sentenceStart = Math.max(
    text.lastIndexOf('. ', start),
    text.lastIndexOf('\n\n', start),
    text.lastIndexOf('V/v', start),
    0,
  );
  const lead = text.slice(sentenceStart, start).replace(/^[.\s]+/, '');
  // A line of a heading block (`KẾ HOẠCH` / `Triển khai Công điện số …`) opens a sentence too.
  const lineLead = text.slice(text.lastIndexOf('\n', start - 1) + 1, start);
  const near = text.slice(Math.max(sentenceStart, start - 40), start);
  return IMPLEMENTS_LEAD.test(lead) || IMPLEMENTS_LEAD.test(lineLead) || IMPLEMENTS_NEAR.test(near)
    ? 'implements'
    : 'mentions';
}

/** `(gửi kèm bản chụp)` after citations: the last citation before it is attached in the same file. */
function markAttachments(text: string, citations: Citation[]): void {
  for (const attached of text.matchAll(new RegExp(ATTACHED.source, 'giu'))) {
    const sentenceStart = Math.max(text.lastIndexOf('. ', attached.index), 0);
    const candidates = citations.filter(
      (c) => c.index >= sentenceStart && c.index + c.length <= attached.index,
    );
    const last = candidates[candidates.length - 1];
    if (last) last.kind = 'attached';
  }
}

/** Laws cited by article and name: `Điều 20 Luật Thủ đô`. */
export function findLawReferences(text: string): LawReference[] {
  const laws: LawReference[] = [];
  for (const match of text.matchAll(
    /Điều\s+(\d+)\s+(Luật(?:\s+[\p{L}\d-]+){1,8}?)(?=\s*[,;.)]|\s+(?:và|của|năm|số)\s|$)/gu,
  )) {
    laws.push({ text: match[0], article: match[1]!, law: match[2]! });
  }
  return laws;
}
