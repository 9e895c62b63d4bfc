/** Browsing the seeds' archive: home, indexes by type, issuer and month, document pages and their tools. */
import { expect, test } from '@playwright/test';

const BASE = '/kho-van-ban/';

test('home → issuer → document → cited document → back to the citer', async ({ page }) => {
  await page.goto(BASE);
  await expect(page.getByTestId('holdings')).toContainText('8 văn bản');
  await expect(page.getByTestId('latest').locator('li').first()).toContainText('10227/VP-KGVX');
  const missing = page.getByTestId('most-cited-missing');
  await expect(missing.locator('li').first()).toContainText('2 lần');
  await expect(missing).toContainText('6324/VPCP-KGVX');
  await page.getByRole('link', { name: 'Quận ủy Hai Bà Trưng' }).first().click();
  await expect(page).toHaveURL(`${BASE}co-quan/quan-uy-hai-ba-trung/`);
  await expect(page.locator('h1')).toContainText('Quận ủy Hai Bà Trưng');
  await page.getByTestId('document-list').getByRole('link').first().click();
  await expect(page).toHaveURL(`${BASE}van-ban/326-tb-qu-2021/`);
  await page.getByTestId('cited-by').getByRole('link').first().click();
  await expect(page).toHaveURL(`${BASE}van-ban/157-ubnd-vp-2021/`);
  await page.locator('.doc-text a.cite', { hasText: '326-TB/QU' }).first().click();
  await expect(page).toHaveURL(`${BASE}van-ban/326-tb-qu-2021/`);
});

test('types and issuers are listed with counts, in name order or most documents first', async ({
  page,
}) => {
  await page.goto(`${BASE}loai/`);
  const rows = page.getByTestId('groups').locator('tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Công văn');
  await expect(rows.nth(0)).toContainText('4');
  await page.goto(`${BASE}co-quan/`);
  await expect(page.locator('h2')).toHaveText([
    'Cấp Trung ương',
    'Cấp Thành phố, tỉnh',
    'Cấp Quận, huyện',
  ]);
  const city = page
    .locator('section', { hasText: 'Cấp Thành phố' })
    .locator('tbody tr td:first-child');
  // Vietnamese order: Ban… before Thành… before Ủy… before Văn…
  await expect(city).toHaveText([
    'Ban cán sự đảng Ủy ban nhân dân thành phố Hà Nội',
    'Thành ủy Hà Nội',
    'Ủy ban nhân dân thành phố Hà Nội',
    'Văn phòng Ủy ban nhân dân thành phố Hà Nội',
  ]);
  await page.getByRole('link', { name: 'số văn bản' }).click();
  await expect(page).toHaveURL(`${BASE}co-quan/nhieu-nhat/`);
  await expect(
    page.locator('section', { hasText: 'Cấp Thành phố' }).locator('tbody tr').first(),
  ).toContainText('Thành ủy Hà Nội');
});

test('the timeline draws each month as a bar and links to its documents', async ({ page }) => {
  await page.goto(`${BASE}thoi-gian/`);
  const chart = page.locator('.month-chart svg');
  await expect(chart).toHaveAttribute(
    'aria-label',
    /Năm 2021: 8 văn bản; tháng 6: 1, tháng 8: 2, tháng 9: 5/,
  );
  await expect(chart.locator('rect.bar:not(.bar--empty)')).toHaveCount(3);
  await page.getByRole('link', { name: 'tháng 9/2021' }).click();
  await expect(page).toHaveURL(`${BASE}thoi-gian/2021-09/`);
  await expect(page.getByTestId('document-list').locator('li')).toHaveCount(5);
});

test('a document links to the documents before and after it by date', async ({ page }) => {
  await page.goto(`${BASE}van-ban/788-cv-bcsd-2021/`);
  await expect(page.getByTestId('newer')).toContainText('10227/VP-KGVX');
  await page.getByTestId('older').click();
  await expect(page).toHaveURL(`${BASE}van-ban/495-tb-tu-2021/`);
  await expect(page.locator('link[rel=canonical]')).toHaveAttribute(
    'href',
    `${BASE}van-ban/495-tb-tu-2021/`,
  );
});

test('a citation shows a preview of its target on hover and on keyboard focus', async ({
  page,
}) => {
  await page.goto(`${BASE}van-ban/10227-vp-kgvx-2021/`);
  const preview = page.locator('#cite-preview');
  await page.locator('.doc-text a.cite', { hasText: '788-CV/BCSD' }).first().hover();
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('Công văn 788-CV/BCSĐ, ngày 21/9/2021');
  await expect(preview).toContainText('Phân công nhiệm vụ');
  await page.mouse.move(0, 0);
  await expect(preview).toBeHidden();
  // Keyboard: focus the first citation of the 2771 letter to a missing Công điện.
  await page.goto(`${BASE}van-ban/2771-ubnd-kgvx-2021/`);
  const missing = page.locator('.doc-text a.cite--missing', { hasText: '1102/CD-TTg' }).first();
  await missing.focus();
  await expect(preview).toBeVisible();
  await expect(preview).toContainText('Chưa có trong kho');
  await expect(missing).toHaveAttribute('aria-describedby', 'cite-preview');
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
});

test('the copy buttons copy the citation line and the page link', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${BASE}van-ban/326-tb-qu-2021/`);
  await page.getByRole('button', { name: 'Sao chép trích dẫn' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    'Thông báo số 326-TB/QU ngày 14/9/2021 của Ban Thường vụ Quận ủy Hai Bà Trưng',
  );
  await expect(page.getByRole('button', { name: 'Đã sao chép' })).toBeVisible();
  await page.getByRole('button', { name: 'Sao chép liên kết' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    `http://127.0.0.1:${new URL(page.url()).port}${BASE}van-ban/326-tb-qu-2021/`,
  );
});

test('arriving from search, the phrase is marked as one and the hits are walked through', async ({
  page,
}) => {
  await page.goto(`${BASE}van-ban/2771-ubnd-kgvx-2021/?highlight=xet+nghiem`);
  const hits = page.locator('.doc-text mark.hit');
  const count = await hits.count();
  expect(count).toBeGreaterThan(2);
  // Each mark is the two syllables, never one of them alone.
  for (const text of await hits.allTextContents()) expect(text.toLowerCase()).toBe('xét nghiệm');
  const bar = page.locator('#hit-bar');
  await expect(bar).toContainText(`1/${count}`);
  await expect(hits.first()).toHaveClass(/hit--current/);
  await expect(hits.first()).toBeInViewport();
  await bar.getByRole('button', { name: 'Sau ›' }).click();
  await expect(bar).toContainText(`2/${count}`);
  await expect(hits.nth(1)).toHaveClass(/hit--current/);
  await bar.getByRole('button', { name: '‹ Trước' }).click();
  await bar.getByRole('button', { name: '‹ Trước' }).click();
  await expect(bar).toContainText(`${count}/${count}`);
});

test('a source file page shows the lines a document was read from, marked', async ({ page }) => {
  await page.goto(`${BASE}van-ban/495-tb-tu-2021/`);
  const source = page.getByTestId('sources').getByRole('link');
  await expect(source).toHaveText(/^00\d_[0-9a-f]+\.txt$/);
  await source.click();
  await expect(page).toHaveURL(/nguon\/.+\/#van-ban-495-tb-tu-2021$/);
  const block = page.locator('#van-ban-495-tb-tu-2021');
  await expect(block).toBeInViewport();
  await expect(block.locator('.source-doc-head')).toContainText('Thông báo 495-TB/TU');
  await expect(block).toContainText('Lưu hồ sơ số');
  const href = await page.getByRole('link', { name: 'Tải tệp văn bản' }).getAttribute('href');
  const text = await page.request.get(new URL(href!, page.url()).href);
  expect(text.headers()['content-type']).toContain('text/plain; charset=utf-8');
  expect(await text.text()).toContain('Kết luận của Ban Thường vụ Thành ủy');
});

test('an incoming stamp is shown apart from the text', async ({ page }) => {
  await page.goto(`${BASE}van-ban/495-tb-tu-2021/`);
  const residue = page.locator('.doc-text .residue');
  await expect(residue).toContainText('Dấu, bút phê trên bản giấy');
  await expect(residue).toContainText('ĐẾN');
});

test('printing shows the document alone, without the site around it', async ({ page }) => {
  await page.goto(`${BASE}van-ban/788-cv-bcsd-2021/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('.copy-buttons')).toBeHidden();
  await expect(page.locator('.doc-neighbours')).toBeHidden();
  await expect(page.locator('.paper-head')).toBeVisible();
  await expect(page.locator('.doc-text')).toContainText('Phân công đồng chí Lê Hồng Sơn');
  const after = await page
    .getByTestId('cites')
    .getByRole('link')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  expect(after).toContain('/kho-van-ban/van-ban-chua-co/#');
});

test('the citation graph draws every cited document, and each box opens its page', async ({
  page,
}) => {
  await page.goto(`${BASE}so-do/`);
  const graph = page.locator('.citation-graph svg');
  // The seeds: 8 documents, 21 numbers cited but missing.
  await expect(graph.locator('rect.node')).toHaveCount(29);
  await expect(graph.locator('rect.node--missing')).toHaveCount(21);
  await expect(graph.locator('path.edge--attached')).not.toHaveCount(0);
  await graph.getByRole('link', { name: /^Công văn 788-CV\/BCSĐ/ }).click();
  await expect(page).toHaveURL(`${BASE}van-ban/788-cv-bcsd-2021/`);
  // Its own neighbourhood: what it cites on the left, what cites it on the right.
  const own = page.locator('section', { has: page.locator('#luoc-do') }).locator('svg');
  await expect(own.locator('rect.node--current')).toHaveCount(1);
  await own.getByRole('link', { name: /^Công văn 10227\/VP-KGVX/ }).click();
  await expect(page).toHaveURL(`${BASE}van-ban/10227-vp-kgvx-2021/`);
});
