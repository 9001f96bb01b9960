/**
 * DeepSeek's API prices (USD per 1M tokens). "Cache hit" input is a cache read; there is no separate
 * cache-write rate. Time conditions, all in UTC:
 * - 2025-02-26 to 2025-09-05: off-peak discount 16:30-00:30 (50% for deepseek-chat, 75% for deepseek-reasoner).
 * - From 2026-08-16 16:00: peak hours 01:00-04:00 and 06:00-10:00, Monday to Friday, at twice the off-peak
 *   rate. DeepSeek also treats Chinese public holidays as off-peak; that calendar is not modelled, so peak
 *   prices on those days read high.
 * Model names: V4 launched on 2026-04-24; deepseek-chat and deepseek-reasoner then served V4 Flash at its
 * price until DeepSeek retired both names on 2026-07-24 15:59 UTC, so they have no card after that.
 * OpenRouter's versioned names (deepseek-v3.2, deepseek-r1-0528...) have cards for the period DeepSeek's
 * own API served that version; at other dates they are retired or not yet released here.
 *
 * @module
 */

import type { PriceCardInput } from '../cards/types.js';
import type { ProviderPriceList } from './types.js';

const PRICING = 'https://api-docs.deepseek.com/quick_start/pricing';
const NEWS = 'https://api-docs.deepseek.com/news';
const CHECKED = '2026-11-22';
const source = (note: string) => ({ kind: 'published' as const, url: PRICING, checkedAt: CHECKED, note });
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri'] as const;
const PEAK_WINDOWS = [
  { fromUtc: '01:00', toUtc: '04:00', days: WEEKDAYS },
  { fromUtc: '06:00', toUtc: '10:00', days: WEEKDAYS },
] as const;
const PEAK_FROM = '2026-08-16T16:00Z';
const V4_LAUNCH = '2026-04-24';
/** Cache hits cut to a tenth of their launch price, and V4 Pro's 75% discount in force, from this moment. */
const CACHE_CUT = '2026-04-26T12:15Z';
const LEGACY_RETIRED = '2026-07-24T15:59Z';
const OFF_PEAK_2025 = { from: '2025-02-26T16:30Z', to: '2025-09-05T16:00Z' } as const;
type Rates = readonly [miss: string, hit: string, output: string];

function card(
  id: string,
  rates: Rates,
  effective: { from?: string; to?: string },
  note: string,
  extra: Partial<PriceCardInput> = {},
): PriceCardInput {
  const [miss, hit, output] = rates;
  return {
    id,
    provider: 'deepseek',
    inputPerMillion: miss,
    cacheReadPerMillion: hit,
    outputPerMillion: output,
    effective,
    ...extra,
    source: source(note),
  };
}

/** The 2024-2026 history of deepseek-chat and deepseek-reasoner (same ids, dated cards). */
function legacy(id: 'deepseek-chat' | 'deepseek-reasoner', standard: Rates, from: string): PriceCardInput[] {
  const v4Note = `From the V4 launch (${V4_LAUNCH}) this name served deepseek-v4-flash at its price; DeepSeek retired it on 2026-07-24 at 15:59 UTC.`;
  return [
    card(
      id,
      standard,
      { from, to: '2025-09-05T16:00Z' },
      'Standard rates until the V3.1 pricing of 2025-09-05 16:00 UTC.',
    ),
    card(
      id,
      ['0.135', '0.035', '0.55'],
      OFF_PEAK_2025,
      'Off-peak discount 16:30-00:30 UTC, from 2025-02-26 until 2025-09-05 16:00 UTC.',
      { timeOfDay: { fromUtc: '16:30', toUtc: '00:30' } },
    ),
    card(
      id,
      ['0.56', '0.07', '1.68'],
      { from: '2025-09-05T16:00Z', to: '2025-09-29' },
      'DeepSeek-V3.1 pricing, no off-peak discount.',
    ),
    card(
      id,
      ['0.28', '0.028', '0.42'],
      { from: '2025-09-29', to: V4_LAUNCH },
      'DeepSeek-V3.2-Exp pricing from 2025-09-29, kept for V3.2 (2025-12-01) until the V4 launch.',
    ),
    card(
      id,
      ['0.14', '0.028', '0.28'],
      { from: V4_LAUNCH, to: CACHE_CUT },
      `${v4Note} Launch-day cache hits at $0.028 until ${CACHE_CUT}.`,
    ),
    card(
      id,
      ['0.14', '0.0028', '0.28'],
      { from: CACHE_CUT, to: LEGACY_RETIRED },
      `${v4Note} Cache hits at a tenth of launch price from ${CACHE_CUT}.`,
    ),
  ];
}

/** Off-peak (all-day) and peak (windowed) cards of one model from `from` on. */
function peakAndOffPeak(
  id: string,
  name: string,
  offPeak: Rates,
  peak: Rates,
  from: string,
  note: string,
): PriceCardInput[] {
  const shared = { name, contextWindow: 1000000, maxOutputTokens: 384000 };
  return [
    card(
      id,
      offPeak,
      { from },
      `Off-peak rates: every hour outside the weekday peak windows. ${note}`,
      shared,
    ),
    ...PEAK_WINDOWS.map((window) =>
      card(
        id,
        peak,
        { from },
        `Peak rates, ${window.fromUtc}-${window.toUtc} UTC Monday to Friday. ${note}`,
        {
          ...shared,
          timeOfDay: window,
        },
      ),
    ),
  ];
}

/** A version OpenRouter names on its own, priced as DeepSeek's API billed it while serving that version. */
function version(
  id: string,
  name: string,
  rates: Rates,
  effective: { from: string; to: string },
  served: string,
): PriceCardInput[] {
  const note = `OpenRouter's name for the version DeepSeek's API served as ${served} from ${effective.from} to ${effective.to} (${NEWS}), at that period's rates; OpenRouter may route the name to other hosts at other prices.`;
  return [card(id, rates, effective, note, { name })];
}

/** DeepSeek's price list. */
export const deepseekPrices: ProviderPriceList = {
  provider: 'deepseek',
  name: 'DeepSeek',
  pricingUrl: PRICING,
  cards: [
    card(
      'deepseek-chat',
      ['0.14', '0.014', '0.28'],
      { to: '2025-02-08T16:00Z' },
      'DeepSeek-V2.5 and the V3 launch promotion (2024-12-26 to 2025-02-08 16:00 UTC) at $0.14 input, $0.014 cache hit (context caching from 2024-08-02), $0.28 output.',
    ),
    ...legacy('deepseek-chat', ['0.27', '0.07', '1.1'], '2025-02-08T16:00Z'),
    ...legacy('deepseek-reasoner', ['0.55', '0.14', '2.19'], '2025-01-20'),
    ...version(
      'deepseek-r1',
      'DeepSeek R1',
      ['0.55', '0.14', '2.19'],
      { from: '2025-01-20', to: '2025-05-28' },
      'deepseek-reasoner',
    ),
    ...version(
      'deepseek-r1-0528',
      'DeepSeek R1 (0528)',
      ['0.55', '0.14', '2.19'],
      { from: '2025-05-28', to: '2025-08-21' },
      'deepseek-reasoner',
    ),
    ...version(
      'deepseek-chat-v3-0324',
      'DeepSeek V3 (0324)',
      ['0.27', '0.07', '1.1'],
      { from: '2025-03-24', to: '2025-08-21' },
      'deepseek-chat',
    ),
    ...version(
      'deepseek-chat-v3.1',
      'DeepSeek V3.1',
      ['0.56', '0.07', '1.68'],
      { from: '2025-09-05T16:00Z', to: '2025-09-22' },
      'deepseek-chat and deepseek-reasoner',
    ),
    ...version(
      'deepseek-v3.1-terminus',
      'DeepSeek V3.1 Terminus',
      ['0.56', '0.07', '1.68'],
      { from: '2025-09-22', to: '2025-09-29' },
      'deepseek-chat and deepseek-reasoner',
    ),
    ...version(
      'deepseek-v3.2-exp',
      'DeepSeek V3.2-Exp',
      ['0.28', '0.028', '0.42'],
      { from: '2025-09-29', to: '2025-12-01' },
      'deepseek-chat and deepseek-reasoner',
    ),
    ...version(
      'deepseek-v3.2',
      'DeepSeek V3.2',
      ['0.28', '0.028', '0.42'],
      { from: '2025-12-01', to: V4_LAUNCH },
      'deepseek-chat and deepseek-reasoner',
    ),
    ...version(
      'deepseek-v3.2-speciale',
      'DeepSeek V3.2 Speciale',
      ['0.28', '0.028', '0.42'],
      { from: '2025-12-01', to: '2025-12-15' },
      'a temporary endpoint',
    ),
    card(
      'deepseek-v4-flash',
      ['0.14', '0.028', '0.28'],
      { from: V4_LAUNCH, to: CACHE_CUT },
      `Launch rates; cache hits were cut to a tenth on ${CACHE_CUT} (DeepSeek pricing page, as copied by third parties in April 2026).`,
      { name: 'DeepSeek V4 Flash', contextWindow: 1000000, maxOutputTokens: 384000 },
    ),
    card(
      'deepseek-v4-flash',
      ['0.14', '0.0028', '0.28'],
      { from: CACHE_CUT, to: PEAK_FROM },
      'Flat rates from the cache cut until the peak/off-peak billing of 2026-08-16 16:00 UTC.',
      { name: 'DeepSeek V4 Flash', contextWindow: 1000000, maxOutputTokens: 384000 },
    ),
    ...peakAndOffPeak(
      'deepseek-v4-flash',
      'DeepSeek V4 Flash',
      ['0.22', '0.007', '0.66'],
      ['0.44', '0.014', '1.32'],
      PEAK_FROM,
      'The name kept billing after deepseek-flash was released, at these rates, as the team review of 2026-11 found on the pricing page (the public copies we could read end in July 2026).',
    ),
    card(
      'deepseek-v4-pro',
      ['1.74', '0.145', '3.48'],
      { from: V4_LAUNCH, to: CACHE_CUT },
      `Launch list rates, before the 75% discount (in force by ${CACHE_CUT}, made the list price on 2026-05-22) and the cache cut.`,
      { name: 'DeepSeek V4 Pro', contextWindow: 1000000, maxOutputTokens: 384000 },
    ),
    card(
      'deepseek-v4-pro',
      ['0.435', '0.003625', '0.87'],
      { from: CACHE_CUT, to: PEAK_FROM },
      'A quarter of the launch rates (the 75% discount, permanent from 2026-05-31) until the peak/off-peak billing of 2026-08-16 16:00 UTC.',
      { name: 'DeepSeek V4 Pro', contextWindow: 1000000, maxOutputTokens: 384000 },
    ),
    ...peakAndOffPeak(
      'deepseek-v4-pro',
      'DeepSeek V4 Pro',
      ['0.66', '0.022', '1.98'],
      ['1.32', '0.044', '3.96'],
      PEAK_FROM,
      'Rates of the pricing page as the catalog recorded them on 2026-11-22.',
    ),
    ...peakAndOffPeak(
      'deepseek-flash',
      'DeepSeek V4.1 Flash',
      ['0.15', '0.003', '0.6'],
      ['0.3', '0.006', '1.2'],
      '2026-09-10',
      'Released on 2026-09-10 (the team review of 2026-11 corrected an earlier 2026-08-16).',
    ),
  ],
};
