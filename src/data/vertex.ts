/**
 * Google Cloud Vertex AI prices (USD per 1M tokens) for Anthropic's Claude and Google's Gemini, by the ids
 * Vertex takes: `claude-sonnet-4@20250514` (Claude's Vertex ids carry an `@` snapshot date; LiteLLM also
 * writes `@default`), and Gemini's own ids.
 *
 * Vertex bills Claude at Anthropic's list prices on the global endpoint; from Claude Sonnet 4.5 and Haiku 4.5
 * on, regional endpoints cost 10% more. The model id does not say which endpoint served a request, so these
 * cards carry the global price: for regional endpoints, compose a table of your own cards in front. Gemini
 * 2.5 and later are priced as on the Gemini API (standard, batch at half); LiteLLM's `vertex_ai` entries
 * (2026-07-24) agree. Gemini 2.0 and earlier had Vertex-only prices and are not here.
 *
 * @module
 */

import type { PriceCardInput } from '../cards/types.js';
import { anthropicPrices } from './anthropic.js';
import { channelWriter, makerCard } from './channel.js';
import { googlePrices } from './google.js';
import type { ProviderPriceList } from './types.js';

const PRICING = 'https://cloud.google.com/vertex-ai/generative-ai/pricing';
const channel = channelWriter('vertex', { url: PRICING, checkedAt: '2026-11-23' });
const CLAUDE =
  "Anthropic's list prices on Vertex's global endpoint, as LiteLLM's vertex_ai entries (2026-07-24) list them";
const REGIONAL_NOTE = 'regional endpoints bill 10% more (not told apart by the id)';

/** A Claude model on Vertex: `claude-x@date` with the bare and `@default` spellings as aliases. */
function claude(
  anthropicId: string,
  vertexName: string,
  snapshot: string | undefined,
  premium: boolean,
): PriceCardInput {
  const id = snapshot === undefined ? vertexName : `${vertexName}@${snapshot}`;
  const aliases = snapshot === undefined ? [`${vertexName}@default`] : [vertexName, `${vertexName}@default`];
  return channel(makerCard(anthropicPrices.cards, anthropicId), {
    id,
    aliases,
    serviceTiers: ['batch'],
    note: premium ? `${CLAUDE}; ${REGIONAL_NOTE}.` : `${CLAUDE}.`,
  });
}

/** A Gemini model on Vertex at the Gemini API's standard and batch rates. */
function gemini(id: string): PriceCardInput {
  return channel(makerCard(googlePrices.cards, id), {
    id,
    serviceTiers: ['batch'],
    note: "The Gemini API's standard and batch rates, which Vertex lists for Gemini 2.5 and later (LiteLLM's vertex_ai entries agree).",
  });
}

/** Vertex AI's price list. */
export const vertexPrices: ProviderPriceList = {
  provider: 'vertex',
  name: 'Google Cloud Vertex AI',
  pricingUrl: PRICING,
  cards: [
    claude('claude-opus-5', 'claude-opus-5', undefined, true),
    claude('claude-sonnet-5', 'claude-sonnet-5', undefined, true),
    claude('claude-fable-5', 'claude-fable-5', undefined, true),
    claude('claude-opus-4-8', 'claude-opus-4-8', undefined, true),
    claude('claude-opus-4-7', 'claude-opus-4-7', undefined, true),
    claude('claude-opus-4-6', 'claude-opus-4-6', undefined, true),
    claude('claude-sonnet-4-6', 'claude-sonnet-4-6', undefined, true),
    claude('claude-opus-4-5', 'claude-opus-4-5', '20251101', true),
    claude('claude-sonnet-4-5', 'claude-sonnet-4-5', '20250929', true),
    claude('claude-haiku-4-5', 'claude-haiku-4-5', '20251001', true),
    claude('claude-opus-4-1', 'claude-opus-4-1', '20250805', false),
    claude('claude-opus-4-0', 'claude-opus-4', '20250514', false),
    claude('claude-sonnet-4-0', 'claude-sonnet-4', '20250514', false),
    claude('claude-3-7-sonnet-20250219', 'claude-3-7-sonnet', '20250219', false),
    claude('claude-3-5-haiku', 'claude-3-5-haiku', '20241022', false),
    claude('claude-3-5-sonnet-20241022', 'claude-3-5-sonnet-v2', '20241022', false),
    claude('claude-3-5-sonnet-20240620', 'claude-3-5-sonnet', '20240620', false),
    claude('claude-3-opus-20240229', 'claude-3-opus', '20240229', false),
    claude('claude-3-haiku-20240307', 'claude-3-haiku', '20240307', false),
    ...[
      'gemini-3.5-flash',
      'gemini-3.5-flash-lite',
      'gemini-3.1-pro-preview',
      'gemini-3.1-flash-lite',
      'gemini-3-flash-preview',
      'gemini-2.5-pro',
      'gemini-2.5-flash',
      'gemini-2.5-flash-lite',
    ].map(gemini),
  ],
};
