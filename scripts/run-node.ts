/**
 * A Node script run as a child process that shares this one's output. Asynchronous, unlike
 * `execFileSync`, so that this process goes on meanwhile (the build indexes the search records,
 * `watchPeakMemory` samples).
 */
import { spawn } from 'node:child_process';
import { totalmem } from 'node:os';

/** The share of the machine's memory a step's heap may grow to. */
const HEAP_SHARE = 0.7;

/**
 * The heap limit a step is given, in MB: Node's default (about 4 GiB) stops the ingest and Astro
 * past about 40,000 documents, so a step may use most of the machine unless `NODE_OPTIONS`
 * already sets a limit.
 */
export function heapOption(
  options = process.env['NODE_OPTIONS'] ?? '',
  memory = totalmem(),
): string[] {
  if (/--max-old-space-size/.test(options)) return [];
  return [`--max-old-space-size=${Math.floor((memory * HEAP_SHARE) / 2 ** 20)}`];
}

/** Runs `node <args>` in `cwd`; resolves with its exit code, rejects if it cannot start. */
export function runNode(args: string[], cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...heapOption(), ...args], { stdio: 'inherit', cwd });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}
