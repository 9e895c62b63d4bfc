/**
 * Issuer names from header lines in capitals (`ỦY BAN NHÂN DÂN` / `QUẬN HAI BÀ TRUNG` →
 * `Ủy ban nhân dân quận Hai Bà Trưng`) and from number codes where the header is missing.
 */
import { HEADER_ABBREVIATIONS, HEADER_BODIES, PLACE_NAMES, UNIT_WORDS, type Level } from './vocabulary.ts';
import { fold, foldKey, titleCase } from './text.ts';

/** A body read from a header: its name, level and place. */
export interface Issuer {
  name: string;
  level: Level;
  party: boolean;
}

interface Unit {
  body: string | null;
  unitWord: string | null;
  place: string | null;
  level: Level;
  party: boolean;
  central: boolean;
}

const CENTRAL_CITIES = new Set(['HA NOI', 'HO CHI MINH', 'HAI PHONG', 'DA NANG', 'CAN THO']);

/** `HÀ NỘI` → `Hà Nội`, `HAI BÀ TRUNG` → `Hai Bà Trưng` (OCR spellings fixed from the place table). */
export function placeName(text: string): string {
  const clean = text.replace(/[.*\s]+$/g, '').trim();
  return PLACE_NAMES[foldKey(clean)] ?? titleCase(clean);
}

/** Reads one header line into a body and/or a place. */
function readUnit(line: string): Unit {
  let text = line
    .split(' ')
    .map((word) => HEADER_ABBREVIATIONS[word] ?? word)
    .join(' ')
    .replace(/\s*-\s*/g, ' - ');
  const unit: Unit = { body: null, unitWord: null, place: null, level: 'Thành phố', party: false, central: false };
  const key = foldKey(text);
  const body = HEADER_BODIES.find((candidate) => key === candidate.folded || key.startsWith(`${candidate.folded} `));
  if (body) {
    unit.body = body.name;
    unit.level = body.level;
    unit.party = body.party;
    unit.central = body.level === 'Trung ương';
    text = text.split(' ').slice(body.folded.split(' ').length).join(' ');
  }
  const rest = foldKey(text);
  if (/^TRUNG UONG\b/.test(rest)) {
    unit.central = true;
    unit.level = 'Trung ương';
    return unit;
  }
  const word = UNIT_WORDS.find((candidate) => rest === foldKey(candidate.words) || rest.startsWith(`${foldKey(candidate.words)} `));
  if (word) {
    unit.unitWord = word.name;
    if (!body) unit.level = word.level;
    const place = text.split(' ').slice(word.words.split(' ').length).join(' ');
    if (place) unit.place = placeName(place);
  } else if (text.trim()) {
    unit.place = placeName(text);
  }
  return unit;
}

/** The display name of one unit, its place taken from the unit or from the context. */
function unitName(unit: Unit, contextPlace: string | null): string {
  const place = unit.place ?? contextPlace;
  if (!unit.body) return [unit.unitWord, place].filter(Boolean).join(' ');
  if (unit.party && /ủy$/.test(unit.body)) return place ? `${unit.body} ${place}` : unit.body;
  const unitWord = unit.unitWord ?? (place && CENTRAL_CITIES.has(foldKey(place)) ? 'thành phố' : null);
  return [unit.body, unitWord, place].filter(Boolean).join(' ');
}

/** The issuer named by the capitalised lines at the top left of a header, or null. */
export function issuerFromHeader(lines: string[]): Issuer | null {
  const units: Unit[] = [];
  for (const line of lines) {
    const unit = readUnit(line);
    const previous = units[units.length - 1];
    // A line with only a place (`THÀNH PHỐ HÀ NỘI`) qualifies the body above it.
    if (!unit.body && previous && !previous.place) {
      previous.unitWord ??= unit.unitWord;
      previous.place = unit.place;
      if (unit.unitWord && previous.level !== 'Trung ương') previous.level = unit.level === 'Quận-huyện' ? 'Quận-huyện' : previous.level;
      continue;
    }
    if (unit.body || unit.place) units.push(unit);
  }
  if (units.length === 0) return null;
  const contextPlace = units.find((unit) => unit.place)?.place ?? null;
  const last = units[units.length - 1]!;
  const parent = units[units.length - 2];
  const central = units.some((unit) => unit.central);
  const level: Level = central ? 'Trung ương' : units.some((u) => u.level === 'Quận-huyện') ? 'Quận-huyện' : last.level;
  const party = units.some((unit) => unit.party);
  if (last.body === 'Văn phòng' && parent) {
    if (parent.body === 'Ban Chấp hành Trung ương Đảng') return { name: 'Văn phòng Trung ương Đảng', level, party: true };
    return { name: `Văn phòng ${unitName(parent, contextPlace)}`, level, party: party || parent.party };
  }
  if (parent && (parent.body === 'Ban cán sự đảng' || parent.body === 'Ban Thường vụ')) {
    return { name: `${parent.body} ${unitName(last, contextPlace)}`, level, party: true };
  }
  return { name: unitName(last, contextPlace), level, party };
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
  if (/ủy$/.test(body)) return `${body} ${place}`;
  const unitWord = district ? 'quận' : CENTRAL_CITIES.has(foldKey(place)) ? 'thành phố' : 'tỉnh';
  return `${body} ${unitWord} ${place}`;
}
