/**
 * Issuer names from header lines in capitals (`ỦY BAN NHÂN DÂN` / `QUẬN HAI BÀ TRUNG` →
 * `Ủy ban nhân dân quận Hai Bà Trưng`) and from number codes where the header is missing.
 */
import {
  AGENCY_FIELDS,
  CENTRAL_CITIES,
  HEADER_ABBREVIATIONS,
  HEADER_MARK_SLIPS,
  COMPANY_TRADE_WORDS,
  HEADER_BODIES,
  ORGANISATIONS,
  PLACE_NAMES,
  PROVINCE_NAMES,
  UNIT_WORDS,
  type HeaderBody,
} from './vocabulary.ts';
import type { Level } from '../../src/lib/contract.ts';
import { phraseCase, properCase } from './casing.ts';
import { sentenceCase, titleCase, toneless, toneOf } from './text.ts';
import { fold, foldKey, foldLower } from '../../src/lib/vietnamese.ts';

/** A body read from a header: its name, level and place. */
export interface Issuer {
  name: string;
  level: Level;
  party: boolean;
}

interface Unit {
  /** The body's name without its place (`Ủy ban nhân dân`, `Bộ Y tế`). */
  body: string | null;
  kind: Pick<HeaderBody, 'whole' | 'part'>;
  unitWord: string | null;
  place: string | null;
  level: Level;
  party: boolean;
}

const BODIES = [...HEADER_BODIES].sort((a, b) => b.folded.length - a.folded.length);
/** The bodies' folded names, for an exact look-up. */
const BODY_NAMES = new Set(BODIES.map((body) => body.folded));
/** Longest first, so `KINH TẾ VÀ HẠ TẦNG` wins over `KINH TẾ`. */
const AGENCIES = Object.entries(AGENCY_FIELDS)
  .map(([folded, name]) => ({ folded, name }))
  .sort((a, b) => b.folded.length - a.folded.length);

/**
 * `BỘ` and one to four words that name no command (`BỘ CHỈ HUY`, `BỘ TƯ LỆNH`, `BỘ ĐỘI`) and no
 * place: a ministry.
 */
const MINISTRY_NOT_IN_TABLE =
  /^BO (?!CHI HUY|TU LENH|DOI|PHAN|CHINH TRI)(?:(?!TINH|THANH PHO|HUYEN|QUAN)\S+ ?){1,4}$/;

/** The word that heads an agency's name, by its folded form. */
const AGENCY_HEADS: Record<string, string> = { BO: 'Bộ', SO: 'Sở', PHONG: 'Phòng' };

/** `HÀ NỘI` → `Hà Nội`, `HAI BÀ TRUNG` → `Hai Bà Trưng` (OCR spellings fixed from the place table). */
export function placeName(text: string): string {
  const clean = text.replace(/[.*\s]+$/g, '').trim();
  return PLACE_NAMES[foldKey(clean)] ?? PROVINCE_NAMES[foldKey(clean)] ?? titleCase(clean);
}

/** The place of a place-date line: `Q. Hai Bà Trưng` → `Hai Bà Trưng`, `TP. Hà Nội` → `Hà Nội`. */
export function placeOfDateLine(place: string): string {
  return placeName(place.replace(/^(Q\.|Quận|TP\.?|Thành phố)\s*/u, ''));
}

/** True for words that read as a place name (`HOÀN KIẾM`), not a description (`PHÒNG, CHỐNG DỊCH`). */
function looksLikePlace(text: string): boolean {
  if (PLACE_NAMES[foldKey(text)] || PROVINCE_NAMES[foldKey(text)]) return true;
  // A line that opens with a body's word names a body (`BAN THƯỜNG TRỰC`, `HỘI …`), not a place.
  if (BODY_WORDS.test(foldKey(text))) return false;
  const words = text.trim().split(/\s+/);
  return words.length <= 4 && !/[,;:()\d]/.test(text);
}

/** Words that open the name of a body, folded. */
const BODY_WORDS =
  /^(BAN|HOI|DOAN|CONG TY|TRUONG|TRUNG TAM|VIEN|PHONG|CUC|TONG|LIEN|UY BAN|SO|BO|CHI CUC|THANH TRA|VAN PHONG)\b/;

/** True when folded `text` is `words`, or opens with them as whole words (`QUAN HAI BA TRUNG` opens with `QUAN`). */
function opensWith(text: string, words: string): boolean {
  return text === words || text.startsWith(`${words} `);
}

/**
 * False when a word of the line is printed with other marks than the same word of a body's name
 * (`BẢO HIỂM` is not `Báo`); a word printed without marks (OCR lost them) matches either.
 */
function markedAlike(text: string, name: string): boolean {
  const names = name.split(/\s+/);
  return text
    .trim()
    .split(/\s+/)
    .slice(0, names.length)
    .every((word, k) => {
      const lower = word.toLocaleLowerCase('vi');
      const expected = names[k]!.toLocaleLowerCase('vi');
      if (foldLower(lower) !== foldLower(expected) || foldLower(lower) === lower) return true;
      // The same syllable whatever vowel carries its tone (`uỷ` and `ủy`, `hoà` and `hòa`).
      return toneless(lower) === toneless(expected) && toneOf(lower) === toneOf(expected);
    });
}

/** The words of `text` after its first `count` words. */
function after(text: string, count: number): string {
  return text.split(' ').slice(count).join(' ');
}

/**
 * A city under a province is at a district's level: its People's Committee (`THÀNH PHỐ THỦ DẦU
 * MỘT` under its province) and its Party committee (`THÀNH ỦY BẢO LỘC`).
 */
function atCityLevel(unit: Unit): Unit {
  const city = unit.unitWord === 'thành phố' || (unit.party && unit.body === 'Thành ủy');
  if (city && unit.place && !CENTRAL_CITIES.has(foldKey(unit.place))) unit.level = 'Quận-huyện';
  return unit;
}

/** Reads one header line into a body and/or a place. */
function readUnit(line: string): Unit {
  // `TÀI CHÍNH-KẾ HOẠCH` is two fields; `COVID-19` one word.
  let text = expandAbbreviations(line).replace(/\s*[-–]\s*(?!(?<=\p{L}-)\d)/gu, ' - ');
  const unit: Unit = {
    body: null,
    kind: {},
    unitWord: null,
    place: null,
    level: 'Thành phố',
    party: false,
  };
  const key = foldKey(text);

  // A ministry, a city department or a district office: `BỘ Y TẾ`, `SỞ GIÁO DỤC VÀ ĐÀO TẠO`,
  // `PHÒNG TÀI CHÍNH - KẾ HOẠCH`.
  const head = /^(BO|SO|PHONG) /.exec(key)?.[1];
  const agency = head && AGENCIES.find((a) => opensWith(key.slice(head.length + 1), a.folded));
  if (head && agency) {
    const ministry = head === 'BO';
    unit.body = `${AGENCY_HEADS[head]} ${agency.name}`;
    unit.level = ministry ? 'Trung ương' : head === 'SO' ? 'Thành phố' : 'Quận-huyện';
    unit.kind = ministry ? { whole: true } : {};
    text = after(text, 1 + agency.folded.split(' ').length);
  } else if (head === 'BO' && MINISTRY_NOT_IN_TABLE.test(key)) {
    // `BỘ THƯƠNG NGHIỆP`: a ministry the table does not hold (an older one), kept as printed.
    return { ...unit, body: bodyCase(text.trim()), level: 'Trung ương', kind: { whole: true } };
  } else {
    const body = BODIES.find(
      (candidate) => opensWith(key, candidate.folded) && markedAlike(text, candidate.name),
    );
    if (body) {
      unit.body = body.name;
      unit.level = body.level;
      unit.party = body.party;
      unit.kind = { ...(body.whole ? { whole: true } : {}), ...(body.part ? { part: true } : {}) };
      text = after(text, body.folded.split(' ').length);
      if (body.whole || readBodyRest(unit, body, text.trim())) return unit;
    }
  }
  const rest = foldKey(text);
  if (/^TRUNG UONG\b/.test(rest)) {
    unit.level = 'Trung ương';
    return unit;
  }
  const word = unitWordOpening(text);
  if (word) {
    unit.unitWord = word.name;
    unit.level = word.level;
    const place = after(text, word.words.split(' ').length);
    if (place) unit.place = placeName(place);
  } else if (text.trim()) {
    const named = unit.body ? nameBeforeUnitWord(text.trim()) : null;
    // `ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP` under `ĐẢNG BỘ TỈNH …`: a bloc's name, no place.
    if (!named && unit.body === 'Đảng ủy' && /^KHOI\s/.test(foldKey(text.trim()))) {
      unit.body = `Đảng ủy ${properCase(text.trim())}`;
      return unit;
    }
    if (named) {
      // `ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH`: a name, then the unit word of the parent's place.
      unit.body = `${unit.body} ${fieldNames(named.name)}`;
      unit.unitWord = named.unitWord.name;
      unit.level = named.unitWord.level;
    } else if (looksLikePlace(text) || unit.body) unit.place = placeName(text);
    else Object.assign(unit, bodyWithPlace(text.trim()));
  }
  return atCityLevel(unit);
}

/** `KHỐI CÁC CƠ QUAN TỈNH` → the name before a closing unit word, and that word; else null. */
function nameBeforeUnitWord(
  text: string,
): { name: string; unitWord: (typeof UNIT_WORDS)[number] } | null {
  const words = text.split(/\s+/);
  const unitWord = unitWordOpening(words[words.length - 1]!);
  if (words.length < 2 || !unitWord || unitWord.words.includes(' ')) return null;
  return { name: words.slice(0, -1).join(' '), unitWord };
}

/**
 * The rest of a line after a body in the tables, when it completes the body's name (a
 * committee, the bodies an office serves, fields, a description, a proper name): sets the
 * unit's name and returns true. False when the rest is a place, read by the caller.
 */
function readBodyRest(unit: Unit, body: HeaderBody, text: string): boolean {
  const rest = foldKey(text);
  if (!rest) return false;
  // A department with its committee on its own line: `ỦY BAN KIỂM TRA TỈNH ỦY [BẮC GIANG]`.
  const committee = /^((?:TINH|THANH|HUYEN|QUAN|THI|DANG) UY)(?: (.+))?$/.exec(rest);
  if (body.part && committee) {
    const words = text.split(/\s+/);
    unit.body = `${body.name} ${properCase(words.slice(0, 2).join(' '))}`;
    unit.kind = {};
    unit.party = true;
    if (committee[2]) unit.place = placeName(words.slice(2).join(' '));
    return true;
  }
  // An office of the bodies it names: `VĂN PHÒNG HĐND VÀ UBND` (of the district above).
  if (body.part && BODIES.some((other) => !other.part && opensWith(rest, other.folded))) {
    unit.body = `${body.name} ${properCase(text)}`;
    unit.kind = {};
    return true;
  }
  // A name that goes on past the table's words: `BAN TUYÊN GIÁO VÀ DÂN VẬN`, `CƠ QUAN TỔ CHỨC - NỘI VỤ`.
  if (body.fields || /^(VA|-|,) /.test(rest)) {
    unit.body = `${body.name} ${fieldNames(text)}`;
    return true;
  }
  if (body.described) {
    // What the board is for goes on in lower case (`Ban Chỉ đạo phòng, chống dịch`), unless it
    // opens with a name of its own (`Ban Chỉ đạo 35`, `… Chương trình …`).
    unit.body = `${body.name} ${phraseCase(text)}`;
    return true;
  }
  if (body.titled) {
    unit.body = `${body.name} ${titleCase(text)}`;
    unit.kind = { whole: true };
    return true;
  }
  return false;
}

/**
 * A body not in the tables, kept as printed, with the place its line ends with:
 * `LIÊN ĐOÀN LAO ĐỘNG TỈNH BÌNH DƯƠNG` → `Liên đoàn Lao động` + `tỉnh` + `Bình Dương`.
 */
function bodyWithPlace(
  text: string,
): Pick<Unit, 'body' | 'unitWord' | 'place' | 'level'> | { body: string } {
  const words = text.split(/\s+/);
  for (let k = words.length - 2; k >= 1; k--) {
    const word = unitWordOpening(words.slice(k).join(' '));
    if (!word) continue;
    const place = words.slice(k + word.words.split(' ').length).join(' ');
    if (!place || !looksLikePlace(place)) continue;
    return {
      body: bodyCase(words.slice(0, k).join(' ')),
      unitWord: word.name,
      place: placeName(place),
      level: word.level,
    };
  }
  // `BỘ CHỈ HUY QUÂN SỰ TỈNH`: the unit word closes the name, the place is the parent's.
  const named = nameBeforeUnitWord(text);
  if (named)
    return {
      body: bodyCase(named.name),
      unitWord: named.unitWord.name,
      place: null,
      level: named.unitWord.level,
    };
  return { body: bodyCase(text) };
}

/**
 * The unit word (`TỈNH`, `QUẬN`) that `text` opens with. Words printed with their marks must
 * have the unit word's (`QUÂN SỰ` is no `QUẬN`); words OCR left bare match by their letters.
 */
function unitWordOpening(text: string): (typeof UNIT_WORDS)[number] | undefined {
  const upper = text.trim().toLocaleUpperCase('vi');
  const key = foldKey(upper);
  return UNIT_WORDS.find((candidate) => {
    if (!opensWith(key, foldKey(candidate.words))) return false;
    const printed = upper.split(/\s+/).slice(0, candidate.words.split(' ').length).join(' ');
    return printed === foldKey(printed) || printed === candidate.words;
  });
}

/** Words that head a body's name; the field after them is capitalised (`Phòng Cảnh sát giao thông`). */
const NAME_HEADS =
  /^(Phòng|Trung tâm|Chi cục|Cục|Vụ|Viện|Ban|Đội|Hội đồng|Hội|Sở|Bộ|Trường|Bệnh viện|Liên đoàn|Tổng cục) (\p{Ll})/u;

/** A body's name printed in capitals, in sentence case with the field after its head word capitalised. */
function bodyCase(text: string): string {
  return properCase(text)
    .replace(
      NAME_HEADS,
      (_, head: string, letter: string) => `${head} ${letter.toLocaleUpperCase('vi')}`,
    )
    .replace(SCHOOL, schoolName);
}

/** A university or college and its proper name (`TRƯỜNG ĐẠI HỌC VINH`, `ĐOÀN TRƯỜNG ĐẠI HỌC VINH`). */
const SCHOOL = /(?<![\p{L}])trường (đại học|cao đẳng)\s+(.+)$/iu;

/** `Trường Đại học Vinh`: the kind in sentence case, the proper name with each word capitalised. */
const schoolName = (_: string, kind: string, name: string) =>
  `Trường ${sentenceCase(kind)} ${titleCase(name)}`;

/** Field names in sentence case, each field capitalised: `VÀ DÂN VẬN` → `và Dân vận`, `TỔ CHỨC - NỘI VỤ` → `Tổ chức - Nội vụ`. */
function fieldNames(text: string): string {
  return ` ${properCase(text)}`
    .replace(/^ Và /u, ' và ')
    .replace(
      /(^ (?!và )|\s-\s|,\s|\svà\s)(\p{Ll})/gu,
      (_, before: string, letter: string) => before + letter.toLocaleUpperCase('vi'),
    )
    .trim();
}

/** The display name of one unit, its place (and `tỉnh`, `thành phố`) taken from the unit or the context. */
function unitName(unit: Unit, context: Unit | null): string {
  const place = unit.place ?? context?.place ?? null;
  if (!unit.body) return [unit.unitWord, place].filter(Boolean).join(' ');
  if (unit.kind.whole) return unit.body;
  // `Công ty … thủy lợi Hải Dương`: a company named after its place takes no other.
  const named = companyPlace(unit.body);
  if (named) return named;
  // `Thành ủy Hà Nội`, `Quận ủy Hai Bà Trưng`, `Tỉnh đoàn Quảng Nam`; but `Đảng ủy phường Minh Khai`.
  if (
    (unit.party && /ủy$/.test(unit.body) && unit.body !== 'Đảng ủy') ||
    /^(?:Tỉnh|Thành|Huyện) đoàn$/u.test(unit.body)
  )
    return place ? `${unit.body} ${place}` : unit.body;
  // A body under `ỦY BAN NHÂN DÂN TỈNH …` takes its `tỉnh` (`Sở Y tế tỉnh Quảng Ngãi`).
  const inherited = unit.place ? null : (context?.unitWord ?? null);
  const central = place && CENTRAL_CITIES.has(foldKey(place)) ? 'thành phố' : null;
  const unitWord = unit.unitWord ?? inherited ?? central;
  return [unit.body, unitWord, place].filter(Boolean).join(' ');
}

/**
 * A company's name that ends with a province's name (`… thủy lợi hải dương`), with that name
 * capitalised; null for any other body.
 */
function companyPlace(body: string): string | null {
  if (!/^(?:Công ty|Tổng công ty)\s/u.test(body)) return null;
  const proper = companyProperName(body);
  if (proper) return proper;
  const words = body.split(' ');
  for (let k = Math.max(1, words.length - 4); k < words.length; k++) {
    const tail = words.slice(k).join(' ');
    const province = PROVINCE_NAMES[foldKey(tail)];
    if (province) return `${words.slice(0, k).join(' ')} ${province}`;
  }
  return null;
}

/** A company's legal form before its name (`Công ty TNHH MTV`, `Công ty cổ phần`). */
const COMPANY_FORM =
  /^((?:Tổng công ty|Công ty)(?:\s+(?:TNHH|MTV|CP|cổ phần|trách nhiệm hữu hạn|một thành viên))*)\s+(\p{Ll}.*)$/u;
/** The trade words, as one pattern of whole words. */
const TRADE_WORDS = new RegExp(
  `(?<![\\p{L}])(?:${COMPANY_TRADE_WORDS.join('|')})(?![\\p{L}])`,
  'u',
);

/**
 * A company named by a proper name, that name capitalised (`Công ty TNHH đại đồng tiến` →
 * `Công ty TNHH Đại Đồng Tiến`); null when its name says its trade.
 */
function companyProperName(body: string): string | null {
  const [, form, name] = COMPANY_FORM.exec(body) ?? [];
  if (!form || !name || TRADE_WORDS.test(name)) return null;
  return `${form} ${name.replace(/(?<![\p{L}])\p{Ll}/gu, (c) => c.toLocaleUpperCase('vi'))}`;
}

/**
 * The header's lines with a name made whole where it broke before its last words (`NGÂN HÀNG
 * NHÀ NƯỚC` / `VIỆT NAM`, `SỞ LAO ĐỘNG - THƯƠNG BINH` / `VÀ XÃ HỘI`, a company's name).
 */
function withNationalNames(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines.flatMap(cellLines)) {
    const previous = joined[joined.length - 1];
    if (
      previous !== undefined &&
      (foldKey(line) === 'VIET NAM' ||
        wrappedCompany(previous, line) ||
        wrappedBody(previous, line) ||
        // `SỞ LAO ĐỘNG - THƯƠNG BINH` / `VÀ XÃ HỘI`: a name wrapped before its last words;
        // `BỘ NÔNG NGHIỆP VÀ` / `MÔI TRƯỜNG`: after them.
        /^(?:VA|&|-)\s/.test(foldKey(line)) ||
        /\s(?:VA|&|-)$/.test(foldKey(previous).trim()))
    )
      joined.push(`${joined.pop()!} ${line.trim()}`);
    else joined.push(line);
  }
  return joined;
}

/** A parent body with its place, at the start of a line (`ỦY BAN NHÂN DÂN TỈNH NINH BÌNH`, `TỈNH ỦY …`). */
const PARENT_WITH_PLACE =
  /^(?:(?:ỦY|UỶ) BAN NHÂN DÂN|UBND|(?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ) ỦY)\s+(?:(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG)\s+)?\S/u;
/** A unit's head word inside a ministry's line (`BỘ TÀI CHÍNH TỔNG CỤC THUẾ`). */
const UNIT_OF_MINISTRY = /\s(?=(?:TỔNG CỤC|CỤC|VỤ|VIỆN|THANH TRA|VĂN PHÒNG|TRUNG TÂM)\s)/gu;

/**
 * A ministry and its unit joined on one line (`BỘ TÀI CHÍNH TỔNG CỤC THUẾ`, `BỘ NỘI VỤ VỤ TỔ
 * CHỨC`): cut after the longest words that are a ministry's name and nothing more (`BỘ NỘI`
 * reads as one too); null where none are.
 */
function ministryAndUnit(text: string): string[] | null {
  if (!/^\s*BỘ\s/u.test(text)) return null;
  const cuts = [...text.matchAll(UNIT_OF_MINISTRY)].map((cut) => cut.index);
  const at = cuts.findLast((cut) => {
    const head = readUnit(text.slice(0, cut));
    // The ministry's name must take every word before the cut (`BỘ TÀI CHÍNH TỔNG` is no name).
    return isWholeNational(head) && foldKey(head.body ?? '') === foldKey(text.slice(0, cut));
  });
  return at === undefined ? null : [text.slice(0, at), text.slice(at + 1)];
}

/** A unit's head word after its parent on the same line. */
const UNIT_AFTER_PARENT = /\s(?=(?:SỞ|PHÒNG|BAN|CHI CỤC|TRUNG TÂM|VĂN PHÒNG|THANH TRA)\s)/u;

/**
 * A table cell's lines as a Word export joins them (`ỦY BAN NHÂN DÂN TỈNH NINH BÌNH SỞ Y TẾ
 * -------`): the parent and its unit on lines of their own, the rule under them dropped.
 */
function cellLines(line: string): string[] {
  const text = line.replace(/\s*[-–—_]{3,}\s*$/u, '');
  const parent = PARENT_WITH_PLACE.exec(text.trimStart());
  if (!parent) return ministryAndUnit(text) ?? [text];
  // The unit comes after the parent's place, never inside the parent's name (`ỦY BAN`).
  const from = text.length - text.trimStart().length + parent[0].length;
  const cut = UNIT_AFTER_PARENT.exec(text.slice(from));
  if (!cut) return [text];
  const at = from + cut.index;
  return [text.slice(0, at), text.slice(at + 1)];
}

/**
 * `NGÂN HÀNG NHÀ` / `NƯỚC`: a line that names no body, place or unit word alone, and completes
 * the name of a body of the table that the line above began; or two lines that together are
 * exactly one body's name.
 */
function wrappedBody(previous: string, line: string): boolean {
  const key = foldKey(`${previous} ${line}`);
  // `ỦY BAN THƯỜNG VỤ` / `QUỐC HỘI`: together, exactly a body of the table that neither line is.
  if (BODY_NAMES.has(key) && !BODY_NAMES.has(foldKey(previous))) return true;
  const alone = readUnit(line);
  if (alone.body || alone.unitWord || unitWordOpening(line)) return false;
  // `BỘ` / `TÀI CHÍNH`: an agency's head word alone on its line.
  if (/^(?:BO|SO|PHONG)$/.test(foldKey(previous))) return readUnit(key).body !== null;
  const before = foldKey(readUnit(previous).body ?? '');
  // The joined words are a body's name, or the start of one that the next line goes on with.
  return BODIES.some(
    ({ folded }) =>
      folded.length > before.length && (key.startsWith(folded) || folded.startsWith(`${key} `)),
  );
}

/**
 * `CÔNG TY TNHH MTV KHAI THÁC` / `CÔNG TRÌNH THỦY LỢI HẢI DƯƠNG`: a company's name wrapped onto a
 * line that opens no body and no place of its own.
 */
function wrappedCompany(previous: string, line: string): boolean {
  const key = foldKey(line);
  return (
    /^(?:CONG TY|TONG CONG TY)\b/.test(foldKey(previous)) &&
    !BODY_WORDS.test(key) &&
    !unitWordOpening(line) &&
    !/^(?:SO|SỐ)\b/.test(key)
  );
}

/** The issuer named by the capitalised lines at the top left of a header, or null. */
export function issuerFromHeader(lines: string[]): Issuer | null {
  const units: Unit[] = [];
  for (const line of withNationalNames(lines)) {
    const unit = readUnit(line);
    const previous = units[units.length - 1];
    // A line with only a place (`THÀNH PHỐ HÀ NỘI`) qualifies the body above it.
    if (!unit.body && previous && !previous.place && !previous.kind.whole) {
      previous.unitWord ??= unit.unitWord;
      previous.place = unit.place;
      if (unit.unitWord) previous.level = unit.level;
      continue;
    }
    if (unit.body || unit.place) units.push(unit);
  }
  if (units.length === 0) return null;
  const context = units.find((unit) => unit.place) ?? null;
  const last = units[units.length - 1]!;
  const parent = units[units.length - 2];
  const central = units.some((unit) => unit.level === 'Trung ương');
  const party = units.some((unit) => unit.party);
  if (last.kind.part && parent) {
    const level = central ? 'Trung ương' : parent.level;
    if (parent.body === 'Ban Chấp hành Trung ương Đảng') {
      return {
        name: last.body === 'Văn phòng' ? 'Văn phòng Trung ương Đảng' : `${last.body} Trung ương`,
        level: 'Trung ương',
        party: true,
      };
    }
    return {
      name: `${last.body} ${unitName(parent, context)}`,
      level,
      party: party || last.party,
    };
  }
  // `TÒA ÁN NHÂN DÂN TỐI CAO` / `VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO`: two national bodies, one paper.
  if (parent && units.length === 2 && [parent, last].every(isWholeNational))
    return {
      name: `${unitName(parent, null)} và ${unitName(last, null)} (liên tịch)`,
      level: 'Trung ương',
      party: false,
    };
  const underParent =
    (parent && units.length === 2 ? jointOverPlace(parent, last) : null) ??
    (parent
      ? (nameUnderParent(last, parent, context) ?? partyUnitUnder(last, parent, context))
      : null);
  if (underParent) return underParent;
  // A body with a place of its own is local, whatever its parent (`BỘ CÔNG AN` / `CÔNG AN TỈNH …`).
  // A body with no place of its own works at its parent's (`UBND HUYỆN …` / `HỘI ĐỒNG NGHĨA VỤ
  // QUÂN SỰ`, `BAN CHỈ ĐẠO …`: the district's council and board).
  const ownLevel = !last.place && !last.unitWord && parent?.place ? parent.level : last.level;
  const level: Level = central && !(last.place && last.unitWord) ? 'Trung ương' : ownLevel;
  if (
    parent &&
    (parent.body === 'Ban cán sự đảng' ||
      parent.body === 'Ban Thường vụ' ||
      parent.body === 'Đảng đoàn')
  ) {
    return { name: `${parent.body} ${unitName(last, context)}`, level, party: true };
  }
  return { name: unitName(last, context), level, party: last.party || (party && !last.body) };
}

/** A Party committee's board or bloc under it (`TỈNH ỦY …` / `BAN CHỈ ĐẠO 35`; `ĐẢNG BỘ TỈNH …` / `ĐẢNG ỦY KHỐI …`). */
function partyUnitUnder(last: Unit, parent: Unit, context: Unit | null): Issuer | null {
  // `TỈNH ỦY NAM ĐỊNH` / `BAN CHỈ ĐẠO 35`: a board of the Party committee, named after it.
  if (
    parent.party &&
    parent.place &&
    /^Ban\s/u.test(last.body ?? '') &&
    !last.place &&
    !last.unitWord
  )
    return { name: `${last.body} ${unitName(parent, context)}`, level: parent.level, party: true };
  // `ĐẢNG BỘ TỈNH BẮC GIANG` / `ĐẢNG ỦY KHỐI CÁC CƠ QUAN VÀ DOANH NGHIỆP`: the bloc of that province.
  if (parent.place && /^Đảng ủy Khối\s/u.test(last.body ?? '') && !last.place && !last.unitWord) {
    const unitWord = parent.unitWord ? `${parent.unitWord} ` : '';
    return { name: `${last.body} ${unitWord}${parent.place}`, level: parent.level, party: true };
  }
  return null;
}

/** A national body named whole (a ministry, the supreme court), under no other. */
const isWholeNational = (unit: Unit): boolean =>
  unit.kind.whole === true && unit.level === 'Trung ương' && !unit.party;

/** True when a header line names a national body whole (`VIỆN KIỂM SÁT NHÂN DÂN TỐI CAO`). */
export function namesNationalBody(line: string): boolean {
  return isWholeNational(readUnit(line));
}

/** A people's committee or council, which has no existence apart from its place. */
const PLACE_BOUND = ['Ủy ban nhân dân', 'Hội đồng nhân dân'];

/**
 * `ỦY BAN NHÂN DÂN` / `ỦY BAN MTTQ VIỆT NAM` / `TỈNH ĐẮK LẮK`: a people's committee or council
 * with no place, over another body whose place line both share: two issuers (liên tịch).
 */
function jointOverPlace(parent: Unit, last: Unit): Issuer | null {
  if (!parent.body || parent.place || parent.unitWord || !PLACE_BOUND.includes(parent.body))
    return null;
  if (!last.body || !last.place || last.body === parent.body || last.kind.part) return null;
  if (/^(?:Sở|Phòng|Ban|Văn phòng)\s/u.test(last.body)) return null;
  const first = unitName({ ...parent, place: last.place, unitWord: last.unitWord }, null);
  return {
    name: `${first} và ${unitName(last, null)} (liên tịch)`,
    level: last.level,
    party: false,
  };
}

/**
 * A unit named with its parent: a division of a body other than the People's Committee
 * (`Phòng Cảnh sát giao thông Công an tỉnh Nam Định`; but `Phòng Tài chính - Kế hoạch huyện …`,
 * `Sở Y tế tỉnh …`), or an organisation's committee under its national name (`HỘI NÔNG DÂN VIỆT
 * NAM` / `BCH TỈNH ĐỒNG THÁP`, `MẶT TRẬN TỔ QUỐC VIỆT NAM` / `ỦY BAN TỈNH …`). Null for any other unit.
 */
function nameUnderParent(last: Unit, parent: Unit, context: Unit | null): Issuer | null {
  if (
    parent.body &&
    last.body?.startsWith('Phòng ') &&
    !last.place &&
    !['Ủy ban nhân dân', 'Hội đồng nhân dân'].includes(parent.body)
  )
    return {
      name: `${last.body} ${unitName(parent, context)}`,
      level: parent.level,
      party: parent.party,
    };
  // A branch is named after its body (`NGÂN HÀNG NHÀ NƯỚC VIỆT NAM` / `CHI NHÁNH TỈNH QUẢNG NINH`).
  if (parent.body && /^Chi nhánh(?:\s|$)/u.test(last.body ?? ''))
    return {
      name: `${unitName(parent, null)} ${unitName(last, context)}`,
      level: last.place ? last.level : parent.level,
      party: false,
    };
  const organisation = parent.body && !parent.place ? /^(.+) Việt Nam$/u.exec(parent.body) : null;
  if (!organisation || !last.place || (last.body !== 'Ban Chấp hành' && last.body !== 'Ủy ban'))
    return null;
  // The Front's committee keeps the whole name (`Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh …`).
  const named = last.body === 'Ủy ban' ? parent.body : organisation[1];
  return {
    name: [last.body, named, last.unitWord, last.place].filter(Boolean).join(' '),
    level: last.level,
    party: false,
  };
}

/** The most mentioned known place in a text (`Hà Nội`), for documents whose header is missing. */
export function mostMentionedPlace(text: string): string | null {
  const folded = fold(text).toUpperCase();
  let best: string | null = null;
  let bestCount = 0;
  for (const [key, name] of Object.entries(PLACE_NAMES)) {
    const count = folded.split(key).length - 1;
    if (count > bestCount) {
      best = name;
      bestCount = count;
    }
  }
  return best;
}

/** A local body's full name: `Ủy ban nhân dân` + `Hà Nội` → `Ủy ban nhân dân thành phố Hà Nội`. */
export function localName(body: string, place: string | null, district = false): string {
  if (!place) return body;
  if (/ủy$/.test(body) && body !== 'Đảng ủy') return `${body} ${place}`;
  const unitWord = district ? 'quận' : CENTRAL_CITIES.has(foldKey(place)) ? 'thành phố' : 'tỉnh';
  return `${body} ${unitWord} ${place}`;
}

/** A mass organisation whose name stands at the top right of its documents, where a state document has its motto. */
export interface Organisation {
  name: string;
}

/** The organisations, by the folded forms of the name they print at the top right. */
const ORGANISATION_MOTTOS = ORGANISATIONS.flatMap((org) =>
  org.mottos.map((motto): [string, Organisation] => [motto, { name: org.name }]),
);

/** The organisation a header line names (`ĐOÀN TNCS HỒ CHÍ MINH`), or null. */
export function organisationOfLine(plain: string): Organisation | null {
  const key = foldKey(plain.replace(/[*.\s]+$/u, ''));
  return ORGANISATION_MOTTOS.find(([motto]) => key === motto)?.[1] ?? null;
}

/**
 * The organisation whose body a header line names without its motto (`ĐOÀN TỈNH BÌNH ĐỊNH`,
 * `TỈNH ĐOÀN NGHỆ AN`, `HUYỆN ĐOÀN …`): a partner's block in a joint header, say.
 */
export function organisationOfBody(plain: string): Organisation | null {
  const key = foldKey(plain);
  const youth =
    /\bDOAN (TINH|THANH PHO|HUYEN|QUAN|THI XA|PHUONG|XA|TRUONG)\b|^(TINH|THANH|HUYEN|QUAN|THI) DOAN\b/.test(
      key,
    );
  return youth ? { name: ORGANISATIONS[0]!.name } : null;
}

/** A header line in capitals with its abbreviations written out (`BCH` → `BAN CHẤP HÀNH`, `CQ` → `CƠ QUAN`). */
function expandAbbreviations(line: string): string {
  return (
    line
      // `TP.HỒ CHÍ MINH`, `Q.HAI BÀ TRƯNG`: the unit word's dot glued to the place.
      .replace(/(?<![\p{L}])(TP|Q)\.(?=\p{Lu})/u, '$1. ')
      .split(' ')
      .map((word) => HEADER_ABBREVIATIONS[word] ?? HEADER_MARK_SLIPS[word] ?? word)
      .join(' ')
  );
}

/**
 * A name printed in capitals, in sentence case with its proper names, places after a unit word
 * (`ĐOÀN TRƯỜNG ĐẠI HỌC VINH`, `BCH ĐOÀN TỈNH NGHỆ AN` → `Ban Chấp hành Đoàn tỉnh Nghệ An`).
 */
export function printedName(line: string): string {
  const named = properCase(expandAbbreviations(line).replace(/\s+/g, ' ').trim());
  return (
    named
      // `BAN CHẤP HÀNH ĐOÀN TỈNH …`: the Union's committee, `Đoàn` a name.
      .replace(/(Ban Chấp hành|Ban Thường vụ) đoàn(?![\p{L}])/gu, '$1 Đoàn')
      .replace(SCHOOL, schoolName)
      .replace(
        /\b(Tỉnh|Thành|Huyện|Quận|Thị) đoàn\s+(.+)$/u,
        (_, unit: string, place: string) => `${unit} đoàn ${placeName(place)}`,
      )
      .replace(
        /(?<![\p{L}])(tỉnh|thành phố|quận|huyện|thị xã|phường|xã|thị trấn)\s+(?!đoàn)(.+)$/u,
        (_, unit: string, place: string) => `${unit} ${placeName(place)}`,
      )
  );
}

/** The level of a body named as printed, from its unit word (`Đoàn tỉnh` → provincial). */
function levelOfName(name: string): Level {
  const key = foldKey(name);
  if (/\b(HUYEN|QUAN|THI XA)\b/.test(key)) return 'Quận-huyện';
  if (/\b(XA|PHUONG|THI TRAN)\b/.test(key)) return 'Phường-xã';
  return 'Thành phố';
}

/**
 * The issuer of one header block of an organisation's document: `BAN CHẤP HÀNH TRUNG ƯƠNG` is
 * the organisation's Central Committee, `BAN TUYÊN GIÁO` under it that committee's department,
 * `TRUNG ƯƠNG` alone the organisation's central level (in a joint header). A block that does not
 * name the organisation (the partner of a joint document) is read as any header.
 */
export function organisationIssuer(block: string[], organisation: Organisation): Issuer | null {
  const keys = block.map((line) => foldKey(expandAbbreviations(line)));
  const central = /^(BAN CHAP HANH )?TRUNG UONG( DOAN)?$/.test(keys[0] ?? '');
  if (central) {
    const rest = block.slice(1);
    if (rest.length === 0) {
      const body = keys[0]!.startsWith('BAN CHAP HANH') ? 'Ban Chấp hành Trung ương' : 'Trung ương';
      return { name: `${body} ${organisation.name}`, level: 'Trung ương', party: false };
    }
    const restKey = foldKey(expandAbbreviations(rest.join(' ')));
    const part = BODIES.find((body) => body.part && opensWith(restKey, body.folded));
    if (part && restKey === part.folded)
      return {
        name: `${part.name} Trung ương ${organisation.name}`,
        level: 'Trung ương',
        party: false,
      };
    const described = BODIES.find((body) => body.described && opensWith(restKey, body.folded));
    const name = printedName(rest.join(' '));
    return {
      name: described ? name : `${name} Trung ương ${organisation.name}`,
      level: 'Trung ương',
      party: false,
    };
  }
  if (!keys.some((key) => /\bDOAN\b/.test(key))) return issuerFromHeader(block);
  // `BAN CHẤP HÀNH` / `ĐOÀN TỈNH BÌNH ĐỊNH`: one name over two lines; so is `BCH ĐOÀN TNCS HỒ
  // CHÍ MINH` / `HUYỆN NGHI LỘC`, the body, then its place.
  if (keys[0] === 'BAN CHAP HANH' || (block.length === 2 && isBarePlace(block[1]!)))
    return {
      name: printedName(block.join(' ')),
      level: levelOfName(block.join(' ')),
      party: false,
    };
  const first = printedName(block[0]!);
  const last = block.length > 1 ? block[block.length - 1]! : null;
  const lastKey = last ? foldKey(expandAbbreviations(last)) : '';
  const part = last ? BODIES.find((body) => body.part && lastKey === body.folded) : undefined;
  const name = part ? `${part.name} ${first}` : last ? printedName(last) : first;
  return { name, level: levelOfName(first), party: false };
}

/**
 * `HUYỆN NGHI LỘC` alone on a header line: the place of the body above it (`BCH ĐOÀN TNCS HỒ CHÍ
 * MINH` / `HUYỆN NGHI LỘC`), which the organisation's name from the right-hand column may come
 * between.
 */
export function isBarePlace(plain: string): boolean {
  const key = foldKey(expandAbbreviations(plain));
  return (
    /^(TINH|THANH PHO|HUYEN|QUAN|THI XA|XA|PHUONG|THI TRAN)\s+\S/.test(key) &&
    !/\b(DOAN|UY|HOI|BAN)\b/.test(key)
  );
}

/** The standing bodies of an organisation, folded, with their names. */
const STANDING_BODIES: Record<string, string> = {
  'BAN THUONG VU': 'Ban Thường vụ',
  'BAN BI THU': 'Ban Bí thư',
  'BAN CHAP HANH': 'Ban Chấp hành',
  'THUONG TRUC': 'Thường trực',
};

/**
 * A standing body of the organisation named in a signature or a decision's authority line
 * (`TM. BAN THƯỜNG VỤ TRUNG ƯƠNG ĐOÀN`, `BAN BÍ THƯ TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH`) with the
 * organisation's full name, or null when the line names no standing body.
 */
export function standingBody(text: string, organisation: Organisation): Issuer | null {
  const key = foldKey(expandAbbreviations(text));
  const body = /^(BAN THUONG VU|BAN BI THU|BAN CHAP HANH|THUONG TRUC)( TRUNG UONG)?\b/.exec(key);
  if (!body) return null;
  const central = Boolean(body[2]);
  const rest = key.slice(body[0].length).trim();
  // Only the organisation's own bodies (`… TRUNG ƯƠNG ĐOÀN [TNCS HỒ CHÍ MINH]`), never another's.
  if (rest && !/^DOAN\b/.test(rest)) return null;
  if (!central) return null;
  return {
    name: `${STANDING_BODIES[body[1]!]} Trung ương ${organisation.name}`,
    level: 'Trung ương',
    party: false,
  };
}
