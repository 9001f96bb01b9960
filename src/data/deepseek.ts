/**
 * DeepSeek's API prices (USD per 1M tokens). "Cache hit" input is a cache read; there is no separate
 * cache-write rate. Time conditions, all in UTC:
 * - 2025-02-26 to 2025-09-05: off-peak discount 16:30-00:30 (50% for deepseek-chat, 75% for deepseek-reasoner).
 * - From 2026-08-16 16:00: peak hours 01:00-04:00 and 06:00-10:00, Monday to Friday, at twice the off-peak
 *   rate. DeepSeek also treats Chinese public holidays as off-peak; that calendar is not modelled, so peak
 *   prices on those days read high.
 * Model names: V4 launched on 2026-04-24; deepseek-chat and deepseek-reasoner then served V4 Flash at its
 * price until DeepSeek retired both names on 2026-07-24 15:59 UTC, so they have no card after that.
 *
 * @module
 */

import type { PriceCardInput } from '../cards/types.js';
import type { ProviderPriceList } from './types.js';

const PRICING = 'https://api-docs.deepseek.com/quick_start/pricing';
const CHECKED = '2026-11-22';
const source = (note: string) => ({ kind: 'published' as const, url: PRICING, checkedAt: CHECKED, note });
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const PEAK_WINDOWS = [
  { fromUtc: '01:00', toUtc: '04:00', days: WEEKDAYS },
  { fromUtc: '06:00', toUtc: '10:00', days: WEEKDAYS },
] as const;
const PEAK_FROM = '2026-08-16T16:00Z';
const V4_LAUNCH = '2026-04-24';
const LEGACY_RETIRED = '2026-07-24T15:59Z';
const V4_FLASH_FLAT = {
  inputPerMillion: '0.14',
  cacheReadPerMillion: '0.0028',
  outputPerMillion: '0.28',
} as const;

/** The 2025 history of deepseek-chat and deepseek-reasoner (same ids, dated cards). */
function legacy(
  id: 'deepseek-chat' | 'deepseek-reasoner',
  standard: readonly [string, string, string],
  from: string | undefined,
): PriceCardInput[] {
  const [miss, hit, output] = standard;
  return [
    {
      id,
      provider: 'deepseek',
      inputPerMillion: miss,
      cacheReadPerMillion: hit,
      outputPerMillion: output,
      effective: from === undefined ? { to: '2025-09-05T16:00Z' } : { from, to: '2025-09-05T16:00Z' },
      source: source('Standard rates until the V3.1 pricing of 2025-09-05 16:00 UTC.'),
    },
    {
      id,
      provider: 'deepseek',
      inputPerMillion: '0.135',
      cacheReadPerMillion: '0.035',
      outputPerMillion: '0.55',
      effective: { from: '2025-02-26T16:30Z', to: '2025-09-05T16:00Z' },
      timeOfDay: { fromUtc: '16:30', toUtc: '00:30' },
      source: source('Off-peak discount 16:30-00:30 UTC, from 2025-02-26 until 2025-09-05 16:00 UTC.'),
    },
    {
      id,
      provider: 'deepseek',
      inputPerMillion: '0.56',
      cacheReadPerMillion: '0.07',
      outputPerMillion: '1.68',
      effective: { from: '2025-09-05T16:00Z', to: '2025-09-29' },
      source: source('DeepSeek-V3.1 pricing, no off-peak discount.'),
    },
    {
      id,
      provider: 'deepseek',
      inputPerMillion: '0.28',
      cacheReadPerMillion: '0.028',
      outputPerMillion: '0.42',
      effective: { from: '2025-09-29', to: V4_LAUNCH },
      source: source('DeepSeek-V3.2-Exp pricing from 2025-09-29 until the V4 launch.'),
    },
    {
      id,
      provider: 'deepseek',
      ...V4_FLASH_FLAT,
      effective: { from: V4_LAUNCH, to: LEGACY_RETIRED },
      source: source(
        `From the V4 launch (${V4_LAUNCH}) this name served deepseek-v4-flash at its price; DeepSeek retired it on 2026-07-24 at 15:59 UTC.`,
      ),
    },
  ];
}

/** Off-peak (all-day) and peak (windowed) cards of one model from the 2026-08-16 billing change on. */
function peakAndOffPeak(
  id: string,
  name: string,
  offPeak: readonly [string, string, string],
  peak: readonly [string, string, string],
  from: string,
): PriceCardInput[] {
  const rates = ([miss, hit, output]: readonly [string, string, string]) => ({
    inputPerMillion: miss,
    cacheReadPerMillion: hit,
    outputPerMillion: output,
  });
  return [
    {
      id,
      provider: 'deepseek',
      name,
      ...rates(offPeak),
      effective: { from },
      contextWindow: 1000000,
      maxOutputTokens: 384000,
      source: source('Off-peak rates: every hour outside the weekday peak windows.'),
    },
    ...PEAK_WINDOWS.map((window) => ({
      id,
      provider: 'deepseek',
      name,
      ...rates(peak),
      effective: { from },
      timeOfDay: window,
      contextWindow: 1000000,
      maxOutputTokens: 384000,
      source: source(`Peak rates, ${window.fromUtc}-${window.toUtc} UTC Monday to Friday.`),
    })),
  ];
}

/** DeepSeek's price list. */
export const deepseekPrices: ProviderPriceList = {
  provider: 'deepseek',
  name: 'DeepSeek',
  pricingUrl: PRICING,
  cards: [
    ...legacy('deepseek-chat', ['0.27', '0.07', '1.1'], '2025-02-08T16:00Z'),
    ...legacy('deepseek-reasoner', ['0.55', '0.14', '2.19'], undefined),
    {
      id: 'deepseek-v4-flash',
      provider: 'deepseek',
      name: 'DeepSeek V4 Flash',
      ...V4_FLASH_FLAT,
      effective: { from: V4_LAUNCH, to: PEAK_FROM },
      contextWindow: 1000000,
      maxOutputTokens: 384000,
      source: source(
        'Flat rates from the V4 launch until the peak/off-peak billing of 2026-08-16 16:00 UTC. The name was then retired and is served and billed as deepseek-flash; price such usage on that card.',
      ),
    },
    {
      id: 'deepseek-v4-pro',
      provider: 'deepseek',
      name: 'DeepSeek V4 Pro',
      inputPerMillion: '0.435',
      cacheReadPerMillion: '0.003625',
      outputPerMillion: '0.87',
      effective: { from: V4_LAUNCH, to: PEAK_FROM },
      contextWindow: 1000000,
      maxOutputTokens: 384000,
      source: source(
        'Flat rates from the V4 preview launch until the peak/off-peak billing of 2026-08-16 16:00 UTC.',
      ),
    },
    ...peakAndOffPeak(
      'deepseek-v4-pro',
      'DeepSeek V4 Pro',
      ['0.66', '0.022', '1.98'],
      ['1.32', '0.044', '3.96'],
      PEAK_FROM,
    ),
    ...peakAndOffPeak(
      'deepseek-flash',
      'DeepSeek V4.1 Flash',
      ['0.15', '0.003', '0.6'],
      ['0.3', '0.006', '1.2'],
      PEAK_FROM,
    ),
  ],
};
