/**
 * A Node script run as a child process that shares this one's output. Asynchronous, unlike
 * `execFileSync`, so that this process goes on meanwhile (the build indexes the search records,
 * `watchPeakMemory` samples).
 */
import { spawn } from 'node:child_process';

/** Runs `node <args>` in `cwd`; resolves with its exit code, rejects if it cannot start. */
export function runNode(args: string[], cwd: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: 'inherit', cwd });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}
