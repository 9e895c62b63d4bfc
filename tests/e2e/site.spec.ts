/** The built archive in a browser: list, document pages, links between documents, data files, no network. */
import { expect, test } from '@playwright/test';

const BASE = '/kho-van-ban/';

test('the list of all documents holds the 8 seed documents, newest first, in Vietnamese', async ({
  page,
}) => {
  await page.goto(`${BASE}van-ban/`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  const items = page.locator('.doc-item');
  await expect(items).toHaveCount(8);
  await expect(items.first()).toContainText('10227/VP-KGVX');
  await expect(items.first()).toContainText('24/9/2021');
  await expect(items.last()).toContainText('14/6/2021');
});

test('a document page shows its header, metadata panel and full text', async ({ page }) => {
  await page.goto(`${BASE}van-ban/788-cv-bcsd-2021/`);
  const panel = page.locator('.doc-head');
  await expect(page.locator('.paper-head .paper-motto')).toHaveText('ĐẢNG CỘNG SẢN VIỆT NAM');
  await expect(page.locator('.paper-head .paper-date')).toContainText(
    'Hà Nội, ngày 21 tháng 9 năm 2021',
  );
  await expect(panel).toContainText('788-CV/BCSĐ');
  await expect(panel).toContainText('Công văn');
  await expect(panel).toContainText('Ban cán sự đảng Ủy ban nhân dân thành phố Hà Nội');
  await expect(panel).toContainText('ngày 21/9/2021');
  await expect(panel).toContainText('Chu Ngọc Anh');
  await expect(page.locator('.doc-text')).toContainText('Phân công đồng chí Lê Hồng Sơn');
  await expect(page.locator('.doc-text ol').first()).toBeVisible();
});

test('inferred values are marked as such', async ({ page }) => {
  await page.goto(`${BASE}van-ban/495-tb-tu-2021/`);
  await expect(page.locator('.doc-head .inferred')).toHaveCount(3);
  await expect(page.locator('.warnings')).toContainText('788-CV/BCSĐ');
});

test('following a citation opens the cited document, and it lists its citers', async ({ page }) => {
  await page.goto(`${BASE}van-ban/10227-vp-kgvx-2021/`);
  await page.locator('.doc-text a.cite', { hasText: 'Công văn số 788-CV/BCSD' }).first().click();
  await expect(page).toHaveURL(new RegExp(`${BASE}van-ban/788-cv-bcsd-2021/$`));
  await page.locator('.doc-text a.cite', { hasText: '495-TB/TU' }).first().click();
  await expect(page).toHaveURL(new RegExp(`${BASE}van-ban/495-tb-tu-2021/$`));
  const citers = page.getByTestId('cited-by');
  await expect(citers.locator('a')).toHaveText(['Công văn 788-CV/BCSĐ', 'Công văn 10227/VP-KGVX']);
});

test('a citation to a missing document leads to its entry in the missing list', async ({
  page,
}) => {
  await page.goto(`${BASE}van-ban/2771-ubnd-kgvx-2021/`);
  const missing = page.locator('.doc-text a.cite--missing', { hasText: '1102/CD-TTg' });
  await expect(missing).toBeVisible();
  await missing.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}van-ban-chua-co/#1102-cd-ttg-2021$`));
  const row = page.locator('[id="1102-cd-ttg-2021"]');
  await expect(row).toContainText('1102/CĐ-TTg');
  await expect(row).toContainText('2771/UBND-KGVX');
});

test('the missing list names every citer', async ({ page }) => {
  await page.goto(`${BASE}van-ban-chua-co/`);
  const table = page.getByTestId('unresolved');
  for (const number of ['6324/VPCP-KGVX', '1103-QĐ/TU', '71/CĐ-CP', '1102/CĐ-TTg', '473-TB/TU']) {
    await expect(table).toContainText(number);
  }
  await expect(page.locator('tr', { hasText: '6324/VPCP-KGVX' })).toContainText('788-CV/BCSĐ');
  await expect(page.locator('tr', { hasText: '6324/VPCP-KGVX' })).toContainText('495-TB/TU');
});

test('the build report page and data files are published', async ({ page, request }) => {
  await page.goto(`${BASE}bao-cao/`);
  await expect(page.getByTestId('totals')).toContainText('8');
  const documents = await (await request.get(`${BASE}data/documents.json`)).json();
  expect(documents).toHaveLength(8);
  for (const key of [
    'id',
    'url',
    'number',
    'type',
    'issuer',
    'date',
    'title',
    'signer',
    'sources',
    'cites',
    'citedBy',
    'warnings',
  ]) {
    expect(documents[0]).toHaveProperty(key);
  }
  expect(documents[0].url.startsWith(BASE)).toBe(true);
  const report = await (await request.get(`${BASE}data/build-report.json`)).json();
  expect(report.files).toHaveLength(5);
  expect((await request.get(`${BASE}data/graph.json`)).ok()).toBe(true);
  const csv = await request.get(`${BASE}data/van-ban.csv`);
  expect(csv.headers()['content-type']).toContain('text/csv');
  const bytes = await csv.body();
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('Ban cán sự đảng Ủy ban nhân dân thành phố Hà Nội');
});

test('pages work without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(BASE);
  await page.locator('.doc-item a', { hasText: 'Thông báo 326-TB/QU' }).click();
  await expect(page.locator('.doc-head')).toContainText('QUẬN ỦY HAI BÀ TRƯNG');
  await page.goto(`${BASE}van-ban/2771-ubnd-kgvx-2021/`);
  await expect(page.locator('.toc a')).toHaveCount(12);
  await page.locator('.toc a', { hasText: '3. Về công tác xét nghiệm' }).click();
  await expect(page).toHaveURL(/#khoan-3$/);
  await context.close();
});

test('nothing is loaded from outside the site', async ({ page }) => {
  const outside: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1')) outside.push(r.url());
  });
  for (const path of ['', 'van-ban/495-tb-tu-2021/', 'tim-kiem/?q=vắc xin']) {
    await page.goto(`${BASE}${path}`);
    await page.waitForLoadState('networkidle');
  }
  expect(outside).toEqual([]);
});
