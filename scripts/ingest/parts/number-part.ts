/** The number part: `Số: 495-TB/TU` under the issuer, in any of its printed forms. */
import { foldKey } from '../../../src/lib/vietnamese.ts';
import { BLANK_NUMBER_LINE, NUMBER_LINE, type Line } from '../lines.ts';
import { findNumbers, repairSerial, type DocumentNumber } from '../number.ts';
import { warning } from '../warnings.ts';
import type { PartReader } from './page.ts';

/** Reads the document's number, its other readings, and says when it is blank or missing. */
export const readNumberPart: PartReader = ({ lines, header }, found, marks) => {
  const numberIndex =
    header.find((i) => lines[i]!.kind === 'number') ?? numberAfterBareSo(lines, header);
  marks.numberIndex = numberIndex;
  if (numberIndex !== undefined) {
    // The number line; where OCR put the number under a bare `Số:`, read as if on one line.
    const own = lines[numberIndex]!;
    const line = own.kind === 'number' ? own : { raw: `Số: ${own.raw}`, plain: `Số: ${own.plain}` };
    const read = readHeaderNumber(line.raw, line.plain);
    found.number = read.number;
    found.numberAlternatives.push(...read.alternatives);
    const written = line.raw.replace(/^\W*/u, '').replace(NUMBER_LINE, '$1').trim();
    if (read.alternatives.length > 0 && read.number) {
      found.warnings.push(
        warning('number-uncertain', {
          written,
          chosen: read.number.display,
          others: read.alternatives,
        }),
      );
    }
    const writtenCode = line.plain.replace(NUMBER_LINE, '$1').replace(/\s+/g, '');
    const number = read.number;
    // Letters OCR took for digits (`4l5`) were put back: the clerk should know.
    const serialRepaired = repairSerial(writtenCode) !== writtenCode;
    if (
      number &&
      (serialRepaired || foldKey(writtenCode) === foldKey(number.display)) &&
      writtenCode !== number.display &&
      read.alternatives.length === 0
    ) {
      found.warnings.push(
        warning('number-normalised', {
          written: serialRepaired ? writtenCode.slice(0, number.display.length) : writtenCode,
          canonical: number.display,
        }),
      );
    }
  }
  if (found.number) return;
  const blankIndex =
    numberIndex === undefined ? header.find((i) => lines[i]!.kind === 'blankNumber') : undefined;
  if (blankIndex === undefined) found.warnings.push(warning('number-missing'));
  else {
    const code = BLANK_NUMBER_LINE.exec(lines[blankIndex]!.plain)![1]!.replace(/\s+/g, '');
    found.warnings.push(warning('number-blank-in-original', { code }));
  }
};

/** The line holding the number when OCR put it under a bare `Số:` line, or undefined. */
function numberAfterBareSo(lines: Line[], indexes: number[]): number | undefined {
  const bare = indexes.find((i) => /^Số\s*:?$/u.test(lines[i]!.plain));
  if (bare === undefined) return undefined;
  const next = indexes.find((i) => i > bare && lines[i]!.kind !== 'blank');
  return next !== undefined && findNumbers(lines[next]!.plain)[0]?.index === 0 ? next : undefined;
}

/** Reads `Số: …` into a number; `~~157~~ 17/UBND-VP` gives 157 with 17 as the other reading. */
function readHeaderNumber(
  raw: string,
  plain: string,
): { number: DocumentNumber | null; alternatives: string[] } {
  // A code that the conversion broke with a space (`15 BC/TWĐTN ĐKTHTN`) is one code.
  const rest = repairSerial(plain.replace(NUMBER_LINE, '$1')).replace(
    /(\/\s*[\p{L}\d-]+)\s+(\p{Lu}{2,})(?=\s|$)/u,
    '$1$2',
  );
  const number = findNumbers(rest)[0]?.number ?? null;
  const competing = /~~\s*(\d+)\s*~~\s*(\d+)\s*([/-])/u.exec(raw);
  if (!number || !competing) return { number, alternatives: [] };
  // OCR marks the handwritten serial as struck through; the other digits compete with it.
  const [, struck, other, separator] = competing;
  const codes = number.display.slice(number.display.indexOf(separator!) + 1);
  const chosen = findNumbers(`${struck}${separator}${codes}`)[0]?.number ?? number;
  const alternative = findNumbers(`${other}${separator}${codes}`)[0]?.number;
  return { number: chosen, alternatives: alternative ? [alternative.display] : [] };
}
