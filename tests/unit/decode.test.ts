/** Decoding source bytes: encodings, line endings, NFC, and files that are not text. */
import { describe, expect, it } from 'vitest';
import { decode } from '../../scripts/ingest/decode.ts';

const text = 'Đinh Tiến Dũng\nThành ủy';
const utf16 = (value: string, bigEndian: boolean) => {
  const bytes = new Uint8Array(2 + value.length * 2);
  bytes.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    bytes[2 + i * 2 + (bigEndian ? 1 : 0)] = code & 0xff;
    bytes[2 + i * 2 + (bigEndian ? 0 : 1)] = code >> 8;
  }
  return bytes;
};
const ok = (bytes: Uint8Array) => {
  const result = decode(bytes);
  if (!result.ok) throw new Error(result.reason);
  return result;
};

describe('decode', () => {
  it('reads UTF-8 with and without BOM', () => {
    expect(ok(new TextEncoder().encode(text)).text).toBe(text);
    expect(ok(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])).text).toBe(text);
  });
  it('reads UTF-16 LE and BE with BOM', () => {
    expect(ok(utf16(text, false))).toMatchObject({ text, encoding: 'UTF-16 LE' });
    expect(ok(utf16(text, true))).toMatchObject({ text, encoding: 'UTF-16 BE' });
  });
  it('unifies CRLF and CR line endings', () => {
    expect(ok(new TextEncoder().encode('a\r\nb\rc')).text).toBe('a\nb\nc');
  });
  it('turns decomposed text (NFD) into NFC', () => {
    const result = ok(new TextEncoder().encode(text.normalize('NFD')));
    expect(result.text).toBe(text.normalize('NFC'));
    expect(result.notes.join()).toMatch(/NFC/);
  });
  it('refuses empty, blank and binary files with a reason', () => {
    expect(decode(new Uint8Array())).toMatchObject({ ok: false, reason: expect.stringMatching(/rỗng/) });
    expect(decode(new TextEncoder().encode(' \n\n '))).toMatchObject({ ok: false });
    expect(decode(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]))).toMatchObject({ ok: false, reason: expect.stringMatching(/nhị phân/) });
  });
  it('refuses bytes that are not UTF-8 (a legacy Vietnamese encoding) instead of publishing mojibake', () => {
    // "Thành ủy" in Windows-1258: à = E0, ủ = u + combining hook D2.
    const result = decode(new Uint8Array([0x54, 0x68, 0xe0, 0x6e, 0x68, 0x20, 0x75, 0xd2, 0x79]));
    expect(result).toMatchObject({ ok: false, reason: expect.stringMatching(/TCVN3|VNI|Windows-1258/) });
  });
});
