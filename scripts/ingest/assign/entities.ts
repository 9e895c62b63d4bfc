/**
 * Agencies as entries of the archive: one per agency whatever the words it is written in. A
 * name is filed by its folded form (`Sở Y tế`, `Sở Y Tế` and `Sở Y tế Thành phố` are one); a local
 * office named without its place (`Công an quận`, `Trung tâm Y tế quận`, `UBND 18 phường`) is the
 * issuer's (`Công an quận Hai Bà Trưng` in a letter of that district); a person is filed by the
 * folded name, so an OCR slip in a mark (`Chủ Xuân Dũng`) joins `Chử Xuân Dũng`.
 */
import type { Level } from '../../../src/lib/contract.ts';
import { slugify } from '../../../src/lib/vietnamese.ts';
import { UNIT_WORDS, type AgencyMention } from './agencies.ts';

/** An agency's entry: the name it is shown under and its id. */
export interface AgencyEntry {
  name: string;
  id: string;
}

/** A local unit word at the end of a name, with no place after it (`Công an quận`). */
const BARE_UNIT = /\s(quận|huyện|thị xã|phường|xã)$/iu;
/** The unit words of a local issuer's own level: a bare one names the issuer's place. */
const OWN_LEVEL_UNITS: Partial<Record<Level, string[]>> = {
  'Quận-huyện': ['quận', 'huyện', 'thị xã'],
  'Phường-xã': ['phường', 'xã', 'thị trấn'],
};

/** Offices that only a district has, named without it in its own letters (`Phòng Y tế`, `Trung tâm Y tế`). */
const DISTRICT_OFFICE = /^(?:Phòng|Trung tâm|Tổ công tác|Văn phòng HĐND)\s/u;
/** Local offices counted for the whole district (`UBND 18 phường`, `các phường`). */
const LOCAL_COLLECTIVE = /\s(?:\d+|các)\s+(?:phường|xã)(?:,\s*(?:phường|xã|thị trấn))*$/iu;

/** Bodies that every level has, named with no unit at all (`Mặt trận Tổ quốc và các đoàn thể`). */
const EVERY_LEVEL = /^Ủy ban MTTQ$/u;

/** `… thành phố` at the end of a name, with no place after it (`Công an thành phố`). */
const BARE_CITY = /\s(?:thành phố|TP\.?)$/iu;

/**
 * A name without the head who stands for its body: `Giám đốc Sở Y tế` is `Sở Y tế`, `cấp ủy các
 * chi bộ` is `các chi bộ`.
 */
export function withoutHead(name: string): string {
  return name.replace(
    /^(?:(?:Giám đốc|Thủ trưởng|Hiệu trưởng|[Cc]ấp ủy)(?:,\s*|\s+))+(?=\p{Lu}|các)/u,
    '',
  );
}

/**
 * The entry an agency mention belongs to, given the issuer's level and place; `city` when that
 * place is a city under a province, whose own bodies are `… thành phố` (`Công an thành phố` in a
 * letter of Bảo Lộc is Bảo Lộc's; in a letter of a district of Hà Nội it is Hà Nội's); `unit`, the
 * issuer's own unit word (`huyện` for `Huyện ủy Cẩm Xuyên`).
 */
export function agencyEntry(
  agency: AgencyMention,
  level: Level | null,
  place: string | null,
  city = false,
  unit: string | null = null,
): AgencyEntry {
  if (agency.person) return { name: agency.name, id: `nguoi-${slugify(agency.name)}` };
  const local = level === 'Quận-huyện' || level === 'Phường-xã';
  let name = withoutHead(agency.name)
    .replace(/\s+phòng,?\s*chống\s+dịch(?:\s+bệnh)?(?:\s+covid-?19)?/iu, '')
    .replace(/\s(Quận|Huyện|Phường|Xã)$/u, (w) => w.toLowerCase());
  // A province's own body written with its name (`… chi nhánh tỉnh Ninh Bình` in a Ninh Bình
  // letter) is the one written without it (`… chi nhánh tỉnh`); a department is without both.
  if (level === 'Thành phố' && place && name.endsWith(` tỉnh ${place}`))
    name = name.slice(0, -place.length - 1).replace(/^(Sở\s.+)\stỉnh$/u, '$1');
  if (local && place && LOCAL_COLLECTIVE.test(name)) name = `${name} (${place})`;
  else if (local && place && city && BARE_CITY.test(name))
    name = `${name.replace(BARE_CITY, '')} thành phố ${place}`;
  // `UBND các quận, huyện, thị xã`: the city's districts, not one place's; `Hội đồng Đội xã` in
  // a district's letter is each commune's, not the district's.
  else if (
    local &&
    place &&
    !/\scác\s/u.test(name) &&
    OWN_LEVEL_UNITS[level]?.includes(BARE_UNIT.exec(name)?.[1]?.toLowerCase() ?? '')
  )
    name = `${name} ${place}`;
  else if (local && place && DISTRICT_OFFICE.test(name)) name = `${name} (${place})`;
  // `Mặt trận Tổ quốc` in a district Party committee's directive is that district's Front.
  else if (local && place && unit && EVERY_LEVEL.test(name)) name = `${name} ${unit} ${place}`;
  return { name, id: slugify(name) || 'don-vi' };
}

/** A unit word and the place after it, at the end of a name. */
const NAMED_PLACE = new RegExp(`(?:${UNIT_WORDS.join('|')})\\s+(\\p{Lu}.*)$`, 'u');

/** The unit word an issuer is named with (`Huyện ủy Cẩm Xuyên`, `UBND phường Tân Mai`), or null. */
export function issuerUnit(issuer: string | null): string | null {
  const unit = /(?:^|\s)(thành phố|thị xã|thị trấn|quận|huyện|phường|xã)(?:\s+ủy)?\s+\p{Lu}/iu.exec(
    issuer ?? '',
  )?.[1];
  return unit ? unit.toLowerCase() : null;
}

/** The place an issuer is named after (`UBND phường Tân Mai` → `Tân Mai`), or null. */
export function issuerPlace(issuer: string | null): string | null {
  return NAMED_PLACE.exec(issuer ?? '')?.[1] ?? null;
}
