/**
 * Browser tests: the archive is built from `seeds/` under the sub-path `/kho-van-ban/` into
 * `tmp/e2e-dist/`, served over HTTP on 127.0.0.1, and driven in Debian's Chromium.
 */
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

export const BASE = '/kho-van-ban/';
const PORT = Number(process.env['E2E_PORT'] ?? 4399);
const node = JSON.stringify(process.execPath);
const chromium = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    launchOptions: {
      ...(chromium ? { executablePath: chromium } : {}),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  webServer: {
    command: `${node} scripts/build.ts && ${node} scripts/serve.ts`,
    url: `http://127.0.0.1:${PORT}${BASE}`,
    env: { ARCHIVE_BASE: BASE, ARCHIVE_OUT: 'tmp/e2e-dist', ARCHIVE_SOURCE: 'seeds', PORT: String(PORT) },
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: 'pipe',
  },
});
