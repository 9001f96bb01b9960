/**
 * Google's Gemini Developer API prices (USD per 1M tokens, paid tier). Pro models price prompts above 200K
 * tokens at higher rates for the whole request; the Batch API takes 50% off. Context-cache storage (per
 * hour) and Search grounding (a free monthly allowance, then per 1,000 requests) are not token rates and are
 * not carried: web searches are unpriced on these cards.
 *
 * @module
 */

import type { ProviderPriceList } from './types.js';

const PRICING = 'https://ai.google.dev/gemini-api/docs/pricing';
const CHECKED = '2026-11-22';
const source = (note: string) => ({ kind: 'published' as const, url: PRICING, checkedAt: CHECKED, note });
const BATCH = { batch: { multiplier: '0.5' } } as const;

/** Google's Gemini API price list. */
export const googlePrices: ProviderPriceList = {
  provider: 'google',
  name: 'Google (Gemini API)',
  pricingUrl: PRICING,
  cards: [
    {
      id: 'gemini-3.8-flash',
      provider: 'google',
      name: 'Gemini 3.8 Flash',
      inputPerMillion: '0.75',
      cacheReadPerMillion: '0.075',
      outputPerMillion: '3.75',
      serviceTiers: BATCH,
      effective: { to: '2027-01-01' },
      contextWindow: 1048576,
      maxOutputTokens: 65536,
      source: source(
        'Introductory price "through December 31, 2026" on the pricing page (read 2026-10-07 transcription); output includes thinking.',
      ),
    },
    {
      id: 'gemini-3.8-flash',
      provider: 'google',
      name: 'Gemini 3.8 Flash',
      inputPerMillion: '1.5',
      outputPerMillion: '7.5',
      serviceTiers: BATCH,
      effective: { from: '2027-01-01' },
      contextWindow: 1048576,
      maxOutputTokens: 65536,
      source: source(
        'Scheduled price "starting January 1, 2027". The cache-read rate from that date is not published, so it is left unknown.',
      ),
    },
    {
      id: 'gemini-3.5-flash',
      provider: 'google',
      name: 'Gemini 3.5 Flash',
      inputPerMillion: '1.5',
      cacheReadPerMillion: '0.15',
      outputPerMillion: '9',
      serviceTiers: BATCH,
      contextWindow: 1048576,
      maxOutputTokens: 65536,
      source: source(
        'Input and output from the pricing page; cached input at 10% as genai-prices (2026-08-21) lists it.',
      ),
    },
    {
      id: 'gemini-3.5-flash-lite',
      provider: 'google',
      name: 'Gemini 3.5 Flash-Lite',
      inputPerMillion: '0.3',
      cacheReadPerMillion: '0.03',
      outputPerMillion: '2.5',
      serviceTiers: BATCH,
      contextWindow: 1048576,
      maxOutputTokens: 65536,
      source: source('Text/image/video input rate; audio input is priced apart and not carried.'),
    },
    ...(['gemini-3.1-pro-preview', 'gemini-3-pro-preview'] as const).map((id) => ({
      id,
      provider: 'google',
      name: id === 'gemini-3.1-pro-preview' ? 'Gemini 3.1 Pro (preview)' : 'Gemini 3 Pro (preview)',
      inputPerMillion: '2',
      cacheReadPerMillion: '0.2',
      outputPerMillion: '12',
      tiers: [
        {
          abovePromptTokens: 200000,
          inputPerMillion: '4',
          cacheReadPerMillion: '0.4',
          outputPerMillion: '18',
        },
      ],
      serviceTiers: BATCH,
      contextWindow: 1048576,
      maxOutputTokens: 65536,
      source: source('$2.00/$12.00 for prompts <= 200K tokens, $4.00/$18.00 above.'),
    })),
    {
      id: 'gemini-2.5-pro',
      provider: 'google',
      name: 'Gemini 2.5 Pro',
      inputPerMillion: '1.25',
      cacheReadPerMillion: '0.125',
      outputPerMillion: '10',
      tiers: [
        {
          abovePromptTokens: 200000,
          inputPerMillion: '2.5',
          cacheReadPerMillion: '0.25',
          outputPerMillion: '15',
        },
      ],
      serviceTiers: BATCH,
      contextWindow: 1048576,
      maxOutputTokens: 65536,
      source: source('$1.25/$10 for prompts <= 200K tokens, $2.50/$15 above; output includes thinking.'),
    },
    {
      id: 'gemini-2.5-flash',
      provider: 'google',
      name: 'Gemini 2.5 Flash',
      inputPerMillion: '0.3',
      cacheReadPerMillion: '0.03',
      outputPerMillion: '2.5',
      serviceTiers: BATCH,
      contextWindow: 1048576,
      maxOutputTokens: 65536,
      source: source('Text/image/video input rate ($1.00 for audio is not carried).'),
    },
    {
      id: 'gemini-2.5-flash-lite',
      provider: 'google',
      name: 'Gemini 2.5 Flash-Lite',
      inputPerMillion: '0.1',
      cacheReadPerMillion: '0.01',
      outputPerMillion: '0.4',
      serviceTiers: BATCH,
      contextWindow: 1048576,
      maxOutputTokens: 65536,
      source: source('Text/image/video input rate.'),
    },
  ],
};
