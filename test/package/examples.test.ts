import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root, runNode, skipWithoutBuild } from './helpers.js';

/** What each example must print: a few exact lines, so an example cannot rot silently. */
const expectations: Record<string, string[]> = {
  'bottom-up.mjs': [
    '  input  $0.137887   per 1M tokens',
    '  output $1.145443   per 1M tokens',
    '    capital     input 0.077464   output 0.643507',
    'gross margin 70.6%, break-even at 17.6% utilization',
  ],
  'capacity.mjs': [
    '  462,960 GPUs (115,740 copies), 833.328 MW IT, 999.9936 MW at the meter',
    'A $10B, 5-year contract for 100,000 GPUs: $2.283105 per GPU-hour',
  ],
  'budget.mjs': [
    '  support  gemini-2.5-flash      9.2495953 USD  2000 requests',
    '  total 105.0661825 USD; 0 records not priced',
    '  2027-02-01    7406 requests  34.24882482 USD',
    "Support's $8 November budget: 3.32086574 USD spent in 10 days, 9.962597 projected; crossed on 2026-11-25",
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

  it('docs/bottom-up.md quotes the capacity example as it prints today', () => {
    const output = runNode([join('examples', 'capacity.mjs')]).trimEnd();
    expect(readFileSync(join(root, 'docs', 'bottom-up.md'), 'utf8')).toContain(output);
  });
});
