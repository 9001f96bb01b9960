/**
 * xAI (SpaceXAI) Grok API prices (USD per 1M tokens). Grok 4.5 and later double every rate for long
 * prompts. There is no batch discount on these models.
 *
 * @module
 */

import type { PriceCardInput } from '../cards/types.js';
import type { ProviderPriceList } from './types.js';

const PRICING = 'https://docs.x.ai/developers/models';
const CHECKED = '2026-11-22';
const source = (note: string) => ({ kind: 'published' as const, url: PRICING, checkedAt: CHECKED, note });
/** Server-side web search on Grok 4 and later: $5 per 1,000 calls (https://docs.x.ai/developers/pricing). */
const SEARCH = '5';
/** A Grok model priced flat, or with a long-context tier (`long`: above, input, cached, output). */
function grok(
  id: string,
  name: string,
  rates: readonly [input: string, cached: string, output: string],
  extra: {
    aliases?: string[];
    long?: readonly [above: number, input: string, cached: string, output: string];
    context?: number;
    search?: boolean;
    note: string;
  },
): PriceCardInput {
  const [input, cached, output] = rates;
  return {
    id,
    provider: 'xai',
    name,
    ...(extra.aliases === undefined ? {} : { aliases: extra.aliases }),
    inputPerMillion: input,
    cacheReadPerMillion: cached,
    outputPerMillion: output,
    ...(extra.long === undefined
      ? {}
      : {
          tiers: [
            {
              abovePromptTokens: extra.long[0],
              inputPerMillion: extra.long[1],
              cacheReadPerMillion: extra.long[2],
              outputPerMillion: extra.long[3],
            },
          ],
        }),
    ...(extra.search === false ? {} : { webSearchPerThousand: SEARCH }),
    ...(extra.context === undefined ? {} : { contextWindow: extra.context }),
    source: source(extra.note),
  };
}

/** xAI's price list. */
export const xaiPrices: ProviderPriceList = {
  provider: 'xai',
  name: 'xAI',
  pricingUrl: PRICING,
  cards: [
    ...(
      [
        ['grok-4.7', 'Grok 4.7', '2026-09-21'],
        ['grok-4.6', 'Grok 4.6', undefined],
      ] as const
    ).map(([id, name, from]) => ({
      id,
      provider: 'xai',
      name,
      inputPerMillion: '2',
      cacheReadPerMillion: '0.5',
      outputPerMillion: '6',
      tiers: [
        { abovePromptTokens: 199999, inputPerMillion: '4', cacheReadPerMillion: '1', outputPerMillion: '12' },
      ],
      ...(from === undefined ? {} : { effective: { from } }),
      contextWindow: 500000,
      source: source(
        'Model page https://docs.x.ai/developers/grok-4-7: $2.00/$0.50/$6.00 under 200K prompt tokens, $4.00/$1.00/$12.00 at 200K and above (so the tier starts above 199,999). Grok 4.7 shipped at the Grok 4.6 price.',
      ),
    })),
    {
      id: 'grok-4.5',
      provider: 'xai',
      name: 'Grok 4.5',
      inputPerMillion: '2',
      cacheReadPerMillion: '0.3',
      outputPerMillion: '6',
      tiers: [
        {
          abovePromptTokens: 200000,
          inputPerMillion: '4',
          cacheReadPerMillion: '0.6',
          outputPerMillion: '12',
        },
      ],
      webSearchPerThousand: SEARCH,
      contextWindow: 500000,
      source: source(
        'Model page https://docs.x.ai/developers/grok-4-5 (released 2026-07-09); long-context rates when the input exceeds 200K tokens. Cached input at $0.30 ($0.60 above 200K) as the team review of 2026-11 read it on that page; LiteLLM and genai-prices list $0.50, which this card does not follow.',
      ),
    },
    {
      id: 'grok-code-fast-1',
      provider: 'xai',
      name: 'Grok Code Fast 1',
      webSearchPerThousand: SEARCH,
      inputPerMillion: '0.2',
      cacheReadPerMillion: '0.02',
      outputPerMillion: '1.5',
      contextWindow: 256000,
      source: source(
        'Rates as listed by genai-prices (2026-08-21), LiteLLM (2026-07-24) and models.dev (2026-06-13).',
      ),
    },

    grok('grok-4.3', 'Grok 4.3', ['1.25', '0.2', '2.5'], {
      long: [200000, '2.5', '0.4', '5'],
      context: 1000000,
      note: 'https://docs.x.ai/developers/pricing lists $1.25 / $0.20 cached / $2.50; the >200K tier at twice every rate as LiteLLM and models.dev list it.',
    }),
    grok('grok-4.20', 'Grok 4.20', ['1.25', '0.2', '2.5'], {
      aliases: ['grok-4.20-0309-reasoning', 'grok-4.20-0309-non-reasoning'],
      context: 2000000,
      note: 'https://docs.x.ai/developers/pricing lists the 0309 snapshots at $1.25 / $0.20 / $2.50 (as OpenRouter and genai-prices do); an earlier models page listed $2.00 / $6.00, and the date of that change is not known, so it is not carried.',
    }),
    grok('grok-4.20-multi-agent', 'Grok 4.20 multi-agent', ['1.25', '0.2', '2.5'], {
      aliases: ['grok-4.20-multi-agent-0309'],
      context: 2000000,
      note: 'https://docs.x.ai/developers/pricing lists it at $1.25 / $0.20 / $2.50; OpenRouter (2026-05-15) and genai-prices list $2 / $6, the earlier price (change date unknown).',
    }),
    grok('grok-4.1-fast', 'Grok 4.1 Fast', ['0.2', '0.05', '0.5'], {
      aliases: ['grok-4-1-fast-reasoning', 'grok-4-1-fast-non-reasoning', 'grok-4-1-fast'],
      long: [128000, '0.4', '0.1', '1'],
      context: 2000000,
      note: 'https://docs.x.ai/developers/pricing lists $0.20 / $0.05 / $0.50; the >128K tier at twice every rate as LiteLLM lists it (LiteLLM also records a deprecation date of 2026-05-15, not applied: OpenRouter still served it that day).',
    }),
    grok('grok-4-fast', 'Grok 4 Fast', ['0.2', '0.05', '0.5'], {
      aliases: ['grok-4-fast-reasoning', 'grok-4-fast-non-reasoning'],
      long: [128000, '0.4', '0.1', '1'],
      context: 2000000,
      note: 'Rates as genai-prices and OpenRouter list them; the >128K tier as LiteLLM lists it.',
    }),
    grok('grok-4', 'Grok 4', ['3', '0.75', '15'], {
      aliases: ['grok-4-0709', 'grok-4-latest'],
      long: [128000, '6', '1.5', '30'],
      context: 256000,
      note: 'Rates as genai-prices and OpenRouter list them (LiteLLM omits the cached rate); requests above 128K prompt tokens at $6 / $30 as LiteLLM lists them.',
    }),
    grok('grok-3', 'Grok 3', ['3', '0.75', '15'], {
      aliases: ['grok-3-latest', 'grok-3-beta'],
      context: 131072,
      search: false,
      note: 'xAI models page of 2025 (archived): $3.00 / $0.75 / $15.00; web search then used Live Search, priced per source and not carried.',
    }),
    grok('grok-3-fast', 'Grok 3 Fast', ['5', '1.25', '25'], {
      aliases: ['grok-3-fast-latest', 'grok-3-fast-beta'],
      context: 131072,
      search: false,
      note: 'xAI models page of 2025 (archived): $5.00 / $1.25 / $25.00.',
    }),
    grok('grok-3-mini', 'Grok 3 Mini', ['0.3', '0.075', '0.5'], {
      aliases: ['grok-3-mini-latest', 'grok-3-mini-beta'],
      context: 131072,
      search: false,
      note: 'xAI models page of 2025 (archived): $0.30 / $0.075 / $0.50.',
    }),
    grok('grok-3-mini-fast', 'Grok 3 Mini Fast', ['0.6', '0.15', '4'], {
      aliases: ['grok-3-mini-fast-latest', 'grok-3-mini-fast-beta'],
      context: 131072,
      search: false,
      note: 'xAI models page of 2025 (archived): $0.60 / $0.15 / $4.00.',
    }),
    {
      id: 'grok-2-1212',
      provider: 'xai',
      name: 'Grok 2',
      aliases: ['grok-2', 'grok-2-latest'],
      inputPerMillion: '2',
      outputPerMillion: '10',
      contextWindow: 131072,
      source: source('Rates as LiteLLM and genai-prices list them.'),
    },
    {
      id: 'grok-2-vision-1212',
      provider: 'xai',
      name: 'Grok 2 Vision',
      aliases: ['grok-2-vision', 'grok-2-vision-latest'],
      inputPerMillion: '2',
      imageInputPerMillion: '2',
      outputPerMillion: '10',
      contextWindow: 32768,
      source: source('xAI models page of 2025 (archived): $2.00 text and image input, $10.00 output.'),
    },
  ],
};
