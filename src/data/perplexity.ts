/**
 * Perplexity's Sonar API prices (docs.perplexity.ai/getting-started/pricing, USD). A Sonar request pays its
 * tokens plus a request fee that depends on the search context size it asked for: these cards carry the fee
 * at the `low` size, the API's default. A request at `medium` or `high` pays more per request ($8/$12 per
 * 1,000 for Sonar, $10/$14 for Sonar Pro and Sonar Reasoning Pro): price those with your own card (copy one
 * of these with another `requestFee`). Sonar Deep Research has no request fee; it bills citation tokens as
 * input at the input rate ($2), reasoning tokens at $3 and search queries at $5 per 1,000 (web searches).
 *
 * @module
 */

import { cardWriter } from './author.js';
import type { ProviderPriceList } from './types.js';

const PRICING = 'https://docs.perplexity.ai/getting-started/pricing';
const card = cardWriter('perplexity', { url: PRICING, checkedAt: '2026-11-23' });
const PAGE =
  "Token rates as Perplexity's pricing page lists them (read through the search index, 2026-11-23; LiteLLM, genai-prices and models.dev agree); request fees as two third-party summaries of the page agree (the page's request-fee tab was not read)";

/** Perplexity's price list. */
export const perplexityPrices: ProviderPriceList = {
  provider: 'perplexity',
  name: 'Perplexity',
  pricingUrl: PRICING,
  cards: [
    card('sonar', 'Sonar', ['1', undefined, '1'], {
      requestFee: '0.005',
      context: 127072,
      note: `${PAGE}; request fee at the default low search context ($5 per 1,000 requests).`,
    }),
    card('sonar-pro', 'Sonar Pro', ['3', undefined, '15'], {
      requestFee: '0.006',
      context: 200000,
      note: `${PAGE}; request fee at the default low search context ($6 per 1,000 requests).`,
    }),
    card('sonar-reasoning-pro', 'Sonar Reasoning Pro', ['2', undefined, '8'], {
      requestFee: '0.006',
      context: 128000,
      note: `${PAGE}; request fee at the default low search context ($6 per 1,000 requests).`,
    }),
    card('sonar-reasoning', 'Sonar Reasoning', ['1', undefined, '5'], {
      requestFee: '0.005',
      context: 127000,
      note: "Rates as Perplexity's page listed them in 2025 (an older copy of the page in the search index); the current page no longer lists the model and no retirement date was found, so the card has no end date.",
    }),
    card('sonar-deep-research', 'Sonar Deep Research', ['2', undefined, '8'], {
      reasoning: '3',
      webSearchPerThousand: '5',
      context: 128000,
      note: `${PAGE}; citation tokens are input at $2, search queries are web searches at $5 per 1,000, reasoning tokens $3; no request fee.`,
    }),
    card('sonar-pro-search', 'Sonar Pro Search', ['3', undefined, '15'], {
      requestFee: '0.014',
      note: "OpenRouter's name for Sonar Pro with search_type 'pro': Pro Search request fees are $14/$18/$22 per 1,000 requests at low/medium/high context (a third-party summary of the page); the card carries the low one (OpenRouter bills $18 per 1,000, its medium).",
    }),
  ],
};
