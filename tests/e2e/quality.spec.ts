/**
 * Every page type of both test archives: no Content-Security-Policy violation, no serious or
 * critical axe finding, every internal link resolving; and the phone layout of the search page.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { EXTRA } from '../../playwright.config.ts';

const BASE = '/kho-van-ban/';

/** One page of each type, under the seeds' base. */
const PAGE_TYPES = [
  '',
  'van-ban/',
  'van-ban/495-tb-tu-2021/',
  'van-ban/2771-ubnd-kgvx-2021/?highlight=xet+nghiem',
  'loai/',
  'loai/thong-bao/',
  'co-quan/',
  'co-quan/nhieu-nhat/',
  'co-quan/thanh-uy-ha-noi/',
  'thoi-gian/',
  'thoi-gian/2021-09/',
  'so-do/',
  'don-vi/',
  'don-vi/so-y-te/',
  'han/',
  'han/2021-09/',
  'nguon/002-5ecbf548863f04f0-seoimr/',
  'tim-kiem/?q=cach+ly',
  'van-ban-chua-co/',
  'bao-cao/',
  'khong-co-trang-nay/',
];

/** Collects what the page reports: CSP violations and script errors. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

test('every page type works under the Content-Security-Policy, with no violation', async ({
  page,
}) => {
  const problems = watch(page);
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`CSP: ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  for (const path of PAGE_TYPES) {
    const response = await page.goto(`${BASE}${path}`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      /default-src 'self'; script-src 'self' 'wasm-unsafe-eval'/,
    );
    await page.waitForLoadState('networkidle');
  }
  // The search ran (WebAssembly under the policy) and found something.
  await page.goto(`${BASE}tim-kiem/?q=cach+ly`);
  await expect(page.getByTestId('search-results').locator('li').first()).toBeVisible();
  expect(problems.filter((p) => !p.includes('404'))).toEqual([]);
});

for (const path of PAGE_TYPES) {
  test(`axe finds no serious or critical violation on /${path}`, async ({ page }) => {
    await page.goto(`${BASE}${path}`);
    await page.waitForLoadState('networkidle');
    const { violations } = await new AxeBuilder({ page }).analyze();
    const serious = violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0]?.target}: ${v.help}`);
    expect(serious).toEqual([]);
  });
}

test('on a 390x844 phone the search page has one search box and its first result in view', async ({
  browser,
}) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${BASE}tim-kiem/?q=cach+ly&type=Th%C3%B4ng+b%C3%A1o`);
  await expect(page.locator('input[type=search]')).toHaveCount(1);
  const first = page.getByTestId('search-results').locator('li').first();
  await expect(first).toBeVisible();
  await expect(first).toBeInViewport();
  // The filters are folded behind a button; the active one shows as a chip that removes it.
  await expect(page.locator('#filter-panel')).toBeHidden();
  await expect(page.locator('#filter-toggle')).toHaveText('Bộ lọc, sắp xếp (1)');
  await page.locator('#filter-toggle').click();
  await expect(page.locator('#filter-panel')).toBeVisible();
  await page.getByRole('button', { name: 'Bỏ lọc Loại: Thông báo' }).click();
  await expect(page).not.toHaveURL(/type=/);
  await expect(page.locator('#filter-toggle')).toHaveText('Bộ lọc, sắp xếp');
  await context.close();
});

test('every internal link and asset of the messier archive resolves', async ({ page, request }) => {
  const base = new URL(EXTRA);
  const seen = new Set<string>();
  const queue = [base.pathname];
  const broken: string[] = [];
  while (queue.length > 0 && seen.size < 400) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);
    const response = await request.get(new URL(path, base).href);
    if (!response.ok()) {
      broken.push(`${path} → ${response.status()}`);
      continue;
    }
    if (!response.headers()['content-type']?.includes('text/html')) continue;
    await page.setContent(await response.text());
    const links = await page.$$eval('a[href], link[href], script[src]', (elements) =>
      elements.map((e) => e.getAttribute('href') ?? e.getAttribute('src') ?? ''),
    );
    for (const link of links) {
      const url = new URL(link, new URL(path, base));
      if (url.origin !== base.origin) broken.push(`${path} → outside: ${link}`);
      else if (!url.pathname.startsWith(base.pathname))
        broken.push(`${path} → outside base: ${link}`);
      else if (!seen.has(url.pathname) && !url.pathname.includes('/pagefind/'))
        queue.push(url.pathname);
    }
  }
  expect(broken).toEqual([]);
  expect(seen.size).toBeGreaterThan(40);
});
