/**
 * The whole built-in catalog as one table, and each provider's table. Prefer `tokenomics/data/<provider>`
 * in a browser bundle that needs only one provider.
 *
 * @module
 */

import { createPriceTable, type PriceTable } from '../tables/table.js';
import { anthropic } from './anthropic.js';
import { deepinfra } from './deepinfra.js';
import { deepseek } from './deepseek.js';
import { fireworks } from './fireworks.js';
import { google } from './google.js';
import { groq } from './groq.js';
import { mistral } from './mistral.js';
import { openai } from './openai.js';
import { together } from './together.js';
import { xai } from './xai.js';

export { anthropic, deepinfra, deepseek, fireworks, google, groq, mistral, openai, together, xai };

/** The provider tables of the catalog, by provider id. */
export const providerTables: Readonly<Record<string, PriceTable>> = /* @__PURE__ */ Object.freeze({
  openai,
  anthropic,
  google,
  xai,
  mistral,
  deepseek,
  together,
  fireworks,
  groq,
  deepinfra,
});

/**
 * Every built-in card in one table. Model ids that several providers list (open-weight models on several
 * hosts) need a provider: pass `{ provider }` or a qualified id such as `'groq/openai/gpt-oss-120b'`.
 *
 * @example
 * ```ts
 * import { estimateCost, fromOpenAIUsage, getCard } from 'tokenomics';
 * import { catalog } from 'tokenomics/data';
 * const cost = estimateCost(fromOpenAIUsage(response.usage), getCard(catalog, 'gpt-4o'));
 * ```
 */
export const catalog: PriceTable = /* @__PURE__ */ createPriceTable(
  Object.values(providerTables).flatMap((table) => table.cards),
  { name: 'tokenomics catalog' },
);
