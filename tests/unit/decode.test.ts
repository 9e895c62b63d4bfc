/** Decoding source bytes: encodings, line endings, NFC, and files that are not text. */
import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
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
    expect(ok(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)])).text).toBe(
      text,
    );
  });
  it('reads UTF-16 LE and BE with BOM', () => {
    expect(ok(utf16(text, false))).toMatchObject({ text, encoding: 'UTF-16 LE' });
    expect(ok(utf16(text, true))).toMatchObject({ text, encoding: 'UTF-16 BE' });
  });
  it('reads UTF-16 saved without its BOM', () => {
    const seedLike =
      'Thực hiện Thông báo số 495-TB/TU ngày 20/9/2021 của Ban Thường vụ Thành ủy.\nĐồng chí Đinh Tiến Dũng chủ trì.';
    expect(ok(utf16(seedLike, false).subarray(2))).toMatchObject({
      text: seedLike,
      encoding: 'UTF-16 LE (không có BOM)',
    });
    expect(ok(utf16(seedLike, true).subarray(2))).toMatchObject({
      text: seedLike,
      encoding: 'UTF-16 BE (không có BOM)',
    });
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
    expect(decode(new Uint8Array())).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/rỗng/),
    });
    expect(decode(new TextEncoder().encode(' \n\n '))).toMatchObject({ ok: false });
    expect(decode(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/nhị phân/),
    });
  });
  it('converts the legacy encodings TCVN3 and VISCII, and says so', () => {
    const sample =
      'Thực hiện Thông báo số 495-TB/TU ngày 20/9/2021 của Ban Thường vụ Thành ủy, các đơn vị triển khai ngay.\nĐồng chí Đinh Tiến Dũng chủ trì hội nghị.';
    for (const [name, label] of [
      ['tcvn', 'TCVN3 (ABC)'],
      ['viscii', 'VISCII'],
    ]) {
      const result = ok(iconv.encode(sample, name!));
      expect(result.text).toBe(sample);
      expect(result.encoding).toBe(label);
      expect(result.warnings.join()).toMatch(
        new RegExp(`bảng mã ${label!.replace(/[()]/g, '\\$&')}`),
      );
    }
  });
  it('converts Windows-1258 with its combining tone marks', () => {
    // "Thành ủy của các" in Windows-1258: à = E0, ủ = u + combining hook D2, ủ = u + D2, á = E1.
    const bytes = new Uint8Array([
      0x54, 0x68, 0xe0, 0x6e, 0x68, 0x20, 0x75, 0xd2, 0x79, 0x20, 0x63, 0x75, 0xd2, 0x61, 0x20,
      0x63, 0xe1, 0x63,
    ]);
    expect(ok(bytes)).toMatchObject({ text: 'Thành ủy của các', encoding: 'Windows-1258' });
  });
  it('refuses bytes that are neither UTF-8 nor a known legacy encoding', () => {
    const bytes = new Uint8Array(Array.from({ length: 200 }, (_, i) => 0x80 + ((i * 37) % 120)));
    expect(decode(bytes)).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/không nhận ra bảng mã cũ \(đã thử TCVN3, VNI/),
    });
  });
  it('keeps UTF-8 with a few broken bytes, and says so', () => {
    const good = new TextEncoder().encode(
      'Thực hiện Thông báo số 495-TB/TU của Ban Thường vụ Thành ủy, các đơn vị triển khai ngay.',
    );
    const bytes = new Uint8Array([...good.subarray(0, 10), 0xff, ...good.subarray(10)]);
    const result = ok(bytes);
    expect(result.encoding).toBe('UTF-8');
    expect(result.text).toContain('\uFFFD');
    expect(result.warnings.join()).toMatch(/1 chỗ hỏng/);
  });
  // VNI as the old VNI-Windows fonts stored it, and the same text as a reader writes it.
  const vni =
    'UÛY BAN NHAÂN DAÂN THAØNH PHOÁ HAØ NOÄI\nThöïc hieän Thoâng baùo soá 495-TB/TU ngaøy 20/9/2021 cuûa Ban Thöôøng vuï Thaønh uûy, caùc ñôn vò trieån khai ngay. Ñoàng chí Ñinh Tieán Duõng chuû trì hoäi nghò.';
  const unicode =
    'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI\nThực hiện Thông báo số 495-TB/TU ngày 20/9/2021 của Ban Thường vụ Thành ủy, các đơn vị triển khai ngay. Đồng chí Đinh Tiến Dũng chủ trì hội nghị.';

  it('converts VNI bytes, and says so', () => {
    const result = ok(iconv.encode(vni, 'windows1252'));
    expect(result).toMatchObject({ text: unicode, encoding: 'VNI' });
    expect(result.warnings.join()).toMatch(/bảng mã VNI/);
  });

  it('converts VNI or TCVN3 text already garbled into Unicode (Thaønh uûy), and says so', () => {
    const fromVni = ok(new TextEncoder().encode(vni));
    expect(fromVni.text).toBe(unicode);
    expect(fromVni.warnings.join()).toMatch(/phông VNI/);
    const tcvnGarbled = iconv.decode(iconv.encode(unicode, 'tcvn'), 'windows1252');
    expect(ok(new TextEncoder().encode(tcvnGarbled)).text).toBe(unicode);
  });

  it('refuses garbled text that no legacy encoding turns into Vietnamese', () => {
    const garbled = 'Ærøskøbing ÿðæ Þórshöfn ÅÄÖ åäö ßüñ çëï øæå ÐÞ þð '.repeat(8);
    expect(decode(new TextEncoder().encode(garbled))).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/lỗi bảng mã/),
    });
  });
});
