/** Assignments in the seeds' archive: agency pages, deadlines, a document's table, the search filter, the data files. */
import { expect, test } from '@playwright/test';

const BASE = '/kho-van-ban/';

test("an agency's page lists its tasks across the archive, linked to the place in the text", async ({
  page,
}) => {
  await page.goto(`${BASE}don-vi/`);
  await page.getByRole('link', { name: 'Sở Y tế', exact: true }).click();
  await expect(page).toHaveURL(`${BASE}don-vi/so-y-te/`);
  const rows = page.getByTestId('assignments').locator('tbody tr');
  await expect(rows.first()).toContainText('Chủ trì');
  await expect(rows.first()).toContainText('30/8/2021; 6/9/2021');
  await expect(page.getByTestId('assignments')).toContainText('Phối hợp');
  await rows.first().locator('a.task').click();
  await expect(page).toHaveURL(`${BASE}van-ban/2771-ubnd-kgvx-2021/#khoan-3`);
  await expect(page.locator('#khoan-3')).toBeInViewport();
});

test('the deadlines are listed by month, each month in date order', async ({ page }) => {
  await page.goto(`${BASE}han/`);
  const months = page.getByTestId('deadline-months').locator('tbody tr');
  await expect(months.locator('td:first-child')).toHaveText(['Tháng 9/2021', 'Tháng 8/2021']);
  await months.nth(1).getByRole('link').click();
  await expect(page).toHaveURL(`${BASE}han/2021-08/`);
  const august = page.getByTestId('assignments').locator('tbody tr');
  await expect(august).toHaveCount(1);
  await expect(august).toContainText('Sở Y tế');
  await page.goto(`${BASE}han/2021-09/`);
  const september = page.getByTestId('assignments');
  await expect(september).toContainText('Trung tâm Y tế (Hai Bà Trưng)');
  await expect(september).toContainText('15/9/2021');
});

test("a document's page shows its assignments as a table; a meeting's attendance is not one", async ({
  page,
}) => {
  await page.goto(`${BASE}van-ban/10227-vp-kgvx-2021/`);
  const rows = page.getByTestId('assignments').locator('tbody tr');
  // One row per agency and task: the lead's first task (with its two partners), then its second,
  // which ends with the report to the city.
  await expect(rows.locator('td:first-child')).toHaveText([
    'Sở Giáo dục và Đào tạo',
    'Sở Y tế',
    'UBND các quận, huyện, thị xã',
    'Sở Giáo dục và Đào tạo',
    'UBND Thành phố',
  ]);
  await expect(rows.nth(0)).toContainText('Chủ trì');
  await expect(rows.nth(1)).toContainText('Phối hợp');
  await expect(rows.nth(4)).toContainText('Nhận báo cáo');
  // The meeting's attendance (`Về việc này, Phó Chủ tịch … có ý kiến`) names no one a task.
  await expect(page.getByTestId('assignments')).not.toContainText('Phó Chủ tịch');
});

test('the search filter "đơn vị được giao" keeps the documents that give the agency a task', async ({
  page,
}) => {
  await page.goto(`${BASE}tim-kiem/?agency=${encodeURIComponent('Công an Thành phố')}`);
  const results = page.getByTestId('search-results').locator('li');
  await expect(results).toHaveCount(3);
  await expect(page.getByTestId('search-status')).toContainText('3 văn bản');
});

test('the assignments are published as JSON, CSV and a calendar per agency', async ({
  request,
}) => {
  const data = await (await request.get(`${BASE}data/assignments.json`)).json();
  expect(data.items.length).toBeGreaterThan(80);
  const csv = await request.get(`${BASE}data/giao-viec.csv`);
  expect([...(await csv.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const calendar = await request.get(`${BASE}data/lich/so-y-te.ics`);
  expect(calendar.headers()['content-type']).toContain('text/calendar');
  const text = await calendar.text();
  expect(text).toMatch(/^BEGIN:VCALENDAR/);
  expect(text).toContain('DTSTART;VALUE=DATE:20210830');
  expect(text).toContain('DTSTART;VALUE=DATE:20210906');
});
