/**
 * Coverage of real traffic: the first-party text models of the shared OpenRouter feed (2026-05-15) that the
 * built-in catalog prices by their OpenRouter id at the feed's date. `npm run prices:coverage` prints the
 * same report.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { coverage, type OpenRouterModel } from '../../scripts/openrouter-coverage.js';

const FEED = fileURLToPath(
  new URL('../../../shared/data/foreign/openrouter/models_2026-05-15.json', import.meta.url),
);
const present = existsSync(FEED);
if (!present)
  console.log(`Skipping the OpenRouter coverage test: ${FEED} is absent (the team's shared data).`);

describe.skipIf(!present)('coverage of the 2026-05-15 OpenRouter feed', () => {
  const feed = present
    ? (JSON.parse(readFileSync(FEED, 'utf8')) as { data: OpenRouterModel[] })
    : { data: [] };
  const report = coverage(feed.data, '2026-05-15T00:00:00Z');

  it('prices at least 90% of every covered maker but Qwen, and 94% of all', () => {
    let counted = 0;
    let resolved = 0;
    for (const [vendor, entry] of Object.entries(report)) {
      counted += entry.counted;
      resolved += entry.resolved;
      if (vendor !== 'qwen') expect(entry.resolved / entry.counted, vendor).toBeGreaterThanOrEqual(0.9);
    }
    expect(Object.keys(report).sort()).toEqual([
      'amazon',
      'anthropic',
      'cohere',
      'deepseek',
      'google',
      'minimax',
      'mistralai',
      'moonshotai',
      'openai',
      'perplexity',
      'qwen',
      'x-ai',
      'z-ai',
    ]);
    expect(`${resolved}/${counted}`).toBe('190/202');
  });

  it('misses only Qwen open-weight checkpoints no catalog prices on Model Studio (a known gap)', () => {
    expect(report.qwen?.missing).toEqual([
      'qwen/qwen3.5-9b',
      'qwen/qwen3.5-flash-02-23',
      'qwen/qwen3-coder-next',
      'qwen/qwen3-vl-8b-thinking',
      'qwen/qwen3-vl-8b-instruct',
      'qwen/qwen3-vl-30b-a3b-thinking',
      'qwen/qwen3-30b-a3b-thinking-2507',
      'qwen/qwen3-30b-a3b-instruct-2507',
      'qwen/qwen3-235b-a22b-thinking-2507',
      'qwen/qwen3-235b-a22b-2507',
      'qwen/qwen3-30b-a3b',
      'qwen/qwen-2.5-coder-32b-instruct',
    ]);
    for (const [vendor, entry] of Object.entries(report)) {
      if (vendor !== 'qwen') expect(entry.missing, vendor).toEqual([]);
    }
  });

  it('answers models retired before the feed with when they were priced', () => {
    expect(report.openai?.retired).toContain('openai/gpt-4-0314 (priced until 2026-03-26)');
    expect(report.deepseek?.retired).toContain('deepseek/deepseek-r1 (priced until 2025-05-28)');
  });
});
