/** Settings read from the environment, shared by the ingest, the site and the build. */
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project folder (the one holding package.json). */
export function projectRoot(): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..');
}

/** The URL sub-path the site is published under, always with leading and trailing `/`. */
export function archiveBase(value = process.env['ARCHIVE_BASE']): string {
  const trimmed = (value ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The output folder (`ARCHIVE_OUT`, default `dist/`), absolute. */
export function outputDir(value = process.env['ARCHIVE_OUT']): string {
  return resolve(projectRoot(), value || 'dist');
}
