/**
 * The archive's assignments by agency, computed once in the ingest (`content/data/assignments.json`):
 * each agency's entry with its kind, level and counts, and every assignment with the document it
 * comes from, in date order. The pages `/don-vi/` and `/han/`, the CSV and the calendars read it.
 */
import type { AssignedDocument, AssignmentData, Level } from '../../../src/lib/contract.ts';
import { collator } from '../../../src/lib/vietnamese.ts';

/** The level an agency works at, from the words of its name; null for a group of agencies. */
function levelOfName(name: string, person: boolean): Level | null {
  if (person) return null;
  if (/^các\s/u.test(name)) return null;
  // Letters around a word, not `\b`: JavaScript's `\b` ends no word at `ã` (`xã Tân Dân`).
  if (
    /(?<![\p{L}])(?:phường|(?<!thị )xã|thị trấn|thôn|tổ dân phố)(?![\p{L}])/iu.test(name) ||
    /^Trạm/u.test(name)
  )
    return 'Phường-xã';
  if (
    /(?<![\p{L}])(?:quận|huyện|thị xã)(?![\p{L}])|^(?:Phòng|Trung tâm)\s|\((?:[^)]+)\)$/iu.test(
      name,
    )
  )
    return 'Quận-huyện';
  if (
    /^(?:Bộ(?! Tư lệnh| Chỉ huy)|Thủ tướng|Chính phủ|Quốc hội|Ban Bí thư|Bộ Chính trị|Cục|Vụ|Tổng cục|Lãnh đạo Bộ)|Trung ương|Chính phủ|Quốc hội/u.test(
      name,
    )
  )
    return 'Trung ương';
  return 'Thành phố';
}

/** The assignments of the documents, by agency, and in date order. */
export function assignmentData(documents: AssignedDocument[]): AssignmentData {
  const agencies = new Map<string, AssignmentData['agencies'][number]>();
  const items: AssignmentData['items'] = [];
  for (const d of documents) {
    if (d.copyOf) continue;
    for (const a of d.assignments) {
      const entry = agencies.get(a.agencyId) ?? {
        id: a.agencyId,
        name: a.agency,
        person: a.person,
        level: levelOfName(a.agency, a.person),
        variants: [],
        lead: 0,
        partner: 0,
        report: 0,
      };
      if (!entry.variants.includes(a.written)) entry.variants.push(a.written);
      if (a.role === 'lead') entry.lead++;
      else if (a.role === 'partner') entry.partner++;
      else entry.report++;
      agencies.set(a.agencyId, entry);
      items.push({
        ...a,
        document: d.id,
        documentLabel: [d.type, d.number].filter(Boolean).join(' ') || d.title || d.id,
        documentDate: d.date,
        issuer: d.issuer,
      });
    }
  }
  items.sort(
    (a, b) =>
      (a.documentDate ?? '').localeCompare(b.documentDate ?? '') ||
      collator.compare(a.document, b.document),
  );
  return {
    agencies: [...agencies.values()].sort((a, b) => collator.compare(a.name, b.name)),
    items,
  };
}
