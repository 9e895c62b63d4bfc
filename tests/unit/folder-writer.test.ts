/**
 * The folder writer of the ingest's generated files: an unchanged file is not written again (its
 * modification time stays), a changed or new one is, and what the build no longer makes is removed.
 */
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderWriter } from '../../scripts/ingest/folder-writer.ts';

/** A folder holding the given files, each dated long ago so that a rewrite shows. */
function folderWith(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'kvb-folder-'));
  const past = new Date('2020-01-01T00:00:00Z');
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(folder, name), text);
    utimesSync(join(folder, name), past, past);
  }
  return folder;
}

const modified = (folder: string, name: string) => statSync(join(folder, name)).mtime.getFullYear();

describe('FolderWriter', () => {
  it('writes what changed, leaves what did not, removes what is no longer made', () => {
    const folder = folderWith({
      'a.mdx': 'Chỉ thị số 15',
      'b.mdx': 'Kết luận 75',
      'c.mdx': 'bỏ đi',
      'd.mdx': 'Nghị quyết', // same length as its new text, other bytes
    });
    mkdirSync(join(folder, 'cu'));
    const writer = new FolderWriter(folder);
    writer.write('a.mdx', 'Chỉ thị số 15');
    writer.write('b.mdx', 'Kết luận 75-KL/TW');
    writer.write('d.mdx', 'Nghị quyếT');
    writer.write('e.mdx', 'mới');
    expect(writer.finish()).toEqual({ written: 3, unchanged: 1, removed: 2 });
    expect(readdirSync(folder).sort()).toEqual(['a.mdx', 'b.mdx', 'd.mdx', 'e.mdx']);
    expect(modified(folder, 'a.mdx')).toBe(2020);
    expect(modified(folder, 'b.mdx')).toBeGreaterThan(2020);
    expect(readFileSync(join(folder, 'b.mdx'), 'utf8')).toBe('Kết luận 75-KL/TW');
    expect(readFileSync(join(folder, 'd.mdx'), 'utf8')).toBe('Nghị quyếT');
    expect(readFileSync(join(folder, 'e.mdx'), 'utf8')).toBe('mới');
  });

  it('makes a missing folder', () => {
    const folder = join(mkdtempSync(join(tmpdir(), 'kvb-folder-')), 'documents');
    const writer = new FolderWriter(folder);
    writer.write('x.mdx', 'x');
    expect(writer.finish()).toEqual({ written: 1, unchanged: 0, removed: 0 });
    expect(readdirSync(folder)).toEqual(['x.mdx']);
  });
});
