/** Source bytes to NFC text: UTF-8 (with or without BOM), UTF-16 with BOM; anything else is refused in plain words. */

/** The result of decoding one source file. */
export type Decoded =
  | { ok: true; text: string; encoding: string; notes: string[] }
  | { ok: false; reason: string };

/** Decodes bytes to NFC text with `\n` line endings and no BOM, or says why it cannot. */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'tệp rỗng, không có nội dung (hãy kiểm tra lại bản quét hoặc bỏ tệp này đi)' };
  let encoding = 'UTF-8';
  let text: string;
  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      encoding = 'UTF-8 (BOM)';
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3));
    } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      encoding = 'UTF-16 LE';
      text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2));
    } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      encoding = 'UTF-16 BE';
      text = new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2));
    } else {
      if (looksBinary(bytes)) {
        return { ok: false, reason: 'tệp nhị phân, không phải văn bản (có thể là ảnh hoặc PDF: hãy chuyển sang văn bản bằng OCR trước)' };
      }
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
  } catch {
    return {
      ok: false,
      reason: `không đọc được dưới dạng ${encoding} (có thể là bảng mã cũ TCVN3, VNI hoặc Windows-1258: hãy lưu lại tệp dưới dạng Unicode UTF-8)`,
    };
  }
  const notes: string[] = [];
  if (/\r/.test(text)) notes.push('đã chuẩn hóa ký tự xuống dòng (CRLF/CR → LF)');
  text = text.replace(/\r\n?/g, '\n');
  const nfc = text.normalize('NFC');
  if (nfc !== text) notes.push('đã chuẩn hóa Unicode sang dạng NFC (dấu tổ hợp)');
  if (!/\S/.test(nfc)) return { ok: false, reason: 'tệp chỉ có khoảng trắng, không có nội dung' };
  if (/[\u0000-\u0008\u000e-\u001f]/.test(nfc)) {
    return { ok: false, reason: 'tệp chứa ký tự điều khiển, không phải văn bản thuần (hãy kiểm tra lại bản OCR)' };
  }
  return { ok: true, text: nfc, encoding, notes };
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
