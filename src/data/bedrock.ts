/**
 * Amazon Bedrock on-demand prices (USD per 1M tokens) for Anthropic's Claude and Amazon's Nova models, by
 * the model ids Bedrock's API takes: `anthropic.claude-sonnet-4-20250514-v1:0`, and the cross-region
 * inference profiles that prefix a geography (`us.`, `eu.`, `apac.`, `jp.`, `au.`, `ca.`) or `global.`.
 *
 * Bedrock bills Claude at Anthropic's list prices, with one exception: from Claude Sonnet 4.5 and Haiku 4.5
 * on, the global profile is the list price and every regional route (a geography profile, or a bare id
 * invoked in one region) costs 10% more (AWS's global cross-Region inference guide; LiteLLM 2026-07-24 and
 * models.dev 2026-06-13 list the same premium on the `us.`/`eu.` ids). Nova's regional prices differ by
 * geography; the bare ids are priced as in US East (N. Virginia). GovCloud (`us-gov.`) prices are not here.
 *
 * @module
 */

import type { PriceCardInput } from '../cards/types.js';
import { anthropicPrices } from './anthropic.js';
import { cardWriter } from './author.js';
import { channelWriter, makerCard } from './channel.js';
import type { ProviderPriceList } from './types.js';

const PRICING = 'https://aws.amazon.com/bedrock/pricing/';
const CHECKED = '2026-11-23';
const channel = channelWriter('bedrock', { url: PRICING, checkedAt: CHECKED });
const card = cardWriter('bedrock', { url: PRICING, checkedAt: CHECKED });
const GEOGRAPHIES = ['us', 'eu', 'apac', 'jp', 'au', 'ca'] as const;
const LIST =
  "Anthropic's list prices, as AWS's page, LiteLLM (2026-07-24) and models.dev (2026-06-13) list them for this id";
const REGIONAL =
  "Anthropic's list prices plus Bedrock's 10% regional premium (geography profiles and in-region calls), as LiteLLM's us./eu. entries list it";
const GLOBAL = "Anthropic's list prices on Bedrock's global cross-Region profile";

/** A Claude model Bedrock serves at the same price on every route. */
function sameEverywhere(
  anthropicId: string,
  bedrockId: string,
  extra: { aliases?: string[] } = {},
): PriceCardInput {
  return channel(makerCard(anthropicPrices.cards, anthropicId), {
    id: bedrockId,
    aliases: [
      ...GEOGRAPHIES.map((geo) => `${geo}.${bedrockId}`),
      `global.${bedrockId}`,
      ...(extra.aliases ?? []),
    ],
    serviceTiers: ['batch'],
    note: `${LIST}; every cross-region profile is priced the same.`,
  });
}

/** A Claude model (Sonnet 4.5 and later) whose regional routes cost 10% more than the global profile. */
function globalAndRegional(anthropicId: string, bedrockId: string): PriceCardInput[] {
  const maker = makerCard(anthropicPrices.cards, anthropicId);
  return [
    channel(maker, {
      id: `global.${bedrockId}`,
      serviceTiers: ['batch'],
      note: `${GLOBAL}.`,
    }),
    channel(maker, {
      id: bedrockId,
      aliases: GEOGRAPHIES.map((geo) => `${geo}.${bedrockId}`),
      uplift: '1.1',
      serviceTiers: ['batch'],
      note: `${REGIONAL}.`,
    }),
  ];
}

/** A Nova model: US rates on the bare and `us.` ids, and the other geographies' rates where listed. */
function nova(
  bedrockId: string,
  name: string,
  us: readonly [input: string, cached: string | undefined, output: string],
  extra: { alias: string; geos?: Partial<Record<'eu' | 'apac', readonly [string, string]>>; note: string },
): PriceCardInput[] {
  return [
    card(bedrockId, name, us, {
      aliases: [extra.alias, `us.${bedrockId}`],
      note: extra.note,
    }),
    ...Object.entries(extra.geos ?? {}).map(([geo, [input, output]]) =>
      card(`${geo}.${bedrockId}`, `${name} (${geo.toUpperCase()})`, [input, undefined, output], {
        note: `As LiteLLM lists the ${geo}. profile (2026-07-24).`,
      }),
    ),
  ];
}

/** Bedrock's price list. */
export const bedrockPrices: ProviderPriceList = {
  provider: 'bedrock',
  name: 'Amazon Bedrock',
  pricingUrl: PRICING,
  cards: [
    ...globalAndRegional('claude-opus-5', 'anthropic.claude-opus-5'),
    ...globalAndRegional('claude-sonnet-5', 'anthropic.claude-sonnet-5'),
    ...globalAndRegional('claude-fable-5', 'anthropic.claude-fable-5'),
    ...globalAndRegional('claude-opus-4-8', 'anthropic.claude-opus-4-8'),
    ...globalAndRegional('claude-opus-4-7', 'anthropic.claude-opus-4-7'),
    ...globalAndRegional('claude-opus-4-6', 'anthropic.claude-opus-4-6-v1'),
    ...globalAndRegional('claude-sonnet-4-6', 'anthropic.claude-sonnet-4-6'),
    ...globalAndRegional('claude-opus-4-5', 'anthropic.claude-opus-4-5-20251101-v1:0'),
    ...globalAndRegional('claude-sonnet-4-5', 'anthropic.claude-sonnet-4-5-20250929-v1:0'),
    ...globalAndRegional('claude-haiku-4-5', 'anthropic.claude-haiku-4-5-20251001-v1:0'),
    sameEverywhere('claude-opus-4-1', 'anthropic.claude-opus-4-1-20250805-v1:0'),
    sameEverywhere('claude-opus-4-0', 'anthropic.claude-opus-4-20250514-v1:0'),
    sameEverywhere('claude-sonnet-4-0', 'anthropic.claude-sonnet-4-20250514-v1:0'),
    sameEverywhere('claude-3-7-sonnet-20250219', 'anthropic.claude-3-7-sonnet-20250219-v1:0'),
    sameEverywhere('claude-3-5-haiku', 'anthropic.claude-3-5-haiku-20241022-v1:0'),
    sameEverywhere('claude-3-5-sonnet-20241022', 'anthropic.claude-3-5-sonnet-20241022-v2:0'),
    sameEverywhere('claude-3-5-sonnet-20240620', 'anthropic.claude-3-5-sonnet-20240620-v1:0'),
    sameEverywhere('claude-3-opus-20240229', 'anthropic.claude-3-opus-20240229-v1:0'),
    sameEverywhere('claude-3-sonnet-20240229', 'anthropic.claude-3-sonnet-20240229-v1:0'),
    sameEverywhere('claude-3-haiku-20240307', 'anthropic.claude-3-haiku-20240307-v1:0'),
    ...nova('amazon.nova-premier-v1:0', 'Amazon Nova Premier', ['2.5', '0.625', '12.5'], {
      alias: 'nova-premier-v1',
      note: "LiteLLM's us. entry and OpenRouter agree on 2.5/12.5; cached input at 25% of input (Bedrock's 75% cache discount, as OpenRouter lists it).",
    }),
    ...nova('amazon.nova-pro-v1:0', 'Amazon Nova Pro', ['0.8', '0.2', '3.2'], {
      alias: 'nova-pro-v1',
      geos: { eu: ['1.05', '4.2'], apac: ['0.84', '3.36'] },
      note: 'LiteLLM, models.dev and OpenRouter agree; cached input at 25% of input, as models.dev lists it.',
    }),
    ...nova('amazon.nova-lite-v1:0', 'Amazon Nova Lite', ['0.06', '0.015', '0.24'], {
      alias: 'nova-lite-v1',
      geos: { eu: ['0.078', '0.312'], apac: ['0.063', '0.252'] },
      note: 'LiteLLM, models.dev and OpenRouter agree; cached input at 25% of input, as models.dev lists it.',
    }),
    ...nova('amazon.nova-micro-v1:0', 'Amazon Nova Micro', ['0.035', '0.00875', '0.14'], {
      alias: 'nova-micro-v1',
      geos: { eu: ['0.046', '0.184'], apac: ['0.037', '0.148'] },
      note: 'LiteLLM, models.dev and OpenRouter agree; cached input at 25% of input, as models.dev lists it.',
    }),
    card('global.amazon.nova-2-lite-v1:0', 'Amazon Nova 2 Lite', ['0.3', '0.075', '2.5'], {
      aliases: ['nova-2-lite-v1'],
      note: "LiteLLM's global. entry and OpenRouter agree.",
    }),
    card('amazon.nova-2-lite-v1:0', 'Amazon Nova 2 Lite (regional)', ['0.33', '0.0825', '2.75'], {
      aliases: GEOGRAPHIES.map((geo) => `${geo}.amazon.nova-2-lite-v1:0`),
      note: "LiteLLM's us./eu./apac. entries and models.dev's bare id agree: 10% over the global profile.",
    }),
  ],
};
