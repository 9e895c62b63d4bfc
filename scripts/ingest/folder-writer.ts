/**
 * A folder of generated files rewritten on each build (`content/documents/`, `content/sources/`,
 * the calendars): a file whose text is unchanged is left as it is, a changed or new one written,
 * and a file the build no longer makes removed. A rebuild after ten new sources writes about ten
 * files instead of deleting and writing them all (at 10,000 documents, 1.7 s of deleting alone).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** What a folder's writer did: files written (new or changed), left as they were, removed. */
export interface FolderCount {
  written: number;
  unchanged: number;
  removed: number;
}

/** Writes files into one folder; `finish` removes the files not written in this build. */
export class FolderWriter {
  /** What was done so far. */
  readonly count: FolderCount = { written: 0, unchanged: 0, removed: 0 };
  readonly #folder: string;
  readonly #before: Set<string>;
  readonly #kept = new Set<string>();

  /** Opens `folder` (made if missing) and notes the files it holds. */
  constructor(folder: string) {
    this.#folder = folder;
    mkdirSync(folder, { recursive: true });
    this.#before = new Set(
      readdirSync(folder, { withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name),
    );
  }

  /** Writes `text` as the file `name`, unless the file already holds exactly that text. */
  write(name: string, text: string): void {
    this.#kept.add(name);
    const path = join(this.#folder, name);
    if (this.#before.has(name) && sameText(path, text)) {
      this.count.unchanged++;
      return;
    }
    writeFileSync(path, text);
    this.count.written++;
  }

  /** Removes what the folder held before and this build did not write (folders included). */
  finish(): FolderCount {
    for (const entry of readdirSync(this.#folder)) {
      if (this.#kept.has(entry)) continue;
      rmSync(join(this.#folder, entry), { recursive: true, force: true });
      this.count.removed++;
    }
    return this.count;
  }
}

/** Whether the file holds exactly `text` in UTF-8 (its size compared first, then its bytes). */
function sameText(path: string, text: string): boolean {
  const bytes = Buffer.from(text, 'utf8');
  if (statSync(path).size !== bytes.length) return false;
  return readFileSync(path).equals(bytes);
}
