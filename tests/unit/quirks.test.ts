/** One fixture folder per OCR quirk (docs/reading.md, "OCR quirks"): `input.txt` in, reviewed `expected.json` out. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveOf, expectDocument, ROOT } from './helpers.ts';

const dir = join(ROOT, 'tests/fixtures/quirks');

describe('OCR quirks', () => {
  for (const name of readdirSync(dir).sort()) {
    it(name, () => {
      const input = readFileSync(join(dir, name, 'input.txt'), 'utf8');
      const expected = JSON.parse(readFileSync(join(dir, name, 'expected.json'), 'utf8')) as Record<
        string,
        unknown
      >[];
      const archive = archiveOf({ [`${name}.txt`]: input });
      expect(archive.documents).toHaveLength(expected.length);
      expected.forEach((doc, i) => {
        const { citeNumbers, citeDates, bodyIncludes, ...fields } = doc;
        const actual = archive.documents[i]!;
        expectDocument(actual as unknown as Record<string, unknown>, fields, `${name}#${i}`);
        if (citeNumbers) expect(actual.cites.map((c) => c.number)).toEqual(citeNumbers);
        if (citeDates) expect(actual.cites.map((c) => c.date)).toEqual(citeDates);
        if (bodyIncludes) {
          const mdx = archive.pages[i]!.mdx;
          for (const text of bodyIncludes as string[]) expect(mdx).toContain(text);
        }
      });
    });
  }
});
