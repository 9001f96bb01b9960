/**
 * The whole built-in catalog as one table, and each provider's table. Prefer `tokenomics/data/<provider>`
 * in a browser bundle that needs only one provider.
 *
 * @module
 */

import { composedTable, type PriceTable, unionTable } from '../tables/core.js';
import { alibaba } from './alibaba.js';
import { anthropic } from './anthropic.js';
import { azure } from './azure.js';
import { bedrock } from './bedrock.js';
import { cerebras } from './cerebras.js';
import { cohere } from './cohere.js';
import { deepinfra } from './deepinfra.js';
import { deepseek } from './deepseek.js';
import { fireworks } from './fireworks.js';
import { google } from './google.js';
import { groq } from './groq.js';
import { minimax } from './minimax.js';
import { mistral } from './mistral.js';
import { moonshot } from './moonshot.js';
import { openai } from './openai.js';
import { perplexity } from './perplexity.js';
import { together } from './together.js';
import { vertex } from './vertex.js';
import { xai } from './xai.js';
import { zai } from './zai.js';

export {
  alibaba,
  anthropic,
  azure,
  bedrock,
  cerebras,
  cohere,
  deepinfra,
  deepseek,
  fireworks,
  google,
  groq,
  minimax,
  mistral,
  moonshot,
  openai,
  perplexity,
  together,
  vertex,
  xai,
  zai,
};

/** The model makers' own APIs, by provider id. */
export const makerTables: Readonly<Record<string, PriceTable>> = /* @__PURE__ */ Object.freeze({
  openai,
  anthropic,
  google,
  xai,
  mistral,
  deepseek,
  alibaba,
  moonshot,
  zai,
  minimax,
  cohere,
  perplexity,
});

/** Clouds that resell makers' models under their own ids (and sometimes prices), by provider id. */
export const channelTables: Readonly<Record<string, PriceTable>> = /* @__PURE__ */ Object.freeze({
  bedrock,
  vertex,
  azure,
});

/** Hosts of open-weight models, by provider id. */
export const hostTables: Readonly<Record<string, PriceTable>> = /* @__PURE__ */ Object.freeze({
  together,
  fireworks,
  groq,
  deepinfra,
  cerebras,
});

/** Every provider table of the catalog, by provider id: makers, then channels, then hosts. */
export const providerTables: Readonly<Record<string, PriceTable>> = /* @__PURE__ */ Object.freeze({
  ...makerTables,
  ...channelTables,
  ...hostTables,
});

function layer(tables: Readonly<Record<string, PriceTable>>, name: string): PriceTable {
  return unionTable(Object.values(tables), name);
}

/**
 * Every built-in card in one table, in three layers consulted in order: the model makers' own APIs, then
 * the channels (Bedrock, Vertex AI, Azure OpenAI), then the open-weight hosts. So `gemini-2.5-pro` is
 * Google's price, `vertex_ai/gemini-2.5-pro` (or `{ provider: 'vertex' }`) Vertex's, and an open-weight id
 * several hosts list needs a provider: pass `{ provider }` or a qualified id such as
 * `'groq/openai/gpt-oss-120b'`.
 *
 * @example
 * ```ts
 * import { estimateCost, fromOpenAIUsage, getCard } from 'tokenomics';
 * import { catalog } from 'tokenomics/data';
 * const cost = estimateCost(fromOpenAIUsage(response.usage), getCard(catalog, 'gpt-4o'));
 * getCard(catalog, 'anthropic/claude-sonnet-4.5').id;                     // 'claude-sonnet-4-5'
 * getCard(catalog, 'us.anthropic.claude-sonnet-4-5-20250929-v1:0').provider; // 'bedrock'
 * ```
 */
export const catalog: PriceTable = /* @__PURE__ */ composedTable(
  [
    layer(makerTables, 'model makers'),
    layer(channelTables, 'channels'),
    layer(hostTables, 'open-weight hosts'),
  ],
  'tokenomics catalog',
);
