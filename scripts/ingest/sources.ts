/** Reading a source folder from disk: every `*.txt` below it, and the names of the other files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { SourceFile } from './read-file.ts';
import { CORRECTIONS_FILE } from './corrections.ts';

/** Every file under a folder, recursively, but hidden ones (`.DS_Store`, `.git/`). */
function listFiles(dir: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...listFiles(path));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}

/**
 * The texts of a source folder, its corrections file (`hieu-dinh.csv`, at the top), and the other
 * files (a scan, a .docx) that are listed but not read.
 */
export function readSourceFolder(dir: string): {
  sources: SourceFile[];
  unread: string[];
  corrections: Uint8Array | null;
} {
  const files = listFiles(dir).map((path) => ({
    path,
    name: relative(dir, path).split('\\').join('/'),
  }));
  const isText = (name: string) => name.toLowerCase().endsWith('.txt');
  const correctionsFile = files.find((f) => f.name.toLowerCase() === CORRECTIONS_FILE);
  return {
    sources: files
      .filter((f) => isText(f.name))
      .map((f) => ({ name: f.name, bytes: readFileSync(f.path) })),
    unread: files.filter((f) => !isText(f.name) && f !== correctionsFile).map((f) => f.name),
    corrections: correctionsFile ? readFileSync(correctionsFile.path) : null,
  };
}
