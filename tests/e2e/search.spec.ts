/** Search through `/tim-kiem/?q=…` over the seeds, as a clerk types it. */
import { expect, test, type Page } from '@playwright/test';

const BASE = '/kho-van-ban/';

/** Runs a search from the URL and returns the result headings, in order. */
async function search(page: Page, query: string, extra = ''): Promise<string[]> {
  await page.goto(`${BASE}tim-kiem/?q=${encodeURIComponent(query)}${extra}`);
  const status = page.getByTestId('search-status');
  await expect(status).not.toHaveText(/Đang tìm|Nhập từ khóa/);
  return page.getByTestId('search-results').locator('a.doc-title').allTextContents();
}

test('with and without diacritics find the same documents', async ({ page }) => {
  const plain = await search(page, 'tiem vac xin');
  const marked = await search(page, 'tiêm vắc xin');
  expect(plain.length).toBeGreaterThan(0);
  expect(new Set(plain)).toEqual(new Set(marked));
});

test('a name typed without marks and without đ finds the documents naming him first', async ({
  page,
}) => {
  const results = await search(page, 'Dinh Tien Dung');
  const top = results.slice(0, 3).join('\n');
  expect(top).toContain('495-TB/TU');
  expect(top).toContain('Kết luận của Thường trực Thành ủy');
  await expect(page.getByTestId('search-results').locator('mark').first()).toHaveText(
    /Đinh|Tiến|Dũng/,
  );
  await expect(page.getByTestId('search-results')).not.toContainText('Đinh Dinh');
});

test('đ typed as d finds Đảng', async ({ page }) => {
  const results = await search(page, 'dang uy');
  expect(results.length).toBeGreaterThan(0);
});

const NUMBER_QUERIES: [string, string][] = [
  ['495-TB/TU', '495-TB/TU'],
  ['10227', '10227/VP-KGVX'],
  ['2771/UBND-KGVX', '2771/UBND-KGVX'],
  ['495', '495-TB/TU'],
];
for (const [query, number] of NUMBER_QUERIES) {
  test(`the number ${query} puts its document first`, async ({ page }) => {
    const results = await search(page, query);
    expect(results[0] ?? '').toContain(number);
  });
}

test('a number with Đ finds its own document first, typed with Đ or D', async ({ page }) => {
  for (const query of ['788-CV/BCSĐ', '788-CV/BCSD']) {
    const results = await search(page, query);
    expect(results[0], query).toMatch(/^Công văn 788-CV\/BCSĐ/);
    // The excerpt reads as the page does: words of the panel kept apart, the indexed d-copy dropped.
    const excerpt = await page
      .getByTestId('search-results')
      .locator('.excerpt')
      .first()
      .textContent();
    expect(excerpt).not.toMatch(/hiệu788|BCSDLoại|bảnCông/);
    expect(excerpt).not.toContain('788-CV/BCSD ');
  }
});

test('a number only cited finds the documents that cite it, with or without Đ', async ({
  page,
}) => {
  for (const query of ['1102/CĐ-TTg', '1102/CD-TTg']) {
    const results = await search(page, query);
    expect(results.join('\n')).toContain('2771/UBND-KGVX');
  }
});

test('several words: the documents holding the phrase first, those with the words apart after', async ({
  page,
}) => {
  const main = await search(page, 'cach ly tap trung');
  expect(main).toHaveLength(4);
  for (const number of ['10227/VP-KGVX', '788-CV/BCSĐ', '495-TB/TU'])
    expect(main.join('\n')).toContain(number);
  expect(main.join('\n')).toContain('Kết luận của Thường trực Thành ủy');
  await expect(page.getByTestId('search-status')).toHaveText(
    '4 văn bản có đúng cụm «cach ly tap trung».',
  );
  // The words apart are searched when asked: that search loads every syllable's entries.
  await expect(page.getByRole('heading', { name: 'Có đủ các từ, không liền nhau' })).toBeVisible();
  await page.getByRole('button', { name: 'Tìm các văn bản có đủ các từ, không liền nhau' }).click();
  await expect(page.getByTestId('search-status')).toHaveText(
    '4 văn bản có đúng cụm «cach ly tap trung»; 4 văn bản có đủ các từ, không liền nhau.',
  );
  const more = page.getByTestId('search-results-more').locator('a.doc-title');
  await expect(more).toHaveCount(4);
  expect((await more.allTextContents()).join('\n')).toContain('326-TB/QU');
  // Each excerpt of the main list marks the phrase, as one mark, and nothing else.
  const marks = await page.getByTestId('search-results').locator('mark').allTextContents();
  expect(marks).toHaveLength(4);
  for (const mark of marks) expect(mark.toLowerCase()).toBe('cách ly tập trung');
});

test('a name typed without marks lists only the documents naming him, the name marked as one', async ({
  page,
}) => {
  const main = await search(page, 'Dinh Tien Dung');
  expect(main).toHaveLength(2);
  await expect(page.getByTestId('search-results').locator('mark.phrase')).toHaveText([
    /^Đinh Tiến Dũng,?$/,
    /^Đinh Tiến Dũng,?$/,
  ]);
  const excerpts = await page.locator('.excerpt').allTextContents();
  // No index form leaks out: `đ` is shown as printed, never as `d` with a stroke.
  for (const excerpt of excerpts) expect(excerpt).not.toMatch(/\u0335/);
});

test('an excerpt is the text of the document, with no metadata run into it', async ({ page }) => {
  await search(page, '2021');
  const excerpts = (await page.locator('.excerpt').allTextContents()).join('\n');
  expect(excerpts).not.toMatch(/Ngày ban hành|Loại văn bản|\d{4}-\d{2}-\d{2}/);
});

test('the advanced fields and the date range narrow the results and stay in the URL', async ({
  page,
}) => {
  const signed = await search(page, '', '&nguoi-ky=nguyen+thi+tuyen');
  expect(signed).toHaveLength(1);
  expect(signed[0]).toContain('495-TB/TU');
  await expect(page.locator('#advanced')).toHaveAttribute('open');
  await expect(page.locator('input[name="nguoi-ky"]')).toHaveValue('nguyen thi tuyen');
  const september = await search(page, '', '&tu=2021-09-20&den=2021-09-21');
  expect(september.join('\n')).toContain('495-TB/TU');
  expect(september.join('\n')).toContain('788-CV/BCSĐ');
  expect(september.join('\n')).not.toContain('326-TB/QU');
  // Typed in the form: the URL carries every chosen option.
  await page.locator('input[name="trich-yeu"]').fill('phân công');
  await page.locator('#q').press('Enter');
  await expect(page).toHaveURL(/trich-yeu=ph%C3%A2n\+c%C3%B4ng.*tu=2021-09-20.*den=2021-09-21/);
  await expect(page.getByTestId('search-results').locator('a.doc-title')).toHaveText([
    /788-CV\/BCSĐ/,
  ]);
});

test('a quoted phrase only finds documents holding it', async ({ page }) => {
  const results = await search(page, '"cách ly tập trung"');
  expect(results.length).toBe(4);
});

test('when no document holds the phrase, those holding the words apart are listed at once', async ({
  page,
}) => {
  const main = await search(page, 'an toan giao thong');
  expect(main).toEqual([]);
  await expect(page.getByTestId('search-results-more').locator('li')).not.toHaveCount(0);
  await expect(page.getByTestId('search-status')).toContainText('Không văn bản nào có đúng cụm');
});

test('a nonsense word finds nothing', async ({ page }) => {
  const results = await search(page, 'xqzwvk');
  expect(results).toEqual([]);
  await expect(page.getByTestId('search-status')).toContainText('Không tìm thấy');
});

test('filters work with an empty query, and the result count is shown', async ({ page }) => {
  const results = await search(page, '', '&type=C%C3%B4ng%20v%C4%83n');
  expect(results).toHaveLength(4);
  await expect(page.getByTestId('search-status')).toContainText('4 văn bản');
});

test('sorting by date, newest first', async ({ page }) => {
  await search(page, 'Thành ủy', '&sort=moi');
  const dates = await page
    .getByTestId('search-results')
    .locator('.doc-meta span:last-child')
    .allTextContents();
  const iso = dates.map((d) =>
    d
      .split('/')
      .reverse()
      .map((p) => p.padStart(2, '0'))
      .join('-'),
  );
  expect(iso).toEqual([...iso].sort().reverse());
});

test('the header search box leads to the search page with the query in the URL', async ({
  page,
}) => {
  await page.goto(`${BASE}van-ban/326-tb-qu-2021/`);
  await page.locator('#header-q').fill('phong tỏa');
  await page.locator('#header-q').press('Enter');
  await expect(page).toHaveURL(new RegExp(`${BASE}tim-kiem/\\?q=phong`));
  await expect(page.getByTestId('search-results').locator('li').first()).toBeVisible();
});

test('following a result highlights the searched words on the document page', async ({ page }) => {
  await search(page, 'Đinh Tiến Dũng');
  await page.getByTestId('search-results').locator('a.doc-title').first().click();
  await expect(page).toHaveURL(/highlight=/);
  await expect(page.locator('.doc-text mark').first()).toBeVisible();
});

test('the search page starts loading Pagefind with the page, and each of its files is fetched once', async ({
  page,
}) => {
  const fetched: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/'))
      fetched.push(request.url().replace(/^.*\/pagefind\//, ''));
  });
  await search(page, 'vắc xin');
  for (const file of ['pagefind.js', 'wasm.unknown.pagefind'])
    expect(fetched.filter((f) => f === file)).toHaveLength(1);
  expect(fetched.filter((f) => /^pagefind\.vi_[0-9a-f]+\.pf_meta$/.test(f))).toHaveLength(1);
  const preloaded = await page
    .locator('head link[rel=preload][as=fetch]')
    .evaluateAll((links) => links.map((l) => l.getAttribute('href')));
  expect(preloaded).toEqual([
    `${BASE}pagefind/wasm.unknown.pagefind`,
    expect.stringMatching(new RegExp(`^${BASE}pagefind/pagefind\\.vi_[0-9a-f]+\\.pf_meta$`)),
  ]);
});
