/** What Pagefind reads of a document page: the extra `đ→d` and canonical forms, never in what readers see. */
import { describe, expect, it } from 'vitest';
import {
  addCanonicalNumbers,
  addFoldedCopies,
  addFoldedNumber,
  indexableHtml,
  separateBlocks,
} from '../../scripts/search-index.ts';

describe('search index input', () => {
  it('adds a đ→d copy after each word with đ, outside tags and scripts', () => {
    expect(
      addFoldedCopies(
        '<p class="đ">Đồng chí Đinh Tiến Dũng, Đảng ủy</p><script>const đ = 1</script>',
      ),
    ).toBe(
      '<p class="đ">Đồng Dồng chí Đinh Dinh Tiến Dũng, Đảng Dảng ủy</p><script>const đ = 1</script>',
    );
  });

  it('adds the canonical number after a citation written otherwise', () => {
    const link =
      '<a class="cite" href="/van-ban/1102-cd-ttg-2021/" data-number="1102/CĐ-TTg">Công điện số 1102/CD-TTg</a>';
    expect(addCanonicalNumbers(link)).toBe(`${link} 1102/CĐ-TTg`);
    const same = '<a class="cite" data-number="495-TB/TU">Thông báo số 495-TB/TU</a>';
    expect(addCanonicalNumbers(same)).toBe(same);
  });

  it('adds the own number without đ after its meta element, leaving the element as written', () => {
    const meta = '<dd><span data-pagefind-meta="number">788-CV/BCSĐ</span></dd>';
    expect(addFoldedNumber(meta)).toBe(
      '<dd><span data-pagefind-meta="number">788-CV/BCSĐ</span> <span>788-CV/BCSD</span></dd>',
    );
    const plain = '<span data-pagefind-meta="number">495-TB/TU</span>';
    expect(addFoldedNumber(plain)).toBe(plain);
  });

  it('keeps blocks apart where the built HTML has no whitespace between tags, and leaves inline tags joined', () => {
    expect(
      separateBlocks(
        '<dl><dt>Loại văn bản</dt><dd>Công văn</dd></dl><p>a<strong>b</strong>c</p><p>d</p>',
      ),
    ).toBe(
      '<dl><dt>Loại văn bản</dt> <dd>Công văn</dd> </dl> <p>a<strong>b</strong>c</p> <p>d</p>',
    );
  });

  it('changes only the number and the text region of a page', () => {
    const page =
      '<nav>Đảng</nav><span data-pagefind-meta="number">71/CĐ-CP</span><section class="doc-text">Đảng</section><footer>Đảng</footer>';
    expect(indexableHtml(page)).toBe(
      '<nav>Đảng</nav><span data-pagefind-meta="number">71/CĐ-CP</span> <span>71/CD-CP</span><section class="doc-text">Đảng Dảng</section> <footer>Đảng</footer>',
    );
  });
});
