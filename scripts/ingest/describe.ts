/**
 * Reads the metadata of one document from its lines, part by part: each part of the form (number,
 * place and date, type and title, signature, issuer, lists, the blocks around the text) has its
 * reader in `parts/`. What the text does not say is left null and said in `warnings`; what is
 * inferred is listed in `inferred` (docs/reading.md).
 */
import type { Line } from './lines.ts';
import {
  emptyDescription,
  layOutPage,
  type DescribeContext,
  type Description,
  type Landmarks,
  type PartReader,
} from './parts/page.ts';
import { readNumberPart } from './parts/number-part.ts';
import { readDatePart } from './parts/date-part.ts';
import { readTitlePart } from './parts/title-part.ts';
import { readSignaturePart } from './parts/signature-part.ts';
import { readIssuerPart } from './parts/issuer-part.ts';
import { readListsPart } from './parts/lists-part.ts';
import { readBlocksPart } from './parts/blocks-part.ts';

export type { Description, DescribeContext } from './parts/page.ts';

/**
 * The part readers, in the order they run: the only place that knows them all. A later reader
 * may use what an earlier one found (the title reader the number line, the issuer reader the
 * type, the heading and the signing authority; the stamps the date).
 */
const PART_READERS: PartReader[] = [
  readNumberPart,
  readDatePart,
  readTitlePart,
  readSignaturePart,
  readIssuerPart,
  readListsPart,
  readBlocksPart,
];

/** Reads a document's metadata from its lines. */
export function describe(segmentLines: Line[], context: DescribeContext): Description {
  const page = layOutPage(segmentLines, context);
  const found = emptyDescription();
  const marks: Landmarks = {};
  for (const read of PART_READERS) read(page, found, marks);
  return found;
}
