/** The build report written by the ingest, read once at build time. */
import type { BuildReport } from '../../scripts/ingest/pipeline.ts';
import data from '../../content/data/build-report.json';

/** The build report of this build. */
export const report = data as unknown as BuildReport;
