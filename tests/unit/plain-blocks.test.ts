/**
 * The short cut for plain paragraphs and list items gives the tree micromark gives on the whole
 * text, positions included: on every fixture, the seeds, generated texts, texts made to defeat
 * it, and random mixes of line shapes.
 */
import { describe, expect, it } from 'vitest';
import { globSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseMarkdown } from '../../scripts/ingest/body.ts';
import { parseWithPlainBlocks } from '../../scripts/ingest/plain-blocks.ts';
import { generateCorpus } from '../../scripts/corpus.ts';
import { random } from '../../scripts/random.ts';

const ROOT = join(import.meta.dirname, '..', '..');

/** Both parses, as plain data. */
function bothWays(text: string): [unknown, unknown] {
  const plain = (tree: unknown) => JSON.parse(JSON.stringify(tree)) as unknown;
  return [plain(parseWithPlainBlocks(text, parseMarkdown)), plain(parseMarkdown(text))];
}

describe('plain blocks parsed without micromark', () => {
  it('equal micromark on every fixture and seed text', () => {
    const files = globSync(['seeds/*.txt', 'tests/fixtures/*/*.txt'], { cwd: ROOT });
    expect(files.length).toBeGreaterThan(60);
    for (const file of files) {
      const [fast, full] = bothWays(readFileSync(join(ROOT, file), 'utf8'));
      expect(fast, file).toEqual(full);
    }
  });

  it('equal micromark on generated texts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'plain-blocks-'));
    try {
      generateCorpus(dir, join(ROOT, 'seeds'), 300, 0.2);
      for (const file of readdirSync(dir)) {
        const [fast, full] = bothWays(readFileSync(join(dir, file), 'utf8'));
        expect(fast, file).toEqual(full);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  const tricky: Record<string, string> = {
    'an indented block under an item': '1. Một việc\n\n    còn tiếp\n\n2. Việc khác',
    'an item with emphasis after a plain item': '1. Một việc\n\n2. Việc *gấp*\n\n3. Việc ba',
    'a plain item after an item with emphasis': '1. Việc *gấp*\n\n2. Việc hai',
    'two kinds of bullet': '- Một\n\n+ Hai\n\n- Ba',
    'two kinds of number': '1. Một\n\n2) Hai',
    'items around paragraphs': 'Mở đầu.\n\n1. Một\n\n2. Hai\n\nKết thúc.\n\n3. Ba',
    'an item continued on the next line': '1. Một việc\ncòn tiếp ở dòng sau\n\n2. Hai',
    'items in one block': '3. Ba\n4. Bốn',
    'a star bullet': '* Một\n\n* Hai',
    'a setext heading': 'Tiêu đề\n=======\n\nĐoạn văn.',
    'a hard break': 'Dòng một  \nDòng hai',
    'a table': '| a | b |\n|---|---|\n| 1 | 2 |\n\nĐoạn văn.',
    'a link and an e-mail': 'Xem [trang](http://x.vn) hoặc gửi a@b.vn.\n\nĐoạn hai.',
    'code fences over blank lines': '```\nmã\n\nvẫn mã\n```\n\nĐoạn.',
    'html over blank lines': '<div>\n\nđoạn\n\n</div>\n\nĐoạn.',
    'carriage returns': 'Dòng một\r\nDòng hai\r\n\r\nĐoạn hai',
    'a tab and a no-break space': '\tThụt lề\n\nKhoảng\u00a0trắng \u00a0\n\nĐoạn.',
    'a reference definition': 'Xem [a].\n\n[a]: http://x.vn',
    'a rule after an item': '1. Một\n\n---\n\n2. Hai',
    'a quote': '> Trích dẫn\ncòn tiếp\n\nĐoạn.',
    'blank lines at both ends': '\n\n  \nĐoạn.\n\n',
    'an empty text': '',
  };
  for (const [name, text] of Object.entries(tricky)) {
    it(`equal micromark on ${name}`, () => {
      const [fast, full] = bothWays(text);
      expect(fast).toEqual(full);
    });
  }

  it('equal micromark on random mixes of line shapes', () => {
    const shapes = [
      'Giao Sở Y tế chủ trì.',
      'còn tiếp ở dòng sau',
      '1. Việc một.',
      '2. Việc hai.',
      '10) Việc mười.',
      '- Gạch đầu dòng.',
      '+ Dấu cộng.',
      '* Dấu sao.',
      '    thụt lề bốn',
      '  thụt lề hai',
      'Có *nhấn mạnh* ở đây.',
      '| ô | ô |',
      '|---|---|',
      '---',
      '===',
      '> trích',
      '# Tiêu đề',
      'Dòng có dấu cách cuối  ',
      'a.b@c.vn',
      '',
      '',
      '',
    ];
    const next = random(11);
    for (let round = 0; round < 3000; round++) {
      const count = 1 + Math.floor(next() * 12);
      const lines = Array.from(
        { length: count },
        () => shapes[Math.floor(next() * shapes.length)]!,
      );
      const text = lines.join('\n');
      const [fast, full] = bothWays(text);
      expect(fast, JSON.stringify(text)).toEqual(full);
    }
  });
});
