import { describe, expect, it } from 'vitest';
import { heapOption } from '../../scripts/run-node.ts';

describe('heapOption', () => {
  it('gives a step most of the machine when nothing sets a limit', () => {
    expect(heapOption('', 24 * 2 ** 30)).toEqual(['--max-old-space-size=17203']);
    expect(heapOption('--enable-source-maps', 8 * 2 ** 30)).toEqual(['--max-old-space-size=5734']);
  });

  it('leaves a limit set in NODE_OPTIONS alone', () => {
    expect(heapOption('--max-old-space-size=14000', 24 * 2 ** 30)).toEqual([]);
  });
});
