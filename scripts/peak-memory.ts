/**
 * Peak memory of the build's processes, for its summary and the bench: every half second, the
 * peak resident size (`VmHWM`) of this process and of each process under it, read from `/proc`
 * (Linux; elsewhere nothing is measured), filed under the stage the process runs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';

/** The stage a process runs, from its command line. */
function stageOf(command: string): string {
  if (command.includes('scripts/ingest.ts')) return 'ingest';
  if (command.includes('astro.mjs')) return 'Astro';
  if (command.includes('pagefind')) return 'Pagefind';
  return 'build';
}

/** Every process and its parent, from `/proc`. */
function processes(): { pid: number; parent: number }[] {
  const list: { pid: number; parent: number }[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command may hold spaces and parentheses: the fields start after the last `)`.
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      list.push({ pid: Number(name), parent });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return list;
}

/** Peak bytes so far of one process and its stage, or null once it has ended. */
function peakOf(pid: number): { stage: string; bytes: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
    const command = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
    return { stage: pid === process.pid ? 'build' : stageOf(command), bytes: kb * 1024 };
  } catch {
    return null;
  }
}

/** Bytes in GiB, as the build and the bench print them. */
export const gib = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;

/** Starts watching; `stop()` gives the largest peak seen per stage, in bytes. */
export function watchPeakMemory(): { stop(): Map<string, number> } {
  const peaks = new Map<string, number>();
  const sample = () => {
    const all = processes();
    const mine = new Set([process.pid]);
    // Parents come before their children often but not always: repeat until nothing is added.
    for (let added = true; added;) {
      added = false;
      for (const { pid, parent } of all)
        if (mine.has(parent) && !mine.has(pid)) {
          mine.add(pid);
          added = true;
        }
    }
    for (const pid of mine) {
      const peak = peakOf(pid);
      if (peak) peaks.set(peak.stage, Math.max(peaks.get(peak.stage) ?? 0, peak.bytes));
    }
  };
  const timer = existsSync('/proc/self') ? setInterval(sample, 500) : null;
  return {
    stop() {
      if (timer) {
        clearInterval(timer);
        sample();
      }
      return peaks;
    },
  };
}
