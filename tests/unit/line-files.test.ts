import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  jsonArrayLines,
  readJsonArrayLines,
  readLines,
  writeLines,
  writePieces,
} from '../../src/lib/line-files.ts';

const dir = mkdtempSync(join(tmpdir(), 'line-files-'));

describe('data files written and read one line at a time', () => {
  const values = [
    { id: 'a', task: 'Giao Sở Y tế chủ trì,\nphối hợp' },
    { id: 'b', task: 'Đinh Tiến Dũng\r\n\u2028 "trích" ' },
    { id: 'c', task: '' },
  ];

  it('write a JSON array that any JSON reader reads, and that reads back line by line', () => {
    const file = join(dir, 'array.json');
    writeLines(file, jsonArrayLines(values));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(values);
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(values.length + 3);
    expect(readJsonArrayLines(file)).toEqual({ open: '[', close: ']', values });
  });

  it('keep an object around the array: its first line opens it, its last closes it', () => {
    const file = join(dir, 'object.json');
    writeLines(file, jsonArrayLines(values, '{"agencies":[{"id":"so-y-te"}],"items":[', ']}'));
    const whole = JSON.parse(readFileSync(file, 'utf8')) as { items: unknown[] };
    expect(whole).toEqual({ agencies: [{ id: 'so-y-te' }], items: values });
    const read = readJsonArrayLines(file);
    expect(JSON.parse(`${read.open}${read.close}`)).toEqual({
      agencies: [{ id: 'so-y-te' }],
      items: [],
    });
    expect(read.values).toEqual(values);
  });

  it('write an empty array as valid JSON', () => {
    const file = join(dir, 'empty.json');
    writeLines(file, jsonArrayLines([]));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual([]);
    expect(readJsonArrayLines(file).values).toEqual([]);
  });

  it('write text of many blocks whole, in order', () => {
    const file = join(dir, 'pieces.txt');
    const pieces = Array.from({ length: 3000 }, (_, i) => `${i} ${'ư'.repeat(1000)}\r\n`);
    writePieces(file, pieces);
    expect(readFileSync(file, 'utf8')).toBe(pieces.join(''));
    expect([...readLines(file)]).toEqual(pieces.map((p) => p.slice(0, -2)));
  });

  it('read lines without their ends, skipping empty ones', () => {
    const file = join(dir, 'lines.txt');
    writeFileSync(file, 'một\r\n\nhai\nba');
    expect([...readLines(file)]).toEqual(['một', 'hai', 'ba']);
  });
});
