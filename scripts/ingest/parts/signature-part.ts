/** The signature part: signing authority (`TM.`, `KT.`), the signer's title and name. */
import { isPersonName, readAuthority, withoutRank, type Line } from '../lines.ts';
import { properCase } from '../casing.ts';
import { warning } from '../warnings.ts';
import type { PartReader } from './page.ts';

/** Reads the signature block and says when the signer or their title is missing. */
export const readSignaturePart: PartReader = ({ lines, bodyStart, end }, found) => {
  Object.assign(found, readSignature(lines, bodyStart, end));
  if (!found.signer) found.warnings.push(warning('signer-missing'));
  else if (!found.signerTitle) found.warnings.push(warning('signer-title-missing'));
};

/** `(đã ký)`, `(Đã ký và đóng dấu)`, `[ký]`: a copy's note that the original was signed. */
const SIGNED_NOTE = /^[([]?\s*(đã\s+)?ký(\s+(tên|và\s+đóng\s+dấu|,?\s*đóng\s+dấu))?\s*[)\]]?$/iu;

/**
 * The signature block: the signing authorities (`TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH`), the
 * signer's title and name. `authority` and `onBehalfOf` come from the first authority line; a
 * second one (`KT. Chủ tịch`) is kept in `signature`, the block as a reader writes it.
 */
function readSignature(
  lines: Line[],
  bodyStart: number,
  end: number,
): {
  signer: string | null;
  signerTitle: string | null;
  authority: string | null;
  onBehalfOf: string | null;
  signature: string[];
} {
  const anchored = signersAfterAuthority(lines, bodyStart, end);
  const named = anchored
    ? { signer: anchored.names.join('; '), index: anchored.index }
    : lastSigner(lines, bodyStart, end);
  const nameIndex = named?.index ?? -1;
  let signer: string | null = named?.signer ?? null;
  const block: string[] = [];
  let above = -1;
  for (let i = nameIndex - 1; i >= bodyStart; i--) {
    const line = lines[i]!;
    if (line.kind === 'blank' || SIGNED_NOTE.test(line.plain)) continue;
    above = i;
    if (line.kind !== 'upper' && line.kind !== 'authority' && line.kind !== 'typeHeading') break;
    block.unshift(line.plain);
  }
  // A joint paper's two blocks without `TM.` (`CHÁNH ÁN` / … / name, `VIỆN TRƯỞNG` / … / name).
  const first = !anchored && block.length > 0 ? firstOfTwoBlocks(lines, bodyStart, above) : null;
  if (first && signer) signer = `${first.name}; ${signer}`;
  const authorities: { authority: string; rest: string }[] = [];
  while (block.length > 0) {
    const read = readAuthority(block[0]!);
    if (!read) break;
    block.shift();
    // `KT. BỘ TRƯỞNG, CHỦ NHIỆM PHÓ CHỦ NHIỆM`, `KT. BỘ TRƯỞNG THỨ TRƯỞNG` on one line (a table
    // cell's lines joined): the deputy's own title is the last `PHÓ …` or `THỨ TRƯỞNG`.
    const deputy = read.authority === 'KT.' && block.length === 0 ? DEPUTY.exec(read.rest) : null;
    if (deputy) block.push(deputy[2]!);
    authorities.push({ authority: read.authority, rest: properCase(deputy?.[1] ?? read.rest) });
  }
  const ownTitle = block.length > 0 ? properCase(block.join(' ')) : null;
  // Each joint signer's title, in the order of the names (`Chánh án …; Viện trưởng …`).
  const firstTitle = first && first.title.length > 0 ? properCase(first.title.join(' ')) : null;
  const signerTitle = firstTitle && ownTitle ? `${firstTitle}; ${ownTitle}` : ownTitle;
  const signature = [
    ...authorities.map((a) => `${a.authority} ${a.rest}`),
    ...(signerTitle ? [signerTitle] : []),
    ...(signer ? [signer] : []),
  ];
  return {
    signer,
    signerTitle,
    authority: authorities[0]?.authority ?? null,
    onBehalfOf: authorities[0]?.rest ?? null,
    signature,
  };
}

/**
 * An authority and the deputy's title after it on one line (`BỘ TRƯỞNG, CHỦ NHIỆM` + `PHÓ CHỦ
 * NHIỆM`, `BỘ TRƯỞNG` + `THỨ TRƯỞNG`).
 */
const DEPUTY = /^(.+?)\s+(PHÓ\s+\S.*|THỨ TRƯỞNG)$/u;

/** The last name, or `Đã ký: …`, read from the end: the signer where no authority opens a block. */
function lastSigner(
  lines: Line[],
  bodyStart: number,
  end: number,
): { signer: string; index: number } | null {
  for (let i = end - 1; i >= bodyStart; i--) {
    const line = lines[i]!;
    if (line.kind === 'signedMark')
      return { signer: line.plain.replace(/^Đã ký\s*:\s*/u, ''), index: i };
    if (line.kind === 'name') return { signer: withoutRank(line.plain), index: i };
  }
  return null;
}

/**
 * The signer of a block in capitals that ends at `at`, right above a second block, and the block's
 * title lines; else null.
 */
function firstOfTwoBlocks(
  lines: Line[],
  bodyStart: number,
  at: number,
): { name: string; title: string[] } | null {
  const line = lines[at];
  if (line?.kind !== 'name') return null;
  const title: string[] = [];
  for (let i = at - 1; i >= bodyStart; i--) {
    const kind = lines[i]!.kind;
    if (kind === 'blank') continue;
    if (kind !== 'upper') break;
    title.unshift(lines[i]!.plain);
  }
  return title.length > 0 ? { name: withoutRank(line.plain), title } : null;
}

/**
 * The signers under the first signing authority (`TM. BAN BÍ THƯ …` / `BÍ THƯ` / the name), read
 * forward, so that a name in an appendix further down is never taken: the first name within the
 * next lines (past `(để báo cáo)`, `Đã ký` and a `Nơi nhận` list that a flattened layout put
 * between), and a second one right after it for a joint document. Null when there is no authority.
 */
function signersAfterAuthority(
  lines: Line[],
  bodyStart: number,
  end: number,
): { names: string[]; index: number } | null {
  let authority = -1;
  for (let i = bodyStart; i < end; i++) {
    if (lines[i]!.kind === 'authority') {
      authority = i;
      break;
    }
  }
  if (authority === -1) return null;
  const names: string[] = [];
  let index = -1;
  let titleLines = 0;
  let second = -1;
  for (let i = authority + 1; i < Math.min(end, authority + 40); i++) {
    const line = lines[i]!;
    if (line.kind === 'blank' || SIGNED_NOTE.test(line.plain) || /^\(.*\)$/u.test(line.plain))
      continue;
    if (line.kind === 'upper' || line.kind === 'authority') {
      titleLines++;
      // A joint document's second block, stacked under the first (`TM. ỦY BAN MTTQ …` / name /
      // `TM. ỦY BAN NHÂN DÂN …` / name).
      if (names.length === 1 && line.kind === 'authority' && second === -1) second = i;
      else if (names.length > 0 && second === -1) break;
      continue;
    }
    // Right under the title the shape of a name is enough; further down it must open with a family name.
    const underTitle =
      (titleLines > 0 && index === -1 && names.length === 0 && i - authority <= 6) ||
      (second !== -1 && i - second <= 4);
    const name =
      line.kind === 'signedMark'
        ? line.plain.replace(/^Đã ký\s*:\s*/u, '')
        : isPersonName(line.plain, !underTitle)
          ? withoutRank(line.plain)
          : null;
    if (name) {
      names.push(name);
      index = i;
      if (names.length === 2) break;
    } else if (names.length > 0 || line.kind === 'typeHeading') break;
  }
  return names.length > 0 ? { names, index } : null;
}
