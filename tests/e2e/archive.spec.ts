/**
 * The messier archive (`/luu-tru/`): the seeds with the documents they cite, a duplicate, hostile
 * text, a VNI file, a headerless fragment, an empty and a binary file. Every file accounted for,
 * nothing executed, links across files, one page per document.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { EXTRA } from '../../playwright.config';

test('hostile text shows literally on its page and runs nothing, at build time or in the browser', async ({
  page,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(`${EXTRA}van-ban/99-tb-ubnd-2021/`);
  const text = page.locator('.doc-text');
  for (const literal of [
    "export const x = require('fs').writeFileSync('tmp/e2e-pwned.txt', 'x')",
    "import fs from 'node:fs'",
    '{1+1}',
    '{process.exit(1)}',
    '<script>window.__pwned = 2</script>',
    '<img src=x onerror="window.__pwned = 3">',
    '<div onclick="window.__pwned = 4">bấm</div>',
    '(javascript:window.__pwned=5)',
    '<Cite to="x">giả</Cite>',
    '{/* chú thích */}',
    '<!-- html -->',
    '<b>đậm</b>',
    'gạch\\ngược \\{',
    'www.example.invalid',
  ]) {
    await expect(text).toContainText(literal);
  }
  await expect(page.locator('h1')).toContainText('<script>window.__pwned = 1</script>');
  await text.getByText('bấm', { exact: false }).first().click();
  expect(
    await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
  ).toBeUndefined();
  expect(dialogs).toEqual([]);
  // Only the site's own markup inside the text: no script, image, link or handler from the source.
  await expect(
    page.locator(
      '.doc-text script, .doc-text img, .doc-text [onerror], .doc-text [onclick], .doc-text a:not(.cite)',
    ),
  ).toHaveCount(0);
  // The real citation in the same text is still a link.
  await expect(text.locator('a.cite', { hasText: 'Thông báo số 326-TB/QU' })).toHaveAttribute(
    'href',
    '/luu-tru/van-ban/326-tb-qu-2021/',
  );
  expect(existsSync(join(import.meta.dirname, '../../tmp/e2e-pwned.txt'))).toBe(false);
});

test('every source file is accounted for in the report, bad ones in plain words', async ({
  page,
  request,
}) => {
  const report = await (await request.get(`${EXTRA}data/build-report.json`)).json();
  const status = Object.fromEntries(
    report.files.map((f: { file: string; status: string }) => [f.file, f.status]),
  );
  const count = (dir: string, all = false) =>
    readdirSync(join(import.meta.dirname, '../..', dir)).filter((n) => all || n.endsWith('.txt'))
      .length;
  expect(Object.keys(status)).toHaveLength(
    count('seeds') + count('tests/fixtures/further') + count('tests/fixtures/archive-extra', true),
  );
  expect(count('tests/fixtures/archive-extra', true)).toBe(7);
  expect(status['them/ban-quet.pdf']).toBe('error');
  expect(status['them/rong.txt']).toBe('error');
  expect(status['them/anh-quet.txt']).toBe('error');
  expect(status['them/12-tb-ubnd-vni.txt']).toBe('warning');
  await page.goto(`${EXTRA}bao-cao/`);
  const files = page.getByTestId('files');
  await expect(files.locator('tr', { hasText: 'them/rong.txt' })).toContainText('tệp rỗng');
  await expect(files.locator('tr', { hasText: 'them/anh-quet.txt' })).toContainText('tệp nhị phân');
  await expect(files.locator('tr', { hasText: 'them/12-tb-ubnd-vni.txt' })).toContainText(
    'bảng mã VNI',
  );
  await expect(files.locator('tr', { hasText: 'them/ban-quet.pdf' })).toContainText(
    'không phải tệp văn bản .txt',
  );
  await expect(page.getByTestId('duplicates')).toContainText('495-TB/TU');
});

test('a VNI file is published in Unicode, with a note', async ({ page }) => {
  await page.goto(`${EXTRA}van-ban/12-tb-ubnd-2021/`);
  await expect(page.locator('h1')).toContainText('Về lịch trực phòng, chống dịch tại phường');
  await expect(page.locator('.doc-head')).toContainText('Ủy ban nhân dân phường Minh Khai', {
    ignoreCase: true,
  });
  await expect(page.locator('.doc-head')).toContainText('Đỗ Văn Bình', { ignoreCase: true });
  await expect(page.locator('.warnings')).toContainText('bảng mã VNI');
});

test('a fragment without any header gets a page titled from its first words', async ({ page }) => {
  await page.goto(
    `${EXTRA}van-ban/van-ban-phan-cong-can-bo-truc-tai-cac-chot-kiem-soat-dich-benh-tu-ngay/`,
  );
  await expect(page.locator('h1')).toContainText('Phân công cán bộ trực tại các chốt kiểm soát');
  await expect(page.locator('.warnings')).toContainText('không có số, ký hiệu');
});

test('a citation written 1102/CD-TTg leads to the Công điện once it is in the archive, which lists its citers', async ({
  page,
}) => {
  await page.goto(`${EXTRA}van-ban/2771-ubnd-kgvx-2021/`);
  await page.locator('.doc-text a.cite', { hasText: '1102/CD-TTg' }).click();
  await expect(page).toHaveURL(`${EXTRA}van-ban/1102-cd-ttg-2021/`);
  await expect(page.locator('.doc-head')).toContainText('Thủ tướng Chính phủ', {
    ignoreCase: true,
  });
  const citers = page.getByTestId('cited-by');
  for (const number of ['2771/UBND-KGVX', '473-TB/TU', '250/KH-UBND'])
    await expect(citers).toContainText(number);
  await page.goto(`${EXTRA}van-ban-chua-co/`);
  const missing = await page
    .getByTestId('unresolved')
    .locator('tbody tr td:first-child')
    .allInnerTexts();
  expect(missing).toContain('71/CĐ-CP');
  expect(missing).not.toContain('1102/CĐ-TTg');
});

test('a document found twice has one canonical page; the copy points to it and is not a second search result', async ({
  page,
}) => {
  await page.goto(`${EXTRA}van-ban/495-tb-tu-2021-2/`);
  await expect(page.getByTestId('copy-of')).toContainText('495-tb-tu-2021');
  await page.getByTestId('copy-of').getByRole('link').click();
  await expect(page).toHaveURL(`${EXTRA}van-ban/495-tb-tu-2021/`);
  await expect(page.getByTestId('copies')).toContainText('495-tb-tu-2021-2');
  await expect(page.locator('.doc-head')).toContainText('Nguyễn Thị Tuyến', { ignoreCase: true });
  await page.goto(`${EXTRA}tim-kiem/?q=495-TB/TU`);
  const results = page.getByTestId('search-results').locator('li');
  await expect(results.first()).toContainText('495-TB/TU');
  const own = await results.locator('.num', { hasText: /^495-TB\/TU$/ }).count();
  expect(own).toBe(1);
});

test('a correction by hand shows on the page as corrected, and the report lists every row', async ({
  page,
}) => {
  await page.goto(`${EXTRA}van-ban/788-cv-bcsd-2021/`);
  await expect(page.locator('h1')).toContainText('495-TB/TU, của Ban Thường vụ Thành ủy');
  const mark = page.locator('.doc-head .corrected[data-field="title"]');
  await expect(mark).toHaveText('đã hiệu đính');
  await expect(mark).toHaveAttribute('title', /đối chiếu sổ công văn đi/);
  await expect(mark).toHaveAttribute('title', /bản đọc máy: Phân công nhiệm vụ thực hiện/);
  await page.goto(`${EXTRA}bao-cao/`);
  const rows = page.getByTestId('corrections').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Đã áp dụng');
  await rows.nth(0).getByRole('link').click();
  await expect(page).toHaveURL(`${EXTRA}van-ban/788-cv-bcsd-2021/`);
  await page.goBack();
  await expect(rows.nth(1)).toContainText('Không khớp văn bản nào');
});

test('exact marks rank above an OCR misreading of the same name; without marks, it is listed too', async ({
  page,
}) => {
  const titles = async (query: string) => {
    await page.goto(`${EXTRA}tim-kiem/?q=${encodeURIComponent(query)}`);
    await expect(page.getByTestId('search-status')).toContainText('đúng cụm');
    return page.getByTestId('search-results').locator('a.doc-title').allTextContents();
  };
  const marked = await titles('Đinh Tiến Dũng');
  // Three notices name him as printed; the misreading comes last.
  expect(marked).toHaveLength(4);
  expect(marked[3]).toContain('31/TB-UBND');
  const plain = await titles('dinh tien dung');
  expect(plain.join('\n')).toContain('31/TB-UBND');
});

test('a number finds its document whatever hyphens and spaces it was printed with', async ({
  page,
}) => {
  const titles = async (query: string) => {
    await page.goto(`${EXTRA}tim-kiem/?q=${encodeURIComponent(query)}`);
    await expect(page.getByTestId('search-status')).not.toHaveText(/Đang tìm|Nhập từ khóa/);
    return page.getByTestId('search-results').locator('a.doc-title').allTextContents();
  };
  // Printed `Số: 31 /TB-UBND`: the official form finds it first.
  expect((await titles('31/TB-UBND'))[0]).toContain('31/TB-UBND');
  // Cited as `495TB/TU`: the official form finds the document and this citer too.
  const cited = await titles('495-TB/TU');
  expect(cited[0]).toContain('Thông báo 495-TB/TU');
  expect(cited.join('\n')).toContain('31/TB-UBND');
  expect((await titles('495TB/TU'))[0]).toContain('Thông báo 495-TB/TU');
});

test('an index written in parts is searched as one, in date order across its parts', async ({
  page,
  request,
}) => {
  // The messier archive's index is in parts of 8 documents (tests/e2e/sites.ts).
  expect((await request.get(`${EXTRA}pagefind-2/pagefind.js`)).ok()).toBe(true);
  const search = async (sort: string) => {
    await page.goto(`${EXTRA}tim-kiem/?q=phong+chong+dich&sort=${sort}`);
    const status = page.getByTestId('search-status');
    await expect(status).toHaveText(/\d+ văn bản/);
    const count = Number(/(\d+) văn bản/.exec((await status.textContent()) ?? '')?.[1]);
    const metas = await page.getByTestId('search-results').locator('.doc-meta').allTextContents();
    const dates = metas.flatMap((meta) => {
      const date = /(\d{1,2})\/(\d{1,2})\/(\d{4})/.exec(meta);
      return date ? [`${date[3]}-${date[2]!.padStart(2, '0')}-${date[1]!.padStart(2, '0')}`] : [];
    });
    return { count, dates };
  };
  const newest = await search('moi');
  const oldest = await search('cu');
  // More documents than one part holds: every part was searched.
  expect(newest.count).toBeGreaterThan(8);
  expect(oldest.count).toBe(newest.count);
  expect(newest.dates.length).toBeGreaterThan(5);
  expect(newest.dates).toEqual([...newest.dates].sort().reverse());
  expect(oldest.dates).toEqual([...oldest.dates].sort());
  expect(oldest.dates[0]! < newest.dates[0]!).toBe(true);
});
