/**
 * DeepInfra prices for open-weight models (USD per 1M tokens; model ids as DeepInfra's API spells them).
 *
 * @module
 */

import { HOST_NOTE } from './hosts.js';
import type { ProviderPriceList } from './types.js';

const PRICING = 'https://deepinfra.com/pricing';
const source = { kind: 'published' as const, url: PRICING, checkedAt: '2026-11-22', note: HOST_NOTE };
const card = (id: string, name: string, input: string, output: string) => ({
  id,
  provider: 'deepinfra',
  name,
  inputPerMillion: input,
  outputPerMillion: output,
  source,
});

/** DeepInfra's price list. */
export const deepinfraPrices: ProviderPriceList = {
  provider: 'deepinfra',
  name: 'DeepInfra',
  pricingUrl: PRICING,
  cards: [
    card('meta-llama/Meta-Llama-3.1-8B-Instruct', 'Llama 3.1 8B Instruct', '0.03', '0.05'),
    card('meta-llama/Llama-3.3-70B-Instruct-Turbo', 'Llama 3.3 70B Instruct Turbo', '0.13', '0.39'),
    card('deepseek-ai/DeepSeek-R1-0528', 'DeepSeek R1 (0528)', '0.5', '2.15'),
    card('deepseek-ai/DeepSeek-V3', 'DeepSeek V3', '0.38', '0.89'),
    card('Qwen/Qwen3-235B-A22B-Instruct-2507', 'Qwen3 235B A22B Instruct 2507', '0.09', '0.6'),
    card('openai/gpt-oss-120b', 'gpt-oss-120b', '0.05', '0.45'),
    card('openai/gpt-oss-20b', 'gpt-oss-20b', '0.04', '0.15'),
  ],
};
