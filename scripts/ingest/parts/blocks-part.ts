/** The blocks around a document: the copy block (`SAO Y`), incoming stamps (`ĐẾN`), the digital signature. */
import type { CopyBlock, IncomingStamp } from '../../../src/lib/contract.ts';
import { isoDate, parseDate } from '../../../src/lib/vietnamese.ts';
import { mottoOfLine, SIGNING_TIME, type Line } from '../lines.ts';
import { MOTTOS } from '../vocabulary.ts';
import { plainLine } from '../text.ts';
import { findNumbers } from '../number.ts';
import { issuerFromHeader, organisationOfLine } from '../issuer.ts';
import { properCase } from '../casing.ts';
import { readList } from './lists-part.ts';
import type { PartReader } from './page.ts';

/** Reads the motto, the copy block, the incoming stamps and the digital signature. */
export const readBlocksPart: PartReader = (page, found) => {
  const { lines, copyStart, stamps, digitalSignatures } = page;
  found.motto = readMotto(page.header.map((i) => lines[i]!));
  found.copy = copyStart === null ? null : readCopy(lines.slice(copyStart));
  found.stampLines = stamps.map(([from, to]) => [lines[from]!.no, lines[to]!.no]);
  found.incomingStamps = stamps.map(([from, to]) =>
    readStamp(lines.slice(from, to + 1), found.date),
  );
  found.digitalSignature =
    digitalSignatures
      .map(([from, to]) => readDigitalSignature(lines.slice(from, to + 1)))
      .find(Boolean) ?? null;
};

/**
 * The motto at the top right: the state's two lines, the Party's name, or a mass organisation's
 * name printed in its place (`ĐOÀN TNCS HỒ CHÍ MINH`), as the header prints it.
 */
function readMotto(header: Line[]): string[] {
  const printed = new Set(header.flatMap((line) => mottoOfLine(plainLine(line.raw))));
  const mottos = [...MOTTOS.state, ...MOTTOS.party].filter((motto) => printed.has(motto));
  if (mottos.length > 0) return mottos;
  const organisation = header.find(
    (line) => line.kind !== 'blank' && organisationOfLine(line.plain),
  );
  return organisation ? [organisation.plain.replace(/[*.\s]+$/u, '')] : [];
}

/** The copy block: kind, number, date, issuer and recipients. */
function readCopy(lines: Line[]): CopyBlock {
  const marker = lines.find((line) => line.kind === 'copyMarker')!;
  const numberLine = lines.find((line) => line.kind === 'number');
  const placeDate = lines.find((line) => line.kind === 'placeDate');
  // The copying office heads the block; the capitals of its signature further down are not its name.
  const headEnd = lines.findIndex((line) =>
    ['copyMarker', 'number', 'placeDate', 'recipients'].includes(line.kind),
  );
  const upper = lines
    .slice(0, headEnd === -1 ? lines.length : headEnd)
    .filter((line) => line.kind === 'upper' && line.plain !== '*')
    .map((line) => line.plain);
  const recipientsIndex = lines.findIndex((line) => line.kind === 'recipients');
  return {
    kind: properCase(marker.plain),
    number: numberLine ? (findNumbers(numberLine.plain)[0]?.number.display ?? null) : null,
    date: placeDate ? parseDate(placeDate.plain) : null,
    issuer: issuerFromHeader(upper)?.name ?? null,
    recipients: recipientsIndex === -1 ? [] : readList(lines, recipientsIndex, lines.length),
  };
}

/** An incoming stamp block: receiving agency, arrival number, arrival date, forwarded to. */
function readStamp(lines: Line[], documentDate: string | null): IncomingStamp {
  const text = lines.map((line) => line.plain).join('\n');
  const agency =
    lines.find((line) => line.kind === 'upper' && !/ĐẾN/u.test(line.plain))?.plain ?? null;
  const arrival = /Số\s*:?\s*(\d+)/u.exec(text)?.[1] ?? null;
  const day = /Ngày\s*:?\s*(\d{1,2})\s*\/\s*(\d{1,2})(?:\s*\/\s*(\d{2,4}))?/u.exec(text);
  let date: string | null = null;
  if (day) {
    const year = day[3]
      ? Number(day[3].length === 2 ? `20${day[3]}` : day[3])
      : Number(documentDate?.slice(0, 4));
    date = year ? isoDate(Number(day[1]), Number(day[2]), year) : null;
  }
  const forwarded = /Chuy[ểêe]n[ \t]*:[ \t]*([^\n]*)/u
    .exec(text)?.[1]
    ?.replace(/[.\s]+$/u, '')
    .trim();
  return {
    agency: agency ? agency.replace(/\s+-\s+/g, ' - ') : null,
    arrivalNumber: arrival,
    date,
    forwardedTo: forwarded || null,
  };
}

/** `Ngày ký: 21/09/2021 18:49:48 +07:00`, or a stamp's `21-09-2021 18:49:48 +07:00` → `2021-09-21T18:49:48+07:00`. */
function readDigitalSignature(lines: Line[]): { signedAt: string } | null {
  const text = lines.map((line) => line.plain).join(' ');
  const match =
    /Ngày ký\s*:\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s+(\d{1,2}:\d{2}(?::\d{2})?)?\s*([+-]\d{2}:\d{2})?/u.exec(
      text,
    ) ?? lines.map((line) => SIGNING_TIME.exec(line.plain)).find(Boolean);
  if (!match) return null;
  const date = isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
  if (!date) return null;
  return {
    signedAt: match[4] ? `${date}T${match[4].padStart(8, '0')}${match[5] ?? '+07:00'}` : date,
  };
}
