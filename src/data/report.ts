/** The build report written by the ingest (`content/data/build-report.json`), read once at build time. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BuildReport } from '../lib/contract.ts';

/** The build report of this build. */
export const report = JSON.parse(
  readFileSync(resolve(process.cwd(), 'content/data/build-report.json'), 'utf8'),
) as BuildReport;
