/**
 * Browser tests in Debian's Chromium against real builds served over HTTP on 127.0.0.1
 * (`tests/e2e/sites.ts`): the seeds under `/kho-van-ban/`, and a messier archive (the seeds, the
 * documents they cite, hostile and bad files) under `/luu-tru/` on the next port.
 */
import { chromiumLaunchOptions } from './scripts/chromium.ts';
import { defineConfig } from '@playwright/test';

export const BASE = '/kho-van-ban/';
const PORT = Number(process.env['E2E_PORT'] ?? 4399);
/** The messier archive's address. */
export const EXTRA = `http://127.0.0.1:${PORT + 1}/luu-tru/`;
const node = JSON.stringify(process.execPath);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: chromiumLaunchOptions(),
  },
  webServer: {
    command: `${node} tests/e2e/sites.ts`,
    url: `http://127.0.0.1:${PORT}${BASE}`,
    env: { E2E_PORT: String(PORT) },
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
