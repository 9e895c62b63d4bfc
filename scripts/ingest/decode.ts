/**
 * Source bytes to NFC text: UTF-8 (with or without BOM), UTF-16 with BOM, and the legacy
 * Vietnamese encodings of old office files: TCVN3/ABC, VISCII, Windows-1258 (iconv-lite) and VNI
 * (its font table), as bytes or already garbled into Unicode (`Thaønh uûy`). A conversion is kept
 * only when the result reads as Vietnamese; anything else is refused in plain words: nothing is
 * published as mojibake.
 */
import iconv from 'iconv-lite';
import { vniToUnicode } from './vni.ts';

/** The result of decoding one source file. */
export type Decoded =
  | {
      ok: true;
      text: string;
      encoding: string;
      /** What was normalised (line endings, NFC): information only. */
      notes: string[];
      /** What the reader must know (converted from a legacy encoding, damaged bytes). */
      warnings: string[];
    }
  | { ok: false; reason: string };

/** Legacy encodings tried when the bytes are not UTF-8; the one that reads most like Vietnamese wins. */
const LEGACY_ENCODINGS: { label: string; read: (bytes: Buffer) => string }[] = [
  { label: 'TCVN3 (ABC)', read: (bytes) => iconv.decode(bytes, 'tcvn') },
  { label: 'Windows-1258', read: (bytes) => iconv.decode(bytes, 'windows1258') },
  { label: 'VISCII', read: (bytes) => iconv.decode(bytes, 'viscii') },
  { label: 'VNI', read: (bytes) => vniToUnicode(iconv.decode(bytes, 'windows1252')) },
];

/** Very common Vietnamese words: real Vietnamese text is full of them, mojibake never. */
const COMMON_WORDS = new Set(
  'và của các có được trong cho là với những một không đã về này theo người tại để từ đến ngày năm tháng số các việc thực hiện công tác ban nhân dân ủy thành phố quận huyện tỉnh văn bản đồng chí chỉ đạo phòng chống dịch bảo đảm trên địa sở kết luận thông báo'.split(
    ' ',
  ),
);

/** Letters that Vietnamese never uses but VNI and TCVN3 text read as Latin-1 is full of. */
const FOREIGN_LETTERS = /[äåæçëîïðñöøûüÿµ¶·¸¹º»¼½¾¿¨©ª«¬®¯°±²³´ÆÇËÎÏÐÑÖØÛÜÞß]/g;

/** Share of words that are common Vietnamese words (0 to 1). */
export function vietnameseScore(text: string): number {
  const words =
    text
      .normalize('NFC')
      .toLocaleLowerCase('vi')
      .match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  return words.filter((word) => COMMON_WORDS.has(word)).length / words.length;
}

/** How many letters of the text Vietnamese never uses (`ø`, `û`, `ä`…), and their share of all letters. */
function foreignLetters(text: string): { count: number; share: number } {
  const count = text.match(FOREIGN_LETTERS)?.length ?? 0;
  if (count === 0) return { count, share: 0 };
  return { count, share: count / (text.match(/\p{L}/gu)?.length ?? 1) };
}

/** True when Unicode text reads like VNI or TCVN3 bytes decoded as Latin-1 (`Thaønh uûy`). */
export function looksGarbled(text: string): boolean {
  const foreign = foreignLetters(text);
  return foreign.count >= 10 && foreign.share > 0.01 && vietnameseScore(text) < 0.08;
}

/** Decodes bytes to NFC text with `\n` line endings and no BOM, or says why it cannot. */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return refuse(EMPTY);
  const read = readEncoding(bytes);
  if ('reason' in read) return refuse(read.reason);
  const { encoding, warnings } = read;
  const notes: string[] = [];
  if (/\r/.test(read.text)) notes.push('đã chuẩn hóa ký tự xuống dòng (CRLF/CR → LF)');
  const text = read.text.replace(/\r\n?/g, '\n');
  const nfc = text.normalize('NFC');
  if (nfc !== text) notes.push('đã chuẩn hóa Unicode sang dạng NFC (dấu tổ hợp)');
  if (!/\S/.test(nfc)) return refuse('tệp chỉ có khoảng trắng, không có nội dung');
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  if (/[\u0000-\u0008\u000e-\u001f]/.test(nfc)) return refuse(CONTROL_CHARACTERS);
  const foreign = foreignLetters(nfc);
  if (foreign.count < 10 || foreign.share <= 0.01) {
    return { ok: true, text: nfc, encoding, notes, warnings };
  }
  // Text typed in a VNI or TCVN3 font and saved as Unicode: the letters are its Windows-1252 bytes.
  const repaired = decodeLegacy(iconv.encode(nfc, 'windows1252'));
  if (repaired && repaired.score > vietnameseScore(nfc) + 0.05 && !looksGarbled(repaired.text)) {
    warnings.push(
      `chữ gõ bằng phông ${repaired.label} nhưng lưu dạng Unicode (ví dụ «Thaønh uûy»); đã chuyển sang Unicode, hãy đối chiếu chính tả với bản gốc`,
    );
    const label = `${encoding}, phông ${repaired.label}`;
    return { ok: true, text: repaired.text, encoding: label, notes, warnings };
  }
  if (looksGarbled(nfc)) return refuse(GARBLED);
  return { ok: true, text: nfc, encoding, notes, warnings };
}

const EMPTY = 'tệp rỗng, không có nội dung (hãy kiểm tra lại bản quét hoặc bỏ tệp này đi)';
const BINARY =
  'tệp nhị phân, không phải văn bản (có thể là ảnh hoặc PDF: hãy chuyển sang văn bản bằng OCR trước)';
const UNKNOWN_ENCODING =
  'không phải Unicode UTF-8 và không nhận ra bảng mã cũ (đã thử TCVN3, VNI, VISCII, Windows-1258); hãy mở tệp bằng phần mềm soạn thảo, lưu lại dạng Unicode UTF-8 rồi đưa lại';
const CONTROL_CHARACTERS =
  'tệp chứa ký tự điều khiển, không phải văn bản thuần (hãy kiểm tra lại bản OCR)';
const GARBLED =
  'chữ bị lỗi bảng mã (văn bản VNI hoặc TCVN3 đã bị đọc sai thành Unicode, ví dụ «Thaønh uûy») và không chuyển lại được: hãy chuyển lại từ bản gốc bằng Unikey';

/** A file that cannot be read, with the reason in the clerk's words. */
function refuse(reason: string): Decoded {
  return { ok: false, reason };
}

/** The text in the encoding the bytes are in (BOM, UTF-16, UTF-8, a legacy table), or why not. */
function readEncoding(
  bytes: Uint8Array,
): { encoding: string; text: string; warnings: string[] } | { reason: string } {
  const decoded = (label: string, charset: string, from: number) => ({
    encoding: label,
    text: new TextDecoder(charset).decode(bytes.subarray(from)),
    warnings: [],
  });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return decoded('UTF-8 (BOM)', 'utf-8', 3);
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded('UTF-16 LE', 'utf-16le', 2);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded('UTF-16 BE', 'utf-16be', 2);
  const bomless = utf16WithoutBom(bytes);
  if (bomless) {
    const charset = bomless === 'LE' ? 'utf-16le' : 'utf-16be';
    return decoded(`UTF-16 ${bomless} (không có BOM)`, charset, 0);
  }
  if (looksBinary(bytes)) return { reason: BINARY };
  const damage = utf8Damage(bytes);
  if (damage.invalid === 0) return decoded('UTF-8', 'utf-8', 0);
  if (damage.valid >= 10 * damage.invalid || (damage.invalid <= 3 && damage.valid >= 5)) {
    // UTF-8 with a few broken bytes: keep the text, show the broken places, say so.
    const read = decoded('UTF-8', 'utf-8', 0);
    const note = `tệp UTF-8 có ${damage.invalid} chỗ hỏng, hiển thị bằng ký tự �; hãy đối chiếu với bản gốc`;
    return { ...read, warnings: [note] };
  }
  const legacy = decodeLegacy(bytes);
  if (!legacy) return { reason: UNKNOWN_ENCODING };
  const note = `đã chuyển từ bảng mã ${legacy.label} sang Unicode; hãy đối chiếu chính tả với bản gốc`;
  return { encoding: legacy.label, text: legacy.text, warnings: [note] };
}

/** Counts the well-formed multi-byte UTF-8 sequences and the broken places (runs of bytes that fit none). */
function utf8Damage(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let previousBroken = -2;
  for (let i = 0; i < bytes.length; i++) {
    const byte = bytes[i]!;
    if (byte < 0x80) continue;
    const length =
      byte >= 0xc2 && byte <= 0xdf
        ? 2
        : byte >= 0xe0 && byte <= 0xef
          ? 3
          : byte >= 0xf0 && byte <= 0xf4
            ? 4
            : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k++) ok = (bytes[i + k]! & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += length - 1;
    } else {
      if (previousBroken !== i - 1) invalid++;
      previousBroken = i;
    }
  }
  return { valid, invalid };
}

/** The legacy encoding under which the bytes read most like Vietnamese, if any reads like it. */
function decodeLegacy(bytes: Uint8Array): { label: string; text: string; score: number } | null {
  let best: { label: string; text: string; score: number } | null = null;
  for (const { label, read } of LEGACY_ENCODINGS) {
    const text = read(Buffer.from(bytes)).replace(/\r\n?/g, '\n').normalize('NFC');
    const score = vietnameseScore(text);
    if (!best || score > best.score) best = { label, text, score };
  }
  return best && best.score >= 0.1 ? best : null;
}

/**
 * `LE` or `BE` for UTF-16 saved without its BOM: Vietnamese text has a zero byte in most of its
 * characters (ASCII, and the Latin-1 range) on one side of each pair and almost none on the other.
 */
function utf16WithoutBom(bytes: Uint8Array): 'LE' | 'BE' | null {
  const sample = bytes.subarray(0, 8192 - (Math.min(bytes.length, 8192) % 2));
  if (sample.length < 8 || bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  const pairs = sample.length / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.02) return 'LE';
  if (even > pairs * 0.3 && odd < pairs * 0.02) return 'BE';
  return null;
}

/** True when the bytes hold NUL bytes or many control bytes: an image, a PDF, an archive. */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control++;
  }
  return control / sample.length > 0.05;
}
