/**
 * Data files written and read one line at a time, so that no string ever holds a whole file: past
 * about 50,000 documents the search records and the assignments are larger than the longest string
 * Node can make (512 MB). A JSON array is written one value per line (`[`, `value,` …, `]`), so
 * the file is plain JSON for any reader and lines for ours.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';

/** Bytes gathered before each write. */
const BLOCK = 1 << 20;

/** Writes text given in pieces to a file, gathered in blocks: no string holds the whole file. */
export function writePieces(file: string, pieces: Iterable<string>): void {
  const fd = openSync(file, 'w');
  try {
    let block: string[] = [];
    let size = 0;
    for (const piece of pieces) {
      block.push(piece);
      size += piece.length;
      if (size >= BLOCK) {
        writeSync(fd, block.join(''));
        block = [];
        size = 0;
      }
    }
    if (block.length > 0) writeSync(fd, block.join(''));
  } finally {
    closeSync(fd);
  }
}

/** Writes the lines to a file, each ended with `\n`. */
export function writeLines(file: string, lines: Iterable<string>): void {
  writePieces(file, ended(lines));
}

function* ended(lines: Iterable<string>): Generator<string> {
  for (const line of lines) yield `${line}\n`;
}

/** The lines of a UTF-8 file, decoded one by one from its bytes; empty lines left out. */
export function* readLines(file: string): Generator<string> {
  const bytes = readFileSync(file);
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length;
    const line = bytes.toString('utf8', start, end).replace(/\r$/, '');
    if (line) yield line;
    start = end + 1;
  }
}

/**
 * The lines of a JSON array with one value per line: `open` (`[` by default, or the start of an
 * object ending in `[`), each value followed by a comma but the last, then `close`.
 */
export function* jsonArrayLines(
  values: Iterable<unknown>,
  open = '[',
  close = ']',
): Generator<string> {
  yield open;
  let previous: string | undefined;
  for (const value of values) {
    if (previous !== undefined) yield `${previous},`;
    previous = JSON.stringify(value);
  }
  if (previous !== undefined) yield previous;
  yield close;
}

/**
 * A file written by `jsonArrayLines`: its first and last lines as written, and its values, parsed
 * one line at a time.
 */
export function readJsonArrayLines(file: string): {
  open: string;
  close: string;
  values: unknown[];
} {
  let open: string | undefined;
  let previous: string | undefined;
  const values: unknown[] = [];
  for (const line of readLines(file)) {
    if (open === undefined) open = line;
    else {
      if (previous !== undefined) values.push(JSON.parse(previous.replace(/,$/, '')) as unknown);
      previous = line;
    }
  }
  return { open: open ?? '', close: previous ?? '', values };
}
