/** How the administrative levels are shown (the values are the contract's `LEVELS`); also used by the search page's script. */
import type { Level } from './contract';

/**
 * How a level is shown: `Thành phố` is the level of every province and of the five cities the
 * centre runs, so a clerk of a province reads `Thành phố, tỉnh`.
 */
export const LEVEL_LABELS: Record<Level, string> = {
  'Trung ương': 'Trung ương',
  'Thành phố': 'Thành phố, tỉnh',
  'Quận-huyện': 'Quận, huyện',
  'Phường-xã': 'Phường, xã',
};

/** The label of a level, or the value itself when it is none of the levels. */
export function levelLabel(level: string): string {
  return (LEVEL_LABELS as Record<string, string>)[level] ?? level;
}
