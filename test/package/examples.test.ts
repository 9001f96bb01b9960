import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runNode, skipWithoutBuild } from './helpers.js';

/** What each example must print: a few exact lines, so an example cannot rot silently. */
const expectations: Record<string, string[]> = {
  'bottom-up.mjs': [
    '  input  $0.154237   per 1M tokens',
    '  output $0.383934   per 1M tokens',
    '    capital     input 0.08665    output 0.28319',
    'gross margin 74.5%, break-even at 15.3% utilization',
  ],
  'quick-start.mjs': [
    '    total              0.005615 USD  ($0.0056)',
    '    total              0.069275 USD  ($0.0693)',
  ],
};

describe.skipIf(skipWithoutBuild)('examples run against the built package', () => {
  const examples = readdirSync(join(root, 'examples')).filter((name) => name.endsWith('.mjs'));

  it('every example has expectations', () => {
    expect(examples.sort()).toEqual(Object.keys(expectations).sort());
  });

  for (const example of examples) {
    it(`${example} runs and prints what it should`, () => {
      const output = runNode([join('examples', example)]);
      for (const line of expectations[example] ?? []) expect(output).toContain(line);
    });
  }
});
