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
/** Priority processing on the Gemini API: 1.8x the standard rates. */
const PRIORITY = { multiplier: '1.8' } as const;
const PRIORITY_NOTE = 'Priority at 1.8x the standard rates, as LiteLLM (2026-07-24) lists it.';

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
    ...(
      [
        [
          'gemini-3.1-pro-preview',
          'Gemini 3.1 Pro (preview)',
          ['gemini-3.1-pro-preview-customtools'],
          undefined,
        ],
        ['gemini-3-pro-preview', 'Gemini 3 Pro (preview)', [], '2026-03-09'],
      ] as const
    ).map(([id, name, aliases, retired]) => ({
      id,
      provider: 'google',
      name,
      ...(aliases.length === 0 ? {} : { aliases: [...aliases] }),
      inputPerMillion: '2',
      cacheReadPerMillion: '0.2',
      audioInputPerMillion: '2',
      audioCacheReadPerMillion: '0.2',
      outputPerMillion: '12',
      tiers: [
        {
          abovePromptTokens: 200000,
          inputPerMillion: '4',
          cacheReadPerMillion: '0.4',
          audioInputPerMillion: '4',
          audioCacheReadPerMillion: '0.4',
          outputPerMillion: '18',
        },
      ],
      serviceTiers: { ...BATCH, priority: PRIORITY },
      ...(retired === undefined ? {} : { effective: { to: retired } }),
      contextWindow: 1048576,
      maxOutputTokens: 65536,
      source: source(
        `$2.00/$12.00 for prompts <= 200K tokens, $4.00/$18.00 above; audio input at the text rate (OpenRouter lists it so). ${PRIORITY_NOTE}${retired === undefined ? '' : ` Shut down on ${retired}, the date LiteLLM records.`}${aliases.length === 0 ? '' : ' The customtools variant is billed alike.'}`,
      ),
    })),
    {
      id: 'gemini-3-flash-preview',
      provider: 'google',
      name: 'Gemini 3 Flash (preview)',
      inputPerMillion: '0.5',
      cacheReadPerMillion: '0.05',
      audioInputPerMillion: '1',
      audioCacheReadPerMillion: '0.1',
      outputPerMillion: '3',
      serviceTiers: { ...BATCH, priority: PRIORITY },
      contextWindow: 1048576,
      maxOutputTokens: 65536,
      source: source(
        `Text, audio and cache rates as LiteLLM, genai-prices, models.dev and OpenRouter list them. ${PRIORITY_NOTE}`,
      ),
    },
    {
      id: 'gemini-3.1-flash-lite',
      provider: 'google',
      name: 'Gemini 3.1 Flash-Lite',
      aliases: ['gemini-3.1-flash-lite-preview'],
      inputPerMillion: '0.25',
      cacheReadPerMillion: '0.025',
      audioInputPerMillion: '0.5',
      audioCacheReadPerMillion: '0.05',
      outputPerMillion: '1.5',
      serviceTiers: { ...BATCH, flex: { multiplier: '0.5' }, priority: PRIORITY },
      contextWindow: 1048576,
      maxOutputTokens: 65536,
      source: source(
        `Rates as every catalog lists them (audio cache reads as genai-prices lists them); the preview id was billed alike. Flex at half, ${PRIORITY_NOTE}`,
      ),
    },
    ...(
      [
        ['gemini-3.1-flash-image-preview', 'Gemini 3.1 Flash Image (preview)', '0.5', '0.05', '3', '60'],
        ['gemini-3-pro-image-preview', 'Gemini 3 Pro Image (preview)', '2', '0.2', '12', '120'],
        ['gemini-2.5-flash-image', 'Gemini 2.5 Flash Image', '0.3', '0.03', '2.5', '30'],
      ] as const
    ).map(([id, name, input, cached, output, image]) => ({
      id,
      provider: 'google',
      name,
      inputPerMillion: input,
      cacheReadPerMillion: cached,
      outputPerMillion: output,
      imageOutputPerMillion: image,
      serviceTiers: BATCH,
      source: source(
        `Text rates and the image-output rate as genai-prices (2026-08-21) lists them (models.dev folds the image rate into output); cache reads as OpenRouter lists them.`,
      ),
    })),
    {
      id: 'gemini-2.5-pro',
      provider: 'google',
      name: 'Gemini 2.5 Pro',
      aliases: ['gemini-2.5-pro-preview', 'gemini-2.5-pro-preview-05-06', 'gemini-2.5-pro-preview-06-05'],
      inputPerMillion: '1.25',
      cacheReadPerMillion: '0.125',
      audioInputPerMillion: '1.25',
      audioCacheReadPerMillion: '0.125',
      outputPerMillion: '10',
      tiers: [
        {
          abovePromptTokens: 200000,
          inputPerMillion: '2.5',
          cacheReadPerMillion: '0.25',
          audioInputPerMillion: '2.5',
          audioCacheReadPerMillion: '0.25',
          outputPerMillion: '15',
        },
      ],
      serviceTiers: BATCH,
      contextWindow: 1048576,
      maxOutputTokens: 65536,
      source: source(
        '$1.25/$10 for prompts <= 200K tokens, $2.50/$15 above; output includes thinking; audio input at the text rate (OpenRouter lists it so). The preview snapshots were billed alike.',
      ),
    },
    {
      id: 'gemini-2.5-flash',
      provider: 'google',
      name: 'Gemini 2.5 Flash',
      aliases: ['gemini-2.5-flash-preview-09-2025'],
      inputPerMillion: '0.3',
      cacheReadPerMillion: '0.03',
      audioInputPerMillion: '1',
      audioCacheReadPerMillion: '0.1',
      outputPerMillion: '2.5',
      serviceTiers: BATCH,
      contextWindow: 1048576,
      maxOutputTokens: 65536,
      source: source(
        'Text/image/video input $0.30, audio $1.00 (cached $0.03 and $0.10, as genai-prices lists them); the 09-2025 preview was billed alike.',
      ),
    },
    {
      id: 'gemini-2.5-flash-lite',
      provider: 'google',
      name: 'Gemini 2.5 Flash-Lite',
      aliases: ['gemini-2.5-flash-lite-preview-09-2025'],
      inputPerMillion: '0.1',
      cacheReadPerMillion: '0.01',
      audioInputPerMillion: '0.3',
      audioCacheReadPerMillion: '0.03',
      outputPerMillion: '0.4',
      serviceTiers: BATCH,
      contextWindow: 1048576,
      maxOutputTokens: 65536,
      source: source(
        'Text/image/video input $0.10, audio $0.30 (cached $0.01 and $0.03, as genai-prices lists them); the 09-2025 preview was billed alike.',
      ),
    },

    ...(
      [
        [
          'gemini-2.0-flash',
          'Gemini 2.0 Flash',
          ['gemini-2.0-flash-001'],
          '0.1',
          '0.025',
          '0.4',
          '0.7',
          '0.175',
        ],
        [
          'gemini-2.0-flash-lite',
          'Gemini 2.0 Flash-Lite',
          ['gemini-2.0-flash-lite-001'],
          '0.075',
          '0.01875',
          '0.3',
          '0.075',
          undefined,
        ],
      ] as const
    ).map(([id, name, aliases, input, cached, output, audio, audioCached]) => ({
      id,
      provider: 'google',
      name,
      aliases: [...aliases],
      inputPerMillion: input,
      cacheReadPerMillion: cached,
      outputPerMillion: output,
      audioInputPerMillion: audio,
      ...(audioCached === undefined ? {} : { audioCacheReadPerMillion: audioCached }),
      serviceTiers: BATCH,
      effective: { to: '2026-06-01' },
      contextWindow: 1048576,
      maxOutputTokens: 8192,
      source: source(
        'Rates as LiteLLM and genai-prices list them (text, audio and cached); shut down on 2026-06-01, the date LiteLLM records.',
      ),
    })),
    {
      id: 'gemini-1.5-pro',
      provider: 'google',
      name: 'Gemini 1.5 Pro',
      aliases: ['gemini-1.5-pro-001', 'gemini-1.5-pro-002', 'gemini-1.5-pro-latest'],
      inputPerMillion: '3.5',
      outputPerMillion: '10.5',
      tiers: [{ abovePromptTokens: 128000, inputPerMillion: '7', outputPerMillion: '21' }],
      effective: { to: '2024-10-01' },
      contextWindow: 2097152,
      source: source(
        'Launch rates until the price cut of 2024-10-01 (Google Developers blog of 2024-09-24).',
      ),
    },
    {
      id: 'gemini-1.5-pro',
      provider: 'google',
      name: 'Gemini 1.5 Pro',
      aliases: ['gemini-1.5-pro-001', 'gemini-1.5-pro-002', 'gemini-1.5-pro-latest'],
      inputPerMillion: '1.25',
      cacheReadPerMillion: '0.3125',
      outputPerMillion: '5',
      tiers: [
        {
          abovePromptTokens: 128000,
          inputPerMillion: '2.5',
          cacheReadPerMillion: '0.625',
          outputPerMillion: '10',
        },
      ],
      serviceTiers: BATCH,
      effective: { from: '2024-10-01', to: '2025-09-24' },
      contextWindow: 2097152,
      source: source(
        'Rates after the 2024-10-01 cut, as genai-prices lists them; Gemini 1.5 models were shut down on 2025-09-24.',
      ),
    },
    {
      id: 'gemini-1.5-flash',
      provider: 'google',
      name: 'Gemini 1.5 Flash',
      aliases: ['gemini-1.5-flash-001', 'gemini-1.5-flash-002', 'gemini-1.5-flash-latest'],
      inputPerMillion: '0.35',
      outputPerMillion: '1.05',
      tiers: [{ abovePromptTokens: 128000, inputPerMillion: '0.7', outputPerMillion: '2.1' }],
      effective: { to: '2024-08-12' },
      contextWindow: 1048576,
      source: source(
        'Launch rates until the price cut of 2024-08-12 (Google Developers blog of 2024-08-08).',
      ),
    },
    {
      id: 'gemini-1.5-flash',
      provider: 'google',
      name: 'Gemini 1.5 Flash',
      aliases: ['gemini-1.5-flash-001', 'gemini-1.5-flash-002', 'gemini-1.5-flash-latest'],
      inputPerMillion: '0.075',
      cacheReadPerMillion: '0.01875',
      outputPerMillion: '0.3',
      tiers: [
        {
          abovePromptTokens: 128000,
          inputPerMillion: '0.15',
          cacheReadPerMillion: '0.0375',
          outputPerMillion: '0.6',
        },
      ],
      serviceTiers: BATCH,
      effective: { from: '2024-08-12', to: '2025-09-24' },
      contextWindow: 1048576,
      source: source(
        'Rates after the 2024-08-12 cut, as genai-prices lists them; Gemini 1.5 models were shut down on 2025-09-24 (LiteLLM records 2025-09-29).',
      ),
    },
    {
      id: 'gemini-1.5-flash-8b',
      provider: 'google',
      name: 'Gemini 1.5 Flash-8B',
      aliases: ['gemini-1.5-flash-8b-001', 'gemini-1.5-flash-8b-latest'],
      inputPerMillion: '0.0375',
      cacheReadPerMillion: '0.01',
      outputPerMillion: '0.15',
      tiers: [
        {
          abovePromptTokens: 128000,
          inputPerMillion: '0.075',
          cacheReadPerMillion: '0.02',
          outputPerMillion: '0.3',
        },
      ],
      serviceTiers: BATCH,
      effective: { from: '2024-10-03', to: '2025-09-24' },
      contextWindow: 1048576,
      source: source(
        "Rates from its general availability (2024-10-03) on Google's pricing page of the time; shut down with the other Gemini 1.5 models on 2025-09-24.",
      ),
    },
  ],
};
