/**
 * Together AI serverless prices for open-weight models (USD per 1M tokens; model ids as Together's API
 * spells them).
 *
 * @module
 */

import { HOST_NOTE } from './hosts.js';
import type { ProviderPriceList } from './types.js';

const PRICING = 'https://www.together.ai/pricing';
const source = { kind: 'published' as const, url: PRICING, checkedAt: '2026-11-22', note: HOST_NOTE };
const card = (id: string, name: string, input: string, output: string) => ({
  id,
  provider: 'together',
  name,
  inputPerMillion: input,
  outputPerMillion: output,
  source,
});

/** Together AI's price list. */
export const togetherPrices: ProviderPriceList = {
  provider: 'together',
  name: 'Together AI',
  pricingUrl: PRICING,
  cards: [
    card('meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo', 'Llama 3.1 8B Instruct Turbo', '0.18', '0.18'),
    card('meta-llama/Llama-3.3-70B-Instruct-Turbo', 'Llama 3.3 70B Instruct Turbo', '0.88', '0.88'),
    card('meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo', 'Llama 3.1 405B Instruct Turbo', '3.5', '3.5'),
    card('deepseek-ai/DeepSeek-V3', 'DeepSeek V3', '1.25', '1.25'),
    card('deepseek-ai/DeepSeek-R1', 'DeepSeek R1', '3', '7'),
    card('Qwen/Qwen3-235B-A22B-Instruct-2507-tput', 'Qwen3 235B A22B Instruct 2507', '0.2', '0.6'),
    card('openai/gpt-oss-120b', 'gpt-oss-120b', '0.15', '0.6'),
    card('openai/gpt-oss-20b', 'gpt-oss-20b', '0.05', '0.2'),
  ],
};
