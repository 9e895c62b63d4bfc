/**
 * Document numbers (số, ký hiệu): finding them in text, their canonical display form and the
 * match key that makes OCR and typing variants equal (docs/reading.md, "Numbers").
 */
import {
  CANONICAL_CODES,
  DOCUMENT_TYPES,
  ISSUER_CODES,
  ORGANISATION_CODES,
  type IssuerCode,
} from './vocabulary.ts';
import { unifyDashes } from './text.ts';
import { fold, foldKey } from '../../src/lib/vietnamese.ts';

/** A document number read from text. */
export interface DocumentNumber {
  /** Canonical display form: `495-TB/TU`, `1102/CĐ-TTg`, `30/2021/QH15`. */
  display: string;
  /** Folded, spaceless, upper case: `495-TB/TU`, `1102/CD-TTG`. Equal for OCR variants. */
  key: string;
  /** The running number: `495`. */
  serial: string;
  /** The year inside a normative number (`30/2021/QH15`), else null. */
  year: string | null;
  /** Party form `N-TYPE/ISSUER` (numbers run through a term) rather than state `N/TYPE-ISSUER`. */
  party: boolean;
  /** Type code (`TB`, `CĐ`), null for a state công văn whose code is only the issuer's. */
  typeCode: string | null;
  /** Issuer code: the part naming the body (`TU`, `TTg`, `UBND`). */
  issuerCode: string | null;
}

/** A number found in a string, with where it was. */
export interface NumberMatch {
  number: DocumentNumber;
  index: number;
  length: number;
  raw: string;
}

const TYPE_CODES = new Map<string, string>();
for (const type of DOCUMENT_TYPES)
  for (const code of type.codes) TYPE_CODES.set(foldKey(code), code);

/** Type codes as a pattern, longest first, with `Đ` also as `D` (`QĐ`, `QD`). */
const TYPE_CODE_PATTERN = [
  ...new Set([...TYPE_CODES.values()].flatMap((code) => [code, code.replace(/Đ/g, 'D')])),
]
  .sort((a, b) => b.length - a.length)
  .join('|');
/** One code segment; `&` joins two abbreviations inside it (`KT&KĐCL`, `NN&PTNT`). */
const CODE = String.raw`\p{Lu}(?:[\p{L}\d]|&(?=\p{Lu}))*`;
const PARTY = String.raw`(\d{1,5})[ \t]*-[ \t]*(\p{Lu}\p{L}{0,3})[ \t]*\/[ \t]*(${CODE}(?:-${CODE})*)`;
/** The Party form with its hyphens lost in conversion (`337KH/TWĐTNMTTN`, `21NQ/TW`, `882 QĐ/TWĐTN`): known type codes only. */
const PARTY_GLUED = String.raw`(\d{1,5})[ \t]?(${TYPE_CODE_PATTERN})[ \t]?\/[ \t]?(${CODE}(?:-${CODE})*)`;
/** A joint number may name its issuers after a second slash (`01/QCPH/UBND-UBMTTQ`). */
const STATE = String.raw`(\d{1,5})[ \t]?\/[ \t]?(?:(\d{4})\/)?(${CODE}(?:[ \t]?-[ \t]?${CODE})*)(?:\/(${CODE}(?:-${CODE})*))?`;
/** The older state form, issuers before the type (`15-BTC/TT`, `01-TANDTC-VKSNDTC/TTLT`). */
const ISSUERS_FIRST = String.raw`(\d{1,5})[ \t]*-[ \t]*(${CODE}(?:-${CODE})*)[ \t]*\/[ \t]*(${TYPE_CODE_PATTERN})(?![\p{L}\d-])`;
/** Matches Party and state numbers; the lookarounds keep it off longer digit runs and words. */
const NUMBER_PATTERN = new RegExp(
  String.raw`(?<![\p{L}\d/.-])(?:${ISSUERS_FIRST}|${PARTY}|${PARTY_GLUED}|${STATE})(?![\p{L}\d])`,
  'gu',
);
const ISSUERS = new Map<string, IssuerCode>(
  ISSUER_CODES.map((issuer) => [foldKey(issuer.code), issuer]),
);

/** True for a code segment that looks like an abbreviation (`TTg`, `VP`), not a word (`Sở`). */
function isCode(segment: string): boolean {
  const capitals = segment.match(/[\p{Lu}\d]/gu)?.length ?? 0;
  return capitals >= 2 || (capitals === 1 && segment.length === 1);
}

/** Canonical spelling of one code segment: `BCSD` → `BCSĐ`, `QỦ` → `QU`, `CD` → `CĐ`. */
export function canonicalCode(segment: string): string {
  const folded = fold(segment).toUpperCase();
  const known = CANONICAL_CODES[folded];
  if (known) return known;
  // Codes carry no tone or vowel marks; Đ is a letter and stays.
  return segment
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(/Ð/g, 'Đ');
}

/** Builds a number from its parts, canonicalising each code. */
function makeNumber(
  serial: string,
  codes: string[],
  party: boolean,
  year: string | null,
  joint: string[] = [],
): DocumentNumber {
  const canonical = codes.map(canonicalCode);
  const serialText = serial;
  let display: string;
  let typeCode: string | null = null;
  let issuerCode: string | null;
  if (party) {
    typeCode = canonical[0] ?? null;
    issuerCode = canonical.slice(1).join('-') || null;
    display = `${serialText}-${canonical[0]}/${canonical.slice(1).join('-')}`;
  } else {
    if (canonical.length === 1) canonical.splice(0, 1, ...splitGluedStateCode(canonical[0]!));
    const first = canonical[0] ?? '';
    if (canonical.length > 1 && TYPE_CODES.has(foldKey(first))) {
      typeCode = first;
      issuerCode = canonical.slice(1).join('-');
    } else {
      issuerCode = canonical.join('-');
    }
    display = `${serialText}/${year ? `${year}/` : ''}${canonical.join('-')}`;
    if (joint.length > 0) {
      // `01/QCPH/UBND-UBMTTQ`: the first part says what it is, the part after the slash who issued it.
      typeCode = canonical.join('-');
      issuerCode = joint.map(canonicalCode).join('-');
      display += `/${issuerCode}`;
    }
  }
  return {
    display,
    key: numberKey(display.replace(/^0+(?=\d)/, '')),
    serial: serialText,
    year,
    party,
    typeCode,
    issuerCode,
  };
}

/**
 * The match key of a number as written: NFC, folded, upper case, without spaces or hyphens, so
 * that `337KH/TWĐTNMTTN` (hyphens lost in conversion) and `337-KH/TWĐTN-MTTN` are one number.
 */
export function numberKey(text: string): string {
  return fold(unifyDashes(text.normalize('NFC')))
    .replace(/[\s-]+/g, '')
    .toUpperCase();
}

/**
 * A Party issuer code that lost the hyphen after its organisation's code, split again:
 * `TWĐTNMTTN` → `TWĐTN`, `MTTN`. Only organisation codes of the table, followed by a unit code.
 */
function splitOrgPrefix(code: string): string[] {
  const folded = fold(code).toUpperCase();
  for (const { prefix, key } of ORGANISATION_KEYS) {
    if (folded.startsWith(key) && folded.length - key.length >= 2)
      return [code.slice(0, prefix.length), code.slice(prefix.length)];
  }
  return [code];
}

/** Organisation codes with their folded keys, folded once. */
const ORGANISATION_KEYS = ORGANISATION_CODES.map((prefix) => ({
  prefix,
  key: fold(prefix).toUpperCase(),
}));
/** Folded type codes, longest first, sorted once: `splitGluedStateCode` runs for every state number. */
const TYPE_KEYS_LONGEST_FIRST = [...TYPE_CODES.keys()].sort((a, b) => b.length - a.length);

/**
 * A state code that lost the hyphen between type and issuer, split again: `QĐTTg` → `QĐ`, `TTg`;
 * `TTBTTTT` → `TT`, `BTTTT`. The rest must be a known issuer code or at least three letters,
 * so a unit code such as `KHĐT` stays whole.
 */
function splitGluedStateCode(code: string): string[] {
  const folded = foldKey(code);
  for (const type of TYPE_KEYS_LONGEST_FIRST) {
    if (!folded.startsWith(type)) continue;
    const rest = code.slice(type.length);
    if (ISSUERS.has(foldKey(rest)) || (rest.length >= 3 && isCode(rest)))
      return [TYPE_CODES.get(type)!, rest];
  }
  return [code];
}

/** Every document number in a string, in order (dates, vote counts and `2-9` are not numbers). */
export function findNumbers(text: string): NumberMatch[] {
  // `số3556/QĐ-UBND`: a number glued to `số` is read as if spaced (same length, so offsets hold).
  const source = unifyDashes(text).replace(/(?<![\p{L}])([Ss])ố(?=\d)/gu, '$1 ');
  const found: NumberMatch[] = [];
  for (const match of source.matchAll(NUMBER_PATTERN)) {
    const [raw, oSerial, oIssuer, oType, pSerial, pType, pIssuer, gSerial, gType, gIssuer] = match;
    const [sSerial, sYear, sCodes, sJoint] = match.slice(10);
    let number: DocumentNumber | null = null;
    if (oSerial && oIssuer && oType) number = issuersFirst(oSerial, oIssuer, oType);
    else if (pSerial && pType && pIssuer) {
      const issuerParts = pIssuer.split('-');
      if (isCode(pType) || TYPE_CODES.has(foldKey(pType))) {
        if (issuerParts.every(isCode))
          number = makeNumber(pSerial, [pType, ...issuerParts], true, null);
      }
    } else if (gSerial && gType && gIssuer) {
      const issuerParts = gIssuer.split('-');
      if (issuerParts.every(isCode))
        number = makeNumber(gSerial, [gType, ...issuerParts.flatMap(splitOrgPrefix)], true, null);
    } else if (sSerial && sCodes) {
      // A trailing non-code word (`10227/VP-KGVX - Sở`) is cut off, not taken into the number.
      const parts = sCodes.split(/[ \t]?-[ \t]?/);
      const cut = parts.findIndex((part) => !isCode(part));
      const kept = cut === -1 ? parts : parts.slice(0, cut);
      // The issuers after a second slash count only after a whole first part of codes.
      const parsedJoint = cut === -1 ? (sJoint?.split('-') ?? []) : [];
      const joint = parsedJoint.every(isCode) ? parsedJoint : [];
      if (kept.length > 0) {
        // A second slash's part that is not read (`12/QĐ/Ab`) is not part of the number's span.
        const beforeJoint = sJoint ? raw.slice(0, raw.length - sJoint.length - 1) : raw;
        const rawKept =
          joint.length > 0 ? raw : rawPrefix(beforeJoint, sSerial, sYear, kept.length);
        found.push({
          number: makeNumber(sSerial, kept, false, sYear ?? null, joint),
          index: match.index,
          length: rawKept.length,
          raw: rawKept,
        });
      }
      continue;
    }
    if (number) found.push({ number, index: match.index, length: raw.length, raw });
  }
  return found;
}

/**
 * `15-BTC/TT`, `01-TANDTC-VKSNDTC/TTLT`: a state number of the older form, its issuers before its
 * type, kept as printed. Where the part before the slash is a type (`21-NQ/TT`), a Party number
 * whose issuer's code is a type's; null where a part is no code.
 */
function issuersFirst(serial: string, issuers: string, type: string): DocumentNumber | null {
  const parts = issuers.split('-');
  if (!parts.every(isCode)) return null;
  if (TYPE_CODES.has(foldKey(parts[0]!))) return makeNumber(serial, [...parts, type], true, null);
  const number = makeNumber(serial, [type, ...parts], false, null);
  const display = `${serial}-${parts.map(canonicalCode).join('-')}/${canonicalCode(type)}`;
  return { ...number, display, key: numberKey(display.replace(/^0+(?=\d)/, '')) };
}

/** The part of a state-number match that covers the serial, year and the first `count` codes. */
function rawPrefix(raw: string, serial: string, year: string | undefined, count: number): string {
  // `serial[ \t]?/[ \t]?(year/)?`, read by hand: this runs for every number of every text.
  let at = serial.length;
  const skipBlank = () => {
    if (raw[at] === ' ' || raw[at] === '\t') at++;
  };
  skipBlank();
  at++; // the slash
  skipBlank();
  if (year) at += year.length + 1;
  const pieces = raw.slice(at).split(/([ \t]?-[ \t]?)/);
  return raw.slice(0, at) + pieces.slice(0, count * 2 - 1).join('');
}

/**
 * The serial of a number line with the letters OCR takes for digits put back (`4l5/UBND` →
 * `415/UBND`, `1O2-TB` → `102-TB`): only in a run that has digits and ends at the code's `/` or `-`.
 */
export function repairSerial(text: string): string {
  return text.replace(
    /^(\s*)([\dlIO|]{2,6})(?=\s*[-/])/u,
    (whole, space: string, serial: string) =>
      /\d/u.test(serial) ? space + serial.replace(/[lI|]/gu, '1').replace(/O/gu, '0') : whole,
  );
}

/** Parses a whole string as one number (`Số: 10227 /VP-KGVX` after `Số:`), or null. */
export function parseNumber(text: string): DocumentNumber | null {
  const matches = findNumbers(text);
  return matches[0]?.number ?? null;
}

/** The issuer a number's code names, if the code is known. */
export function issuerOfNumber(number: DocumentNumber): IssuerCode | null {
  if (!number.issuerCode) return null;
  const codes = number.issuerCode.split('-');
  for (const code of [number.issuerCode, codes[codes.length - 1] ?? '', codes[0] ?? '']) {
    const issuer = ISSUERS.get(foldKey(code));
    if (issuer) return issuer;
  }
  return null;
}

/** The document type a number's code names (`TB` → `Thông báo`); a state number with only issuer codes is a công văn. */
export function typeOfNumber(number: DocumentNumber): string | null {
  if (number.typeCode) {
    const folded = foldKey(number.typeCode);
    // `TT` is a Party thông tri, but a state thông tư (`15/2021/TT-BTC`, `15-BTC/TT`).
    if (!number.party && folded === 'TT') return 'Thông tư';
    const type = DOCUMENT_TYPES.find((t) => t.codes.some((code) => foldKey(code) === folded));
    return type?.name ?? null;
  }
  if (!number.party && !number.year) return 'Công văn';
  return null;
}
