/** Shared helpers of the unit tests: building an archive from fixture files, partial matching. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { buildArchive, type ArchiveBuild, type SourceFile } from '../../scripts/ingest/pipeline.ts';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Reads every `.txt` of a folder as source files. */
export function readSources(dir: string): SourceFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

/** Builds an archive from texts given inline. */
export function archiveOf(files: Record<string, string | Uint8Array>, base = '/'): ArchiveBuild {
  return buildArchive(
    Object.entries(files).map(([name, text]) => ({
      name,
      bytes: typeof text === 'string' ? new TextEncoder().encode(text) : text,
    })),
    base,
  );
}

/** Checks the fields an expectation lists: exact values, `titleStarts`, `warningsMatch`, `fromLine`/`toLine`. */
export function expectDocument(
  actual: Record<string, unknown>,
  expected: Record<string, unknown>,
  label: string,
): void {
  for (const [key, value] of Object.entries(expected)) {
    if (key === 'titleStarts') {
      expect(String(actual['title']), `${label}: title`).toMatch(
        new RegExp(`^${escape(String(value))}`),
      );
    } else if (key === 'warningsMatch') {
      const warnings = (actual['warnings'] as { message: string }[])
        .map((w) => w.message)
        .join('\n');
      for (const pattern of value as string[])
        expect(warnings, `${label}: warnings`).toMatch(new RegExp(escape(pattern), 'i'));
    } else if (key === 'fromLine' || key === 'toLine') {
      const source = (actual['sources'] as { fromLine: number; toLine: number }[])[0]!;
      expect(source[key], `${label}: ${key}`).toBe(value);
    } else if (key === 'inferred') {
      expect([...(actual['inferred'] as string[])].sort(), `${label}: inferred`).toEqual(value);
    } else if (value && typeof value === 'object') {
      expect(actual[key], `${label}: ${key}`).toMatchObject(value as object);
    } else {
      expect(actual[key], `${label}: ${key}`).toEqual(value);
    }
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
