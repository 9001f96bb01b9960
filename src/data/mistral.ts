/**
 * Mistral AI's API prices (USD per 1M tokens). Mistral's own pricing page was not available where these
 * were checked: each rate is one that the other catalogs agree on, or that a Mistral model card states.
 * Cache reads (prompt caching) are billed at 10% of input where OpenRouter and genai-prices list them; where
 * no catalog lists one, the cache-read rate is left unknown. OpenRouter's `mistralai/` names for open-weight
 * releases (mistral-small-3.2-24b-instruct...) are aliases of Mistral's API ids; OpenRouter itself may
 * route them to other hosts at other prices.
 *
 * @module
 */

import type { PriceCardInput } from '../cards/types.js';
import type { ProviderPriceList } from './types.js';

const PRICING = 'https://mistral.ai/pricing#api-pricing';
const CHECKED = '2026-11-22';
const source = (note: string) => ({ kind: 'published' as const, url: PRICING, checkedAt: CHECKED, note });
const AGREED =
  'LiteLLM (2026-07-24), genai-prices (2026-08-21), models.dev (2026-06-13) and OpenRouter (2026-05-15) agree where they list it';
/** A Mistral API model. */
function model(
  id: string,
  name: string,
  rates: readonly [input: string, cached: string | undefined, output: string],
  extra: { aliases?: string[]; context?: number; effective?: { from?: string; to?: string }; note: string },
): PriceCardInput {
  const [input, cached, output] = rates;
  return {
    id,
    provider: 'mistral',
    name,
    ...(extra.aliases === undefined ? {} : { aliases: extra.aliases }),
    inputPerMillion: input,
    ...(cached === undefined ? {} : { cacheReadPerMillion: cached }),
    outputPerMillion: output,
    ...(extra.effective === undefined ? {} : { effective: extra.effective }),
    ...(extra.context === undefined ? {} : { contextWindow: extra.context }),
    source: source(extra.note),
  };
}

/** Mistral's price list. */
export const mistralPrices: ProviderPriceList = {
  provider: 'mistral',
  name: 'Mistral AI',
  pricingUrl: PRICING,
  cards: [
    {
      id: 'mistral-medium-3-5',
      provider: 'mistral',
      name: 'Mistral Medium 3.5',
      aliases: ['mistral-medium-3.5', 'mistral-medium-3-5-26-04', 'mistral-medium-latest'],
      inputPerMillion: '1.5',
      outputPerMillion: '7.5',
      contextWindow: 256000,
      source: source(
        'Model card https://docs.mistral.ai/models/model-cards/mistral-medium-3-5-26-04 (released 2026-04-28); mistral-medium-latest points here since Medium 3 and 3.1 were deprecated on 2026-05-22.',
      ),
    },
    {
      id: 'mistral-large-2512',
      provider: 'mistral',
      name: 'Mistral Large 3',
      aliases: ['mistral-large-latest', 'mistral-large-3'],
      inputPerMillion: '0.5',
      cacheReadPerMillion: '0.05',
      outputPerMillion: '1.5',
      contextWindow: 256000,
      source: source(`${AGREED}; cache reads at 10% as genai-prices and OpenRouter list them.`),
    },
    {
      id: 'mistral-small-2603',
      provider: 'mistral',
      name: 'Mistral Small (2603)',
      aliases: ['mistral-small-latest'],
      inputPerMillion: '0.15',
      cacheReadPerMillion: '0.015',
      outputPerMillion: '0.6',
      source: source(
        'models.dev (2026-06-13) and genai-prices (2026-08-21) agree; LiteLLM lists an older snapshot.',
      ),
    },
    {
      id: 'codestral-2508',
      provider: 'mistral',
      name: 'Codestral (2508)',
      aliases: ['codestral-latest'],
      inputPerMillion: '0.3',
      cacheReadPerMillion: '0.03',
      outputPerMillion: '0.9',
      contextWindow: 256000,
      source: source('models.dev (2026-06-13) and genai-prices (2026-08-21) agree.'),
    },
    {
      id: 'devstral-2512',
      provider: 'mistral',
      name: 'Devstral 2',
      aliases: ['devstral-latest'],
      inputPerMillion: '0.4',
      cacheReadPerMillion: '0.04',
      outputPerMillion: '2',
      contextWindow: 262144,
      source: source('LiteLLM (2026-07-24), models.dev (2026-06-13) and genai-prices (2026-08-21) agree.'),
    },
    {
      id: 'magistral-medium-latest',
      provider: 'mistral',
      name: 'Magistral Medium',
      aliases: ['magistral-medium-2509', 'magistral-medium'],
      inputPerMillion: '2',
      outputPerMillion: '5',
      contextWindow: 128000,
      source: source('LiteLLM (2026-07-24), models.dev (2026-06-13) and genai-prices (2026-08-21) agree.'),
    },

    model('mistral-medium-2508', 'Mistral Medium 3.1', ['0.4', '0.04', '2'], {
      aliases: ['mistral-medium-3.1', 'mistral-medium-3-1'],
      context: 131072,
      note: `${AGREED}; deprecated on 2026-05-22 in favour of Medium 3.5 (no retirement date read).`,
    }),
    model('mistral-medium-2505', 'Mistral Medium 3', ['0.4', '0.04', '2'], {
      aliases: ['mistral-medium-3'],
      context: 131072,
      note: `${AGREED}; deprecated on 2026-05-22 in favour of Medium 3.5 (no retirement date read).`,
    }),
    model('mistral-large-2411', 'Mistral Large 2.1', ['2', '0.2', '6'], {
      aliases: ['mistral-large', 'mistral-large-2'],
      context: 131072,
      note: `${AGREED}; OpenRouter's mistral-large names this version.`,
    }),
    model('mistral-large-2407', 'Mistral Large 2', ['3', undefined, '9'], {
      effective: { to: '2024-09-17' },
      context: 131072,
      note: 'Launch rates (LiteLLM lists them) until Mistral cut its prices on 2024-09-17.',
    }),
    model('mistral-large-2407', 'Mistral Large 2', ['2', '0.2', '6'], {
      effective: { from: '2024-09-17' },
      context: 131072,
      note: 'After the 2024-09-17 price cut, as genai-prices and OpenRouter list it.',
    }),
    model('pixtral-large-2411', 'Pixtral Large', ['2', '0.2', '6'], {
      aliases: ['pixtral-large-latest'],
      context: 131072,
      note: `${AGREED}.`,
    }),
    model('pixtral-12b-2409', 'Pixtral 12B', ['0.15', undefined, '0.15'], {
      aliases: ['pixtral-12b', 'pixtral-12b-latest'],
      context: 131072,
      note: 'Rates as LiteLLM lists them.',
    }),
    model('mistral-small-2506', 'Mistral Small 3.2', ['0.1', undefined, '0.3'], {
      aliases: ['mistral-small-3.2-24b-instruct'],
      context: 131072,
      note: "Rates as models.dev lists them; OpenRouter's mistral-small-3.2-24b-instruct is this model (OpenRouter lists third-party hosts at $0.075/$0.20).",
    }),
    model('mistral-small-2503', 'Mistral Small 3.1', ['0.1', undefined, '0.3'], {
      aliases: ['mistral-small-3.1-24b-instruct'],
      context: 131072,
      note: "Mistral's rate for Small 3.x; OpenRouter's mistral-small-3.1-24b-instruct is this model (OpenRouter lists third-party hosts at $0.35/$0.56).",
    }),
    model('mistral-small-2501', 'Mistral Small 3', ['0.1', undefined, '0.3'], {
      aliases: ['mistral-small-24b-instruct-2501'],
      context: 32768,
      note: "Mistral's rate for Small 3.x; OpenRouter's mistral-small-24b-instruct-2501 is this model (hosts list $0.05/$0.08).",
    }),
    ...(
      [
        ['ministral-14b-2512', 'Ministral 3 14B', '0.2', '0.02'],
        ['ministral-8b-2512', 'Ministral 3 8B', '0.15', '0.015'],
        ['ministral-3b-2512', 'Ministral 3 3B', '0.1', '0.01'],
      ] as const
    ).map(([id, name, rate, cached]) =>
      model(id, name, [rate, cached, rate], {
        context: 262144,
        note: 'Rates as genai-prices and OpenRouter list them (one rate for input and output, cache reads at 10%).',
      }),
    ),
    model('ministral-8b-2410', 'Ministral 8B', ['0.1', undefined, '0.1'], {
      aliases: ['ministral-8b-latest'],
      context: 131072,
      note: 'Rate as models.dev lists it.',
    }),
    model('ministral-3b-2410', 'Ministral 3B', ['0.04', undefined, '0.04'], {
      aliases: ['ministral-3b-latest'],
      context: 131072,
      note: 'Rate as models.dev lists it.',
    }),
    model('codestral-2501', 'Codestral (2501)', ['0.3', undefined, '0.9'], {
      context: 262144,
      note: 'Rates as genai-prices lists them.',
    }),
    model('devstral-medium-2507', 'Devstral Medium', ['0.4', '0.04', '2'], {
      aliases: ['devstral-medium', 'devstral-medium-latest'],
      context: 131072,
      note: `${AGREED}.`,
    }),
    model('devstral-small-2507', 'Devstral Small 1.1', ['0.1', '0.01', '0.3'], {
      aliases: ['devstral-small', 'devstral-small-latest'],
      context: 131072,
      note: 'Rates as LiteLLM, models.dev and OpenRouter list them (genai-prices lists a host price of $0.06/$0.12).',
    }),
    model('magistral-small-2509', 'Magistral Small', ['0.5', undefined, '1.5'], {
      aliases: ['magistral-small-latest', 'magistral-small'],
      context: 131072,
      note: 'Rates as LiteLLM lists them.',
    }),
    model('mistral-saba-2502', 'Mistral Saba', ['0.2', '0.02', '0.6'], {
      aliases: ['mistral-saba', 'mistral-saba-latest'],
      context: 32768,
      note: 'Rates as genai-prices and OpenRouter list them.',
    }),
    model('open-mistral-nemo', 'Mistral Nemo', ['0.15', undefined, '0.15'], {
      aliases: ['open-mistral-nemo-2407', 'mistral-nemo'],
      context: 131072,
      note: "Mistral's rate as genai-prices and models.dev list it (LiteLLM lists an older $0.30; OpenRouter's mistral-nemo routes to hosts at $0.02/$0.03).",
    }),
    model('open-mixtral-8x22b', 'Mixtral 8x22B', ['2', undefined, '6'], {
      aliases: ['mixtral-8x22b-instruct'],
      context: 65536,
      note: 'Rates as LiteLLM and models.dev list them.',
    }),
    model('open-mistral-7b', 'Mistral 7B', ['0.25', undefined, '0.25'], {
      aliases: ['mistral-tiny', 'mistral-7b-instruct-v0.1'],
      context: 32768,
      note: 'Rates as LiteLLM, genai-prices and models.dev list them.',
    }),
    model('voxtral-small-2507', 'Voxtral Small', ['0.1', '0.01', '0.3'], {
      aliases: ['voxtral-small-24b-2507', 'voxtral-small-latest'],
      context: 32768,
      note: 'Text rates as genai-prices and OpenRouter list them. Audio input is billed per minute by Mistral, which a card cannot carry, so audio tokens are unpriced here.',
    }),
  ],
};
