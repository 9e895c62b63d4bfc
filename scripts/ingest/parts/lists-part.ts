/** The list parts: `Kính gửi:` (addressees) and `Nơi nhận:` (recipients). */
import type { Line } from '../lines.ts';
import { range, type PartReader } from './page.ts';

/** Reads the addressees and the recipients. */
export const readListsPart: PartReader = ({ lines, bodyStart, end }, found) => {
  found.addressees = readAddressees(lines, end);
  const recipientsIndex = range(bodyStart, end).find((i) => lines[i]!.kind === 'recipients');
  found.recipients = recipientsIndex === undefined ? [] : readList(lines, recipientsIndex, end);
};

/** Items of a list that follows a label line (`Nơi nhận:`), without dashes and end punctuation. */
export function readList(lines: Line[], labelIndex: number, end: number): string[] {
  const items: string[] = [];
  const inline = lines[labelIndex]!.plain.replace(/^[^:]*:\s*/u, '');
  if (inline && inline !== lines[labelIndex]!.plain) items.push(cleanItem(inline));
  let i = labelIndex + 1;
  while (i < end && lines[i]!.kind === 'blank') i++;
  for (; i < end; i++) {
    const plain = lines[i]!.plain;
    if (!plain) break;
    // An item whose dash the conversion dropped keeps the dash's indent (` Ban Tuyên giáo TW;`).
    const indented =
      /^[ \t]+\S/u.test(lines[i]!.raw) && plain.length <= 160 && lines[i]!.kind !== 'authority';
    if (!/^[-+•(]/u.test(plain) && !indented) break;
    items.push(cleanItem(plain));
  }
  return items.filter(Boolean);
}

function cleanItem(text: string): string {
  return text
    .replace(/^[-+•]\s*/u, '')
    .replace(/[;,.]+$/u, '')
    .trim();
}

/** The `Kính gửi:` list, inline or as dashed lines. */
function readAddressees(lines: Line[], end: number): string[] {
  const index = range(0, end).find((i) => lines[i]!.kind === 'addressees');
  return index === undefined ? [] : readList(lines, index, end);
}
