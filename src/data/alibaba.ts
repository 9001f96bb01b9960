/**
 * Alibaba Cloud Model Studio (international edition, Singapore) prices for Qwen models, USD per 1M tokens.
 * Model Studio prices most commercial Qwen models by the prompt's length: a request whose prompt is above a
 * threshold pays that tier's rates for all its tokens, as the card's `tiers` do. Hybrid-thinking models bill
 * output in thinking mode at a higher rate: these cards carry it as the reasoning rate, so the answer part of
 * a thinking-mode response is priced at the non-thinking output rate (an underestimate Alibaba's usage
 * fields do not let us avoid). The page was not reachable where these were checked: each rate is LiteLLM's
 * `dashscope/` entry (2026-07-24) or models.dev's `alibaba` provider (2026-06-13), as each note says.
 * OpenRouter's `qwen/` prices are usually below these (it discounts or routes to other hosts).
 *
 * @module
 */

import { cardWriter } from './author.js';
import type { ProviderPriceList } from './types.js';

const PRICING = 'https://www.alibabacloud.com/help/en/model-studio/model-pricing';
const card = cardWriter('alibaba', { url: PRICING, checkedAt: '2026-11-23' });
const LITELLM = "As LiteLLM's dashscope entry lists it";
const MODELSDEV = "As models.dev's alibaba provider lists it";
const BOTH = "LiteLLM's dashscope entry and models.dev agree";
const OPEN = 'an open-weight model: OpenRouter routes its qwen/ name to other hosts at their prices';

/** Alibaba's (Qwen's) price list. */
export const alibabaPrices: ProviderPriceList = {
  provider: 'alibaba',
  name: 'Alibaba Cloud Model Studio (Qwen)',
  pricingUrl: PRICING,
  cards: [
    card('qwen3-max', 'Qwen3-Max', ['1.2', undefined, '6'], {
      aliases: ['qwen3-max-2025-09-23', 'qwen3-max-2026-01-23', 'qwen3-max-thinking', 'qwen3-max-preview'],
      tiers: [
        [32000, '2.4', undefined, '12'],
        [128000, '3', undefined, '15'],
      ],
      context: 262144,
      note: `${BOTH} on the base rates; tiers above 32K and 128K prompt tokens from LiteLLM. The thinking snapshot (2026-01-23, OpenRouter's qwen3-max-thinking) and the preview are priced the same.`,
    }),
    card('qwen-max', 'Qwen-Max', ['1.6', undefined, '6.4'], {
      aliases: ['qwen-max-latest', 'qwen-max-2025-01-25'],
      context: 32768,
      note: `${BOTH}.`,
    }),
    card('qwen-plus', 'Qwen-Plus', ['0.4', undefined, '1.2'], {
      aliases: ['qwen-plus-latest', 'qwen-plus-2025-07-28', 'qwen-plus-2025-07-28:thinking'],
      reasoning: '4',
      tiers: [[256000, '1.2', undefined, '3.6', '12']],
      context: 1000000,
      note: `${BOTH} on 0.4/1.2 and thinking-mode output at 4; the tier above 256K from LiteLLM (thinking output there at 12, ten times input as below it). OpenRouter's :thinking name is the same model in thinking mode.`,
    }),
    card('qwen-flash', 'Qwen-Flash', ['0.05', undefined, '0.4'], {
      aliases: ['qwen-flash-2025-07-28'],
      tiers: [[256000, '0.25', undefined, '2']],
      context: 1000000,
      note: `${BOTH} on the base rates; the tier above 256K from LiteLLM.`,
    }),
    card('qwen-turbo', 'Qwen-Turbo', ['0.05', undefined, '0.2'], {
      aliases: ['qwen-turbo-latest'],
      reasoning: '0.5',
      context: 1000000,
      note: `${BOTH} (thinking-mode output at 0.5).`,
    }),
    card('qwen3-coder-plus', 'Qwen3-Coder-Plus', ['1', undefined, '5'], {
      tiers: [
        [32000, '1.8', undefined, '9'],
        [128000, '3', undefined, '15'],
        [256000, '6', undefined, '60'],
      ],
      context: 1000000,
      note: `${BOTH} on the base rates; tiers from LiteLLM.`,
    }),
    card('qwen3-coder-flash', 'Qwen3-Coder-Flash', ['0.3', undefined, '1.5'], {
      tiers: [
        [32000, '0.5', undefined, '2.5'],
        [128000, '0.8', undefined, '4'],
        [256000, '1.6', undefined, '9.6'],
      ],
      context: 1000000,
      note: `${BOTH} on the base rates; tiers from LiteLLM.`,
    }),
    card('qwen3.5-plus', 'Qwen3.5-Plus', ['0.4', undefined, '2.4'], {
      aliases: ['qwen3.5-plus-02-15', 'qwen3.5-plus-20260420'],
      tiers: [[256000, '0.5', undefined, '3']],
      context: 1000000,
      note: `${BOTH} on 0.4/2.4 (thinking output at the same rate); the tier above 256K from LiteLLM. OpenRouter's dated qwen3.5-plus names are snapshots of this model (it lists them at 65% and 75% of these rates).`,
    }),
    card('qwen3.6-plus', 'Qwen3.6-Plus', ['0.5', '0.05', '3'], {
      cacheWrite: '0.625',
      tiers: [[256000, '2', undefined, '6']],
      context: 1000000,
      note: `${MODELSDEV} (OpenRouter lists 65% of it).`,
    }),
    card('qwen3.6-max-preview', 'Qwen3.6-Max (preview)', ['1.3', '0.13', '7.8'], {
      cacheWrite: '1.625',
      note: `${MODELSDEV} (OpenRouter lists 80% of it).`,
    }),
    card('qwen3.6-flash', 'Qwen3.6-Flash', ['0.1875', undefined, '1.125'], {
      cacheWrite: '0.234375',
      note: `${MODELSDEV}; OpenRouter lists the same rates, which may be a launch promotion: re-check before billing.`,
    }),
    card('qwen3.7-max', 'Qwen3.7-Max', ['2.5', '0.5', '7.5'], {
      cacheWrite: '3.125',
      context: 1000000,
      note: `${MODELSDEV} (released 2026-05-21).`,
    }),
    card('qwen3.7-plus', 'Qwen3.7-Plus', ['0.5', '0.05', '3'], {
      cacheWrite: '0.625',
      tiers: [[256000, '2', '0.2', '6']],
      context: 1000000,
      note: `${MODELSDEV} (released 2026-06-02); above 256K prompt tokens 2/6, cache reads 0.2 (its cache write there, 2.5, is not representable per tier and is left at 0.625: check long cached prompts).`,
    }),
    card('qvq-max', 'QVQ-Max', ['1.2', undefined, '4.8'], { context: 131072, note: `${MODELSDEV}.` }),
    card('qwq-plus', 'QwQ-Plus', ['0.8', undefined, '2.4'], { context: 131072, note: `${BOTH}.` }),
    card('qwen3-vl-plus', 'Qwen3-VL-Plus', ['0.2', undefined, '1.6'], {
      tiers: [
        [32000, '0.3', undefined, '2.4'],
        [128000, '0.6', undefined, '4.8'],
      ],
      note: `${BOTH} on the base rates; tiers from LiteLLM.`,
    }),
    card('qwen-vl-max', 'Qwen-VL-Max', ['0.8', undefined, '3.2'], { note: `${MODELSDEV}.` }),
    card('qwen-vl-plus', 'Qwen-VL-Plus', ['0.21', undefined, '0.63'], { note: `${MODELSDEV}.` }),
    card('qwen-mt-turbo', 'Qwen-MT-Turbo', ['0.16', undefined, '0.49'], { note: `${MODELSDEV}.` }),
    // Open-weight models as Model Studio serves them.
    card('qwen3-235b-a22b', 'Qwen3 235B A22B', ['0.7', undefined, '2.8'], {
      reasoning: '8.4',
      note: `${MODELSDEV} (thinking-mode output at 8.4); ${OPEN}.`,
    }),
    card('qwen3-32b', 'Qwen3 32B', ['0.7', undefined, '2.8'], {
      reasoning: '8.4',
      note: `${MODELSDEV} (thinking-mode output at 8.4); ${OPEN}.`,
    }),
    card('qwen3-14b', 'Qwen3 14B', ['0.35', undefined, '1.4'], {
      reasoning: '4.2',
      note: `${MODELSDEV} (thinking-mode output at 4.2); ${OPEN}.`,
    }),
    card('qwen3-8b', 'Qwen3 8B', ['0.18', undefined, '0.7'], {
      reasoning: '2.1',
      note: `${MODELSDEV} (thinking-mode output at 2.1); ${OPEN}.`,
    }),
    card('qwen3-next-80b-a3b-instruct', 'Qwen3-Next 80B A3B Instruct', ['0.15', undefined, '1.2'], {
      note: `${LITELLM} (models.dev lists 0.5/2; LiteLLM's entry names Model Studio); ${OPEN}.`,
    }),
    card('qwen3-next-80b-a3b-thinking', 'Qwen3-Next 80B A3B Thinking', ['0.15', undefined, '1.2'], {
      note: `${LITELLM} (models.dev lists 0.5/6; LiteLLM's entry names Model Studio); ${OPEN}.`,
    }),
    card('qwen3-vl-235b-a22b-instruct', 'Qwen3-VL 235B A22B Instruct', ['0.4', undefined, '1.6'], {
      note: `${LITELLM}; ${OPEN}.`,
    }),
    card('qwen3-vl-235b-a22b-thinking', 'Qwen3-VL 235B A22B Thinking', ['0.4', undefined, '4'], {
      note: `${LITELLM}; ${OPEN}.`,
    }),
    card('qwen3-vl-32b-instruct', 'Qwen3-VL 32B Instruct', ['0.16', undefined, '0.64'], {
      note: `${LITELLM}; ${OPEN}.`,
    }),
    card('qwen3-coder-480b-a35b-instruct', 'Qwen3-Coder 480B A35B', ['1.5', undefined, '7.5'], {
      aliases: ['qwen3-coder'],
      note: `${MODELSDEV}; OpenRouter's qwen3-coder is this model; ${OPEN}.`,
    }),
    card('qwen3-vl-32b-thinking', 'Qwen3-VL 32B Thinking', ['0.16', undefined, '2.87'], {
      note: `${LITELLM}; ${OPEN}.`,
    }),
    card('qwen3-vl-30b-a3b', 'Qwen3-VL 30B A3B', ['0.2', undefined, '0.8'], {
      aliases: ['qwen3-vl-30b-a3b-instruct'],
      reasoning: '2.4',
      note: `${MODELSDEV} (thinking-mode output at 2.4); OpenRouter's instruct name is this model; ${OPEN}.`,
    }),
    card('qwen3.6-35b-a3b', 'Qwen3.6 35B A3B', ['0.248', undefined, '1.485'], {
      note: `${MODELSDEV}; ${OPEN}.`,
    }),
    card('qwen2-5-72b-instruct', 'Qwen2.5 72B Instruct', ['1.4', undefined, '5.6'], {
      aliases: ['qwen2.5-72b-instruct', 'qwen-2.5-72b-instruct'],
      note: `${MODELSDEV}; OpenRouter's qwen-2.5-72b-instruct is this model; ${OPEN}.`,
    }),
    card('qwen2-5-7b-instruct', 'Qwen2.5 7B Instruct', ['0.175', undefined, '0.7'], {
      aliases: ['qwen2.5-7b-instruct', 'qwen-2.5-7b-instruct'],
      note: `${MODELSDEV}; ${OPEN}.`,
    }),
    card('qwen2-5-vl-72b-instruct', 'Qwen2.5-VL 72B Instruct', ['2.8', undefined, '8.4'], {
      aliases: ['qwen2.5-vl-72b-instruct'],
      note: `${MODELSDEV}; ${OPEN}.`,
    }),
    card('qwen3-coder-30b-a3b-instruct', 'Qwen3-Coder 30B A3B', ['0.45', undefined, '2.25'], {
      note: `${MODELSDEV}; ${OPEN}.`,
    }),
    card('qwen3.5-397b-a17b', 'Qwen3.5 397B A17B', ['0.6', undefined, '3.6'], {
      note: `${MODELSDEV}; ${OPEN}.`,
    }),
    card('qwen3.5-122b-a10b', 'Qwen3.5 122B A10B', ['0.4', undefined, '3.2'], {
      note: `${MODELSDEV}; ${OPEN}.`,
    }),
    card('qwen3.5-35b-a3b', 'Qwen3.5 35B A3B', ['0.25', undefined, '2'], { note: `${MODELSDEV}; ${OPEN}.` }),
    card('qwen3.5-27b', 'Qwen3.5 27B', ['0.3', undefined, '2.4'], { note: `${MODELSDEV}; ${OPEN}.` }),
    card('qwen3.6-27b', 'Qwen3.6 27B', ['0.6', undefined, '3.6'], { note: `${MODELSDEV}; ${OPEN}.` }),
  ],
};
