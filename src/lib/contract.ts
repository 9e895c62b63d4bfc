/**
 * The document contract: what the ingest writes and the site reads, one definition for both. A
 * document (the frontmatter of its MDX page and an entry of `documents.json`), a citation, the build
 * report and the citation graph, as zod schemas with the TypeScript types derived from them. The
 * ingest validates every document against `documentSchema` before writing it; the content
 * collection uses the same schema. To add a field: add it here, then fill it in the ingest
 * (docs/data-flow.md).
 */
import { z } from 'astro/zod';
import { slugify } from './vietnamese.ts';

/** Administrative levels (cấp), from the top down; `Thành phố` is the provincial level. */
export const LEVELS = ['Trung ương', 'Thành phố', 'Quận-huyện', 'Phường-xã'] as const;
/** An administrative level. */
export type Level = (typeof LEVELS)[number];

/** How a citing document relates to what it cites: acts on it, sends it attached, or names it. */
export const CITATION_KINDS = ['implements', 'attached', 'mentions'] as const;
/** A citation kind. */
export type CitationKind = (typeof CITATION_KINDS)[number];

/** The fields whose value can be inferred rather than read where the layout puts it. */
export const INFERABLE_FIELDS = ['number', 'type', 'issuer', 'date', 'title'] as const;
/** A field that can be inferred. */
export type InferableField = (typeof INFERABLE_FIELDS)[number];

/** The fields an archivist can correct by hand (`hieu-dinh.csv` in the source folder). */
export const CORRECTABLE_FIELDS = [
  'number',
  'type',
  'issuer',
  'date',
  'title',
  'signer',
  'signerTitle',
  'place',
  'level',
] as const;
/** A field that can be corrected by hand. */
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number];

/**
 * What a note on a document's data says, as a stable code; the words shown to the reader are in
 * `scripts/ingest/warnings.ts`. The order is the order notes are listed on a page.
 */
export const WARNING_CODES = [
  'identity-from-covering-letter',
  'source-file',
  'number-uncertain',
  'number-normalised',
  'date-blank-in-original',
  'date-from-meeting',
  'date-of-issuing-document',
  'date-missing',
  'date-unreadable',
  'type-unknown',
  'title-from-first-words',
  'title-missing',
  'issuer-from-number',
  'header-line-repaired',
  'signer-missing',
  'signer-title-missing',
  'issuer-from-closing',
  'issuer-place-from-date',
  'issuer-completed-from-number',
  'issuer-unknown',
  'attachment-without-header',
  'number-blank-in-original',
  'number-missing',
  'duplicate-copy',
  'shared-number',
  'cited-dates-differ',
] as const;
/** A warning code. */
export type WarningCode = (typeof WARNING_CODES)[number];

/** The status of a source file in the build report. */
export const FILE_STATUSES = ['ok', 'warning', 'error'] as const;

const text = z.string();
const nullableText = z.string().nullable();
/** `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where the original left the day or the month blank. */
const documentDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
  .nullable();

/** A note on a document's data: what was not read, inferred or doubtful. */
export const warningSchema = z.object({
  /** What the note says, as a stable code. */
  code: z.enum(WARNING_CODES),
  /** The note in the clerk's words. */
  message: text,
});
/** A note on a document's data. */
export type Warning = z.infer<typeof warningSchema>;

/** A citation of another document in a document's text. */
export const citationSchema = z.object({
  /** The cited words as written, on one line (`Thông báo số 495-TB/TU ngày 20/9/2021`). */
  text,
  /** The cited number in its canonical form. */
  number: text,
  /** The date the citation gives. */
  date: documentDate,
  /** Id of the cited document when it is in the archive. */
  target: nullableText,
  /** How the citer relates to the cited document. */
  kind: z.enum(CITATION_KINDS),
  /** The cited document's type, from the words or the number's code. */
  type: nullableText,
  /** Title of the target, when it is in the archive. */
  targetTitle: nullableText,
  /** Date of the target, when it is in the archive. */
  targetDate: documentDate,
  /** Anchor of the entry on the missing-documents page, when the target is not in the archive. */
  missingAnchor: nullableText,
});
/** A citation. */
export type Citation = z.infer<typeof citationSchema>;

/** A document that cites this one, as its page lists it. */
export const citerSchema = z.object({
  /** The citer's id. */
  id: text,
  /** The citer's number. */
  number: nullableText,
  /** The citer's type. */
  type: nullableText,
  /** The citer's date. */
  date: documentDate,
  /** The citer's title. */
  title: nullableText,
  /** Every way the citer relates to this document. */
  kinds: z.array(z.enum(CITATION_KINDS)),
});
/** A citer. */
export type Citer = z.infer<typeof citerSchema>;

/** The copy block (`SAO Y`, `SAO LỤC`) that a copying office added to a document. */
export const copyBlockSchema = z.object({
  /** `Sao y bản chính`, `Sao lục`… */
  kind: text,
  /** The copy's own number. */
  number: nullableText,
  /** The copy's date. */
  date: documentDate,
  /** The copying office. */
  issuer: nullableText,
  /** Where the copy was sent. */
  recipients: z.array(text),
});
/** A copy block. */
export type CopyBlock = z.infer<typeof copyBlockSchema>;

/** An incoming stamp (`ĐẾN`): the receiving office's arrival record, not the document's number. */
export const incomingStampSchema = z.object({
  /** The receiving office. */
  agency: nullableText,
  /** The arrival number. */
  arrivalNumber: nullableText,
  /** The arrival date. */
  date: documentDate,
  /** Whom the document was passed to (`Chuyển: …`). */
  forwardedTo: nullableText,
});
/** An incoming stamp. */
export type IncomingStamp = z.infer<typeof incomingStampSchema>;

/** A law cited by article and name (`Điều 53 Luật phòng chống bệnh truyền nhiễm`). */
export const lawReferenceSchema = z.object({
  /** The words as written. */
  text,
  /** The article number. */
  article: text,
  /** The law's name. */
  law: text,
});
/** A law reference. */
export type LawReference = z.infer<typeof lawReferenceSchema>;

/** How an agency takes part in a task: leads it, works with the lead, or receives the report. */
export const ASSIGNMENT_ROLES = ['lead', 'partner', 'receives-report'] as const;
/** An assignment role. */
export type AssignmentRole = (typeof ASSIGNMENT_ROLES)[number];

/** One agency's (or person's) part in one task the document sets. */
export const assignmentSchema = z.object({
  /** The agency as the archive files it (`Sở Y tế`, `Công an quận Hai Bà Trưng`, `Chử Xuân Dũng`). */
  agency: text,
  /** The agency's entry across the archive (`/don-vi/<agencyId>/`). */
  agencyId: text,
  /** The words as the text writes them. */
  written: text,
  /** A person (`đồng chí …`) rather than an agency. */
  person: z.boolean(),
  /** Lead, partner, or who receives the report. */
  role: z.enum(ASSIGNMENT_ROLES),
  /** The clause that sets the task. */
  task: text,
  /** The anchor of the numbered part it is in (`khoan-2-3`), to link to the place in the text. */
  anchor: nullableText,
  /** The dates it must be done by (`2021-09-15`, or `2021-09` for a month). */
  deadlines: z.array(z.string().regex(/^\d{4}-\d{2}(-\d{2})?$/)),
  /** The words that set the deadline. */
  deadlineText: nullableText,
  /** How often, for a recurring task (`hằng tuần`, `2-3 ngày/lần`). */
  recurrence: nullableText,
});
/** An assignment. */
export type Assignment = z.infer<typeof assignmentSchema>;

/** `assignments.json`: every agency given a task in the archive, and every assignment with its document. */
export const assignmentDataSchema = z.object({
  /** One entry per agency or person, in Vietnamese order. */
  agencies: z.array(
    z.object({
      id: text,
      name: text,
      person: z.boolean(),
      /** The level it works at, from its name; null for a group (`các sở, ngành`) or a person. */
      level: z.enum(LEVELS).nullable(),
      /** The ways the texts write it. */
      variants: z.array(text),
      /** How many tasks it leads, works on as a partner, receives the report of. */
      lead: z.number().int(),
      partner: z.number().int(),
      report: z.number().int(),
    }),
  ),
  /** Every assignment, oldest document first, with what a list shows of its document. */
  items: z.array(
    assignmentSchema.extend({
      document: text,
      documentLabel: text,
      documentDate: documentDate,
      issuer: nullableText,
    }),
  ),
});
/** The assignments data. */
export type AssignmentData = z.infer<typeof assignmentDataSchema>;

/** A field an archivist corrected by hand: the page shows the corrected value, marked as such. */
export const correctionSchema = z.object({
  /** The corrected field. */
  field: z.enum(CORRECTABLE_FIELDS),
  /** The value the reader had found, or null. */
  previous: nullableText,
  /** The archivist's note (why, from what). */
  note: nullableText,
});
/** A correction applied to a document. */
export type Correction = z.infer<typeof correctionSchema>;

/** One document of the archive. */
export const documentSchema = z.object({
  /** Stable id, the last part of the page URL (`495-tb-tu-2021`). */
  id: text,
  /** The page URL under the site's base path. */
  url: text,
  /** The number and code in canonical form (`495-TB/TU`, `15/2021/QĐ-UBND`). */
  number: nullableText,
  /** The document type (`Thông báo`, `Kế hoạch`). */
  type: nullableText,
  /** The issuing body as printed, in sentence case; joint documents name every issuer. */
  issuer: nullableText,
  /** The date of issue. */
  date: documentDate,
  /** The trích yếu (subject), or the first words of a fragment. */
  title: nullableText,
  /** Who signed; two names joined by `; ` for a joint document. */
  signer: nullableText,
  /** Where the document's lines are in the source files. */
  sources: z.array(
    z.object({
      /** Path relative to the source folder. */
      file: text,
      /** First line, 1-based. */
      fromLine: z.number().int(),
      /** Last line, inclusive. */
      toLine: z.number().int(),
    }),
  ),
  /** The documents this one cites, in text order. */
  cites: z.array(citationSchema),
  /** Ids of the documents that cite this one. */
  citedBy: z.array(text),
  /** Notes on the data: what was not read, inferred or doubtful. */
  warnings: z.array(warningSchema),
  /** Other readings of a number the OCR left doubtful. */
  numberAlternatives: z.array(text),
  /** The signer's title (`Phó Chủ tịch`). */
  signerTitle: nullableText,
  /** The signing authority (`TM.`, `KT.`, `TL.`…). */
  authority: nullableText,
  /** The body the authority signs for (`Ban Thường vụ`). */
  onBehalfOf: nullableText,
  /** The signature block as a reader writes it: authorities, title, name. */
  signature: z.array(text),
  /** The issuer's administrative level. */
  level: z.enum(LEVELS).nullable(),
  /** True for a Party document, false for a state or organisation document. */
  party: z.boolean().nullable(),
  /** The place in the place-and-date line. */
  place: nullableText,
  /**
   * What the header prints at the top right, as the form writes it, one line each: the state's
   * motto, `ĐẢNG CỘNG SẢN VIỆT NAM`, or a mass organisation's name; empty when not read.
   */
  motto: z.array(text),
  /** The `Kính gửi` list. */
  addressees: z.array(text),
  /** The `Nơi nhận` list. */
  recipients: z.array(text),
  /** The copy block a copying office added. */
  copy: copyBlockSchema.nullable(),
  /** Incoming stamps on the scanned paper. */
  incomingStamps: z.array(incomingStampSchema),
  /** The digital signature's time, when the text carries one. */
  digitalSignature: z.object({ signedAt: text }).nullable(),
  /** Laws cited by article and name. */
  laws: z.array(lawReferenceSchema),
  /** The fields whose value was inferred rather than read where the layout puts it. */
  inferred: z.array(z.enum(INFERABLE_FIELDS)),
  /** The fields corrected by hand; their values above are the corrected ones. */
  corrected: z.array(correctionSchema),
  /** The documents citing this one, with what the page shows of them. */
  citers: z.array(citerSchema),
  /** The numbered parts of the text (sections, articles, points), each with its anchor on the page. */
  outline: z.array(
    z.object({
      /** The anchor (`muc-2`, `khoan-2-3`, `dieu-4`). */
      id: text,
      /** The part's opening words. */
      label: text,
      /** 1 for sections and articles, 2 for points. */
      depth: z.union([z.literal(1), z.literal(2)]),
    }),
  ),
  /** For a second copy of a document found in several files: the id of the canonical copy. */
  copyOf: nullableText,
  /** Other copies of this document in the archive (ids). */
  copies: z.array(text),
});
/** One document of the archive. */
export type ArchiveDocument = z.infer<typeof documentSchema>;

/**
 * A document with its assignments, as the ingest holds it. The assignments are published apart,
 * in `assignments.json`: they are most of a document's data, and a page reads them from there.
 */
export const assignedDocumentSchema = documentSchema.extend({
  /** Who the document tells to do what, by when (read from its text; `docs/assignments.md`). */
  assignments: z.array(assignmentSchema),
});
/** A document with its assignments. */
export type AssignedDocument = z.infer<typeof assignedDocumentSchema>;

/** The path of a document's page under the site's base path. */
export function documentPath(id: string): string {
  return `van-ban/${encodeURIComponent(id)}/`;
}

/**
 * The slug of a source file's page (`nguon/<slug>/`) and of its text (`nguon/<slug>.txt`): the
 * path in ASCII, with a short hash of the exact name so that two names never share a slug.
 */
export function sourceSlug(file: string): string {
  let hash = 0x811c9dc5;
  for (const unit of file.normalize('NFC')) {
    hash ^= unit.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const readable = slugify(file.replace(/\.txt$/i, ''), Infinity).slice(0, 60);
  return `${readable || 'tep'}-${hash.toString(36)}`;
}

/** The path of a source file's page under the site's base path. */
export function sourcePath(file: string): string {
  return `nguon/${sourceSlug(file)}/`;
}

/** A number cited by the archive whose document is not in it. */
export const unresolvedSchema = z.object({
  /** The cited number. */
  number: text,
  /** Its type, from the citations. */
  type: nullableText,
  /** Its anchor on the missing-documents page. */
  anchor: text,
  /** The dates the citations give. */
  dates: z.array(text),
  /** Ids of the citers. */
  citedBy: z.array(text),
  /** How many citations. */
  count: z.number().int(),
});
/** A number cited but missing. */
export type Unresolved = z.infer<typeof unresolvedSchema>;

/** One number cited with different dates. */
export const dateConflictSchema = z.object({
  /** The cited number. */
  number: text,
  /** Its document, when in the archive. */
  target: nullableText,
  /** That document's own date. */
  documentDate: documentDate,
  /** Each date given, with who gives it. */
  dates: z.array(z.object({ date: text, citedBy: z.array(text) })),
});
/** A date conflict. */
export type DateConflict = z.infer<typeof dateConflictSchema>;

/**
 * Documents that carry the same number (and year). `sameDocument`: copies of one document: the
 * others point to `canonical`. Otherwise different documents share a number: both are flagged.
 */
export const duplicateSchema = z.object({
  /** The shared number. */
  number: text,
  /** The copy that holds the document's URL. */
  canonical: text,
  /** The other copies or documents. */
  others: z.array(text),
  /** True for copies of one document, false for different documents sharing a number. */
  sameDocument: z.boolean(),
});
/** A duplicate number. */
export type Duplicate = z.infer<typeof duplicateSchema>;

/** What became of one row of the corrections file. */
export const correctionRowSchema = z.object({
  /** The row's line in the corrections file. */
  line: z.number().int(),
  /** The document as the row names it (an id, a file, `file#2`). */
  document: text,
  /** The field as the row names it. */
  field: text,
  /** The value the row gives. */
  value: text,
  /** `applied`, `unmatched` (no such document) or `invalid` (a field or value that cannot be used). */
  status: z.enum(['applied', 'unmatched', 'invalid']),
  /** The id of the corrected document. */
  target: nullableText,
  /** What the archivist should know, in words. */
  message: text,
});
/** A row of the corrections file and what became of it. */
export type CorrectionRow = z.infer<typeof correctionRowSchema>;

/** What happened to one source file. */
export const fileReportSchema = z.object({
  /** Path relative to the source folder. */
  file: text,
  /** `ok`, `warning` (read, with notes) or `error` (not read). */
  status: z.enum(FILE_STATUSES),
  /** The encoding the file was read in. */
  encoding: nullableText,
  /** Ids of the documents read from it. */
  documents: z.array(text),
  /** Its number of lines. */
  lines: z.number().int(),
  /** What the clerk should know about the file, in words. */
  messages: z.array(text),
});
/** A file's report. */
export type FileReport = z.infer<typeof fileReportSchema>;

/** `build-report.json`: what happened to every file, and what the corpus is missing. */
export const buildReportSchema = z.object({
  /** Counts. */
  totals: z.object({
    files: z.number().int(),
    documents: z.number().int(),
    warnings: z.number().int(),
    errors: z.number().int(),
    unresolved: z.number().int(),
    conflicts: z.number().int(),
    duplicates: z.number().int(),
    corrections: z.number().int(),
  }),
  /** Every file of the source folder. */
  files: z.array(fileReportSchema),
  /** Numbers cited but missing. */
  unresolved: z.array(unresolvedSchema),
  /** Numbers cited with different dates. */
  conflicts: z.array(dateConflictSchema),
  /** Numbers carried by several documents. */
  duplicates: z.array(duplicateSchema),
  /** Every row of the corrections file, applied or not. */
  corrections: z.array(correctionRowSchema),
});
/** The build report. */
export type BuildReport = z.infer<typeof buildReportSchema>;

/** `graph.json`: documents and the numbers cited but missing, and the citations between them. */
export const graphSchema = z.object({
  /** Documents in the archive, and missing ones (`chua-co:<anchor>`). */
  nodes: z.array(
    z.object({
      id: text,
      number: nullableText,
      title: nullableText,
      type: nullableText,
      date: documentDate,
      inArchive: z.boolean(),
    }),
  ),
  /** One edge per citer, cited document and kind. */
  edges: z.array(z.object({ from: text, to: text, kind: z.enum(CITATION_KINDS) })),
});
/** The citation graph. */
export type Graph = z.infer<typeof graphSchema>;

/** The metadata a search result shows, as Pagefind returns it with each hit. */
export const SEARCH_META_KEYS = ['title', 'number', 'type', 'issuer', 'date', 'signer'] as const;
/** The facets a search can be narrowed by (`thang` and `ngay` serve the date range). */
export const SEARCH_FILTER_KEYS = [
  'type',
  'issuer',
  'level',
  'year',
  'thang',
  'ngay',
  'agency',
] as const;

/**
 * One entry of `search-records.jsonl`: what the search index holds for a document, written by the
 * ingest and indexed by Pagefind as it is (no HTML in between, so nothing but the text is searched).
 */
export const searchRecordSchema = z.object({
  /** The page's path under the site's base (`/van-ban/495-tb-tu-2021/`). */
  url: text,
  /**
   * The document's text, one line per block; the numbers it prints otherwise; then, after a line
   * `⁂`, its pairs of syllables as words (`src/lib/search-text.ts`), which no reader sees.
   */
  content: z.string(),
  meta: z.partialRecord(z.enum(SEARCH_META_KEYS), text),
  filters: z.partialRecord(z.enum(SEARCH_FILTER_KEYS), z.array(text)),
  /** Sort keys: `date`, `YYYY-MM-DD` (a partial date sorts at its start). */
  sort: z.partialRecord(z.enum(['date']), text),
});
/** A search record. */
export type SearchRecord = z.infer<typeof searchRecordSchema>;
