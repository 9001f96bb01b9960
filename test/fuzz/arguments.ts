/**
 * Valid argument lists for every public function: the fuzz suite's mutation pass starts from these and
 * breaks one part at a time, which reaches far deeper into each function than random values do.
 */
import {
  createPriceCard,
  createPriceTable,
  money,
  type PriceCardInput,
  tableToJSON,
} from '../../src/index.js';

const card = createPriceCard({
  id: 'gpt-4o',
  provider: 'openai',
  inputPerMillion: '2.5',
  cacheReadPerMillion: '1.25',
  cacheWritePerMillion: '3.125',
  cacheWrite1hPerMillion: '5',
  outputPerMillion: '10',
  requestFee: '0.001',
  webSearchPerThousand: '10',
  tiers: [{ abovePromptTokens: 200_000, inputPerMillion: '5', outputPerMillion: '15' }],
  serviceTiers: { batch: { multiplier: '0.5' }, priority: { inputPerMillion: '4', outputPerMillion: '16' } },
});
const cardInput: PriceCardInput = {
  id: 'model-a',
  provider: 'acme',
  inputPerMillion: '3',
  outputPerMillion: '15',
  cacheReadPerMillion: '0.3',
  tiers: [{ abovePromptTokens: 1000, inputPerMillion: '6' }],
  serviceTiers: { flex: { multiplier: '0.5' } },
  effective: { from: '2025-01-01', to: '2026-01-01' },
  timeOfDay: { fromUtc: '16:30', toUtc: '00:30', days: ['mon', 'fri'] },
  source: { url: 'https://example.com', checkedAt: '2026-11-22', note: 'n' },
  aliases: ['model-a-1'],
};
const table = createPriceTable([card, cardInput, { ...cardInput, id: 'model-b', aliases: [] }], {
  name: 'fuzz',
});
const usage = {
  inputTokens: 300_000,
  outputTokens: 2_000,
  cacheReadTokens: 100_000,
  cacheWriteTokens: 50_000,
  cacheWrite1hTokens: 10_000,
  reasoningTokens: 500,
  requests: 1,
  webSearches: 2,
};
const one = money('1.25');
const euro = money('2', 'EUR');
const throughput = {
  model: 'llama-3.3-70b',
  hardware: 'h100-sxm',
  gpus: 2,
  precision: 'fp8',
  inputTokens: 1000,
  outputTokens: 250,
  tokensPerSecondPerUser: 30,
};
const bottomUp = {
  gpuHour: { rentPerHour: '2.50', commitmentDiscount: '0.1' },
  throughput,
  utilization: '0.6',
  grossMargin: '0.2',
};
const measured = {
  gpuHour: { gpuPrice: '30000', hardware: 'h100-sxm' },
  throughput: { prefillTokensPerSecondPerGpu: 4000, decodeTokensPerSecondPerGpu: 1000 },
  utilization: '0.5',
};
const litellm = {
  'gpt-4o': {
    litellm_provider: 'openai',
    mode: 'chat',
    input_cost_per_token: 2.5e-6,
    output_cost_per_token: 1e-5,
    cache_read_input_token_cost: 1.25e-6,
    input_cost_per_token_above_200k_tokens: 5e-6,
    input_cost_per_token_batches: 1.25e-6,
    search_context_cost_per_query: { low: 0.01, high: 0.01 },
    tiered_pricing: [{ range: [0, 1000], input_cost_per_token: 1e-6 }],
  },
  sample_spec: {},
};
const openrouter = {
  data: [
    {
      id: 'a/b',
      canonical_slug: 'a/b-1',
      name: 'B',
      context_length: 1000,
      pricing: {
        prompt: '0.000001',
        completion: '0.000002',
        request: '0.01',
        web_search: '0.005',
        discount: 0.1,
        overrides: [
          { min_prompt_tokens: 1000, prompt: '0.000002' },
          { utc_start: '01:00', utc_end: '02:00', prompt: '0' },
        ],
      },
    },
  ],
};
const modelsdev = {
  acme: {
    models: {
      m: {
        name: 'M',
        cost: {
          input: 1,
          output: 2,
          cache_read: 0.1,
          tiers: [{ tier: { type: 'context', size: 1000 }, input: 2 }],
        },
      },
    },
  },
};
const genai = [
  {
    id: 'acme',
    models: [
      {
        id: 'm',
        match: { or: [{ equals: 'm-1' }, { starts_with: 'm-' }] },
        prices: [
          { prices: { input_mtok: 1, output_mtok: { base: 2, tiers: [{ start: 1000, price: 3 }] } } },
          {
            constraint: { start_date: '2025-01-01' },
            prices: { input_mtok: 2, output_mtok: 4, requests_kcount: 1 },
          },
        ],
      },
    ],
  },
];

/** Valid argument lists per exported function name (several lists where a function has several forms). */
export const validArguments: Readonly<Record<string, readonly (readonly unknown[])[]>> = {
  // core: money
  money: [['2.50', 'USD'], [0.1]],
  addMoney: [[one, one]],
  subtractMoney: [[one, money('3')]],
  sumMoney: [[[one, one, money('-1')]], [[], 'USD']],
  multiplyMoney: [[one, '0.5']],
  divideMoney: [[one, 3, { decimals: 4, mode: 'ceil' }]],
  roundMoney: [[one, { decimals: 1, mode: 'half-up' }]],
  compareMoney: [[one, money('2')]],
  isZeroMoney: [[money('0')]],
  convertMoney: [[one, { to: 'EUR', rate: '0.92' }]],
  formatMoney: [[one, { locale: 'de-DE', decimals: 2, mode: 'floor', currencyDisplay: 'code' }], [euro]],
  toDecimalString: [['2.500'], [1.25e-7]],
  // core: cards and usage
  createPriceCard: [[cardInput]],
  estimateCost: [
    [usage, card],
    [usage, card, { serviceTier: 'batch' }],
    [{ inputTokens: 1000, outputTokens: 10 }, card, { serviceTier: 'priority' }],
  ],
  safeEstimateCost: [[usage, card, { serviceTier: 'batch' }]],
  estimateTotal: [
    [usage, card],
    [{ inputTokens: 1000, outputTokens: 10 }, card, { serviceTier: 'priority' }],
  ],
  validateUsage: [[usage]],
  addUsage: [[usage, { inputTokens: 1, outputTokens: 1 }]],
  fromOpenAIUsage: [
    [
      {
        prompt_tokens: 2006,
        completion_tokens: 300,
        prompt_tokens_details: { cached_tokens: 1920 },
        completion_tokens_details: { reasoning_tokens: 128 },
      },
    ],
    [{ input_tokens: 100, output_tokens: 10, input_tokens_details: { cached_tokens: 50 } }],
  ],
  fromAnthropicUsage: [
    [
      {
        input_tokens: 50,
        cache_read_input_tokens: 100,
        cache_creation_input_tokens: 20,
        cache_creation: { ephemeral_5m_input_tokens: 15, ephemeral_1h_input_tokens: 5 },
        output_tokens: 7,
        server_tool_use: { web_search_requests: 1 },
      },
    ],
  ],
  fromGeminiUsage: [
    [
      {
        promptTokenCount: 12_000,
        cachedContentTokenCount: 8_000,
        candidatesTokenCount: 900,
        thoughtsTokenCount: 1_500,
        toolUsePromptTokenCount: 10,
      },
    ],
    [{ prompt_token_count: 10, candidates_token_count: 5 }],
  ],
  fromAISDKUsage: [
    [
      {
        inputTokens: 1200,
        outputTokens: 300,
        inputTokenDetails: { noCacheTokens: 200, cacheReadTokens: 1000, cacheWriteTokens: 0 },
        outputTokenDetails: { textTokens: 100, reasoningTokens: 200 },
      },
    ],
    [
      { inputTokens: 100, outputTokens: 10, cachedInputTokens: 50 },
      { providerMetadata: { anthropic: { cacheCreationInputTokens: 5 } } },
    ],
    [{ inputTokens: 100, outputTokens: 10, reasoningTokens: 5 }, { provider: 'google' }],
  ],
  isTokenomicsError: [[new Error('x')], [null, 'INVALID_USAGE']],
  // core: tables
  createPriceTable: [[[cardInput, card], { name: 'mine' }]],
  composeTables: [[table, table]],
  tableToJSON: [[table]],
  tableFromJSON: [[tableToJSON(table)], [JSON.stringify(tableToJSON(table))]],
  findCard: [
    [table, 'model-a', { at: '2025-06-02T17:00Z' }],
    [table, 'openai/gpt-4o', { provider: 'openai' }],
  ],
  getCard: [
    [table, 'model-a-1', { at: '2025-06-06T20:00Z' }],
    [table, 'gpt-4o'],
  ],
  listCards: [[table, { provider: 'acme', at: '2025-06-02T17:00Z' }], [table]],
  toPriceRows: [[table, { provider: 'acme', at: '2025-06-02T17:00Z', per: '1K' }], [table]],
  compareMonthlyCost: [
    [
      table,
      { inputTokens: 1_000_000, outputTokens: 10_000 },
      { at: '2025-06-02T17:00Z', serviceTier: 'standard' },
    ],
    [[card], { inputTokens: 1000, outputTokens: 10, requests: 2 }],
  ],
  // sql
  tableToSQL: [
    [
      table,
      {
        dialect: 'duckdb',
        usageTable: 'analytics.usage',
        prefix: 'p',
        at: '2025-06-02T17:00Z',
        createUsageTable: true,
      },
    ],
    [
      table,
      { dialect: 'postgres', provider: 'acme', columns: ['model', 'at', 'input_tokens', 'output_tokens'] },
    ],
  ],
  // adapters
  fromLiteLLM: [[litellm, { name: 'litellm', url: 'https://example.com/litellm.json' }]],
  fromOpenRouter: [[openrouter]],
  fromModelsDev: [[modelsdev]],
  fromGenaiPrices: [[genai]],
  loadPriceTable: [
    [
      {
        load: async () => JSON.stringify(tableToJSON(table)),
        format: 'tokenomics',
        fallback: table,
        timeoutMs: 500,
      },
    ],
    [
      {
        load: async () => new Response(JSON.stringify(litellm)),
        format: 'litellm',
        fallback: table,
        timeoutMs: 500,
        maxBytes: 10_000,
      },
    ],
    [{ load: async () => openrouter, format: 'openrouter', fallback: table, minCards: 1, name: 'live' }],
  ],
  // infra
  gpuHourCost: [
    [{ rentPerHour: '2.5', commitmentDiscount: '0.2', decimals: 4 }],
    [{ gpuPrice: '30000', hardware: 'h100-sxm', lifeYears: '5', colocationPerKwMonth: '150' }],
    [
      {
        hardware: 'h100-sxm',
        residualValue: '0.1',
        debtShare: '0.5',
        costOfDebt: '0.08',
        costOfEquity: '0.15',
      },
    ],
    [
      {
        gpuPrice: '30000',
        powerKw: '1.2',
        serverPerGpu: '4000',
        networkPerGpu: '3000',
        storagePerGpu: '500',
      },
    ],
  ],
  contractRate: [
    [{ totalUSD: '10000000000', years: 5, accelerators: 100000 }],
    [{ total: '1000000', currency: 'EUR', years: '2', gpuHours: '500000', decimals: 4 }],
  ],
  capacityPlan: [
    [
      {
        powerMW: '10',
        hardware: 'h100-sxm',
        pue: '1.3',
        utilization: '0.6',
        workload: { model: 'llama-3.3-70b', gpus: 2, precision: 'fp8', inputTokens: 1000, outputTokens: 200 },
        prices: { inputPerMillion: '0.5', outputPerMillion: '1.5' },
      },
    ],
    [
      {
        accelerators: 64,
        hardware: 'h200',
        utilization: '0.5',
        gpuHour: { rentPerHour: '3' },
        workload: { model: 'llama-3.1-8b', gpus: 1, precision: 'fp8', inputTokens: 500, outputTokens: 500 },
      },
    ],
  ],
  capitalRecoveryFactor: [['0.1', '4']],
  getHardware: [['h100-sxm']],
  listHardware: [[]],
  getModelSpec: [['deepseek-v3']],
  listModelSpecs: [[]],
  estimateThroughput: [[throughput], [{ ...throughput, tokensPerSecondPerUser: undefined, concurrency: 16 }]],
  bottomUpCard: [[bottomUp], [measured]],
  explainCard: [[createPriceCard({ id: 'x', provider: 'p', inputPerMillion: '1', outputPerMillion: '1' })]],
  impliedMargin: [
    [card, card, { inputShare: '0.75' }],
    [card, card, { usage: { inputTokens: 1000, outputTokens: 10 } }],
  ],
  breakEvenUtilization: [[card, { gpuHour: bottomUp.gpuHour, throughput }, { inputShare: '0.8' }]],
  sensitivity: [
    [bottomUp, 'utilization', ['0.2', '1']],
    [measured, 'decodeTokensPerSecondPerGpu', ['500']],
  ],
  // budget
  aggregateUsage: [
    [
      [
        {
          model: 'gpt-4o',
          at: '2026-11-02T09:15:00Z',
          usage: { inputTokens: 1200, outputTokens: 300 },
          tags: { team: 'a' },
        },
        '{"model":"model-a","at":"2025-06-02T17:00:00Z","usage":{"inputTokens":10,"outputTokens":1}}',
        '{"model":"gpt-4o","openai":{"prompt_tokens":10,"completion_tokens":1}}',
      ],
      { table, groupBy: ['model', 'day', 'team'], serviceTier: 'batch', at: '2026-01-01', maxProblems: 5 },
    ],
  ],
  aggregateLog: [
    [
      'model,input_tokens,output_tokens,team\ngpt-4o,1000,10,a\n',
      { table, format: 'csv', csv: { tags: ['team'] }, groupBy: ['team'] },
    ],
    [['{"model":"gpt-4o","usage":{"inputTokens":1,', '"outputTokens":1}}\n'], { table, strict: true }],
  ],
  createUsageAggregator: [[{ table, groupBy: ['provider', 'month'] }]],
  projectSpend: [
    [
      {
        workload: { requestsPerDay: 100, usage: { inputTokens: 1000, outputTokens: 10 } },
        card,
        months: 2,
        start: '2026-12-31',
        growthPerPeriod: '0.1',
      },
    ],
    [
      {
        workload: {
          requestsPerDay: '2.5',
          usage: [
            { share: '0.5', usage: { inputTokens: 1, outputTokens: 1 } },
            { share: '0.5', usage: { inputTokens: 2, outputTokens: 1 } },
          ],
        },
        cards: [card],
        days: 3,
      },
    ],
  ],
  compareCards: [
    [{ requestsPerDay: 10, usage: { inputTokens: 1000, cacheReadTokens: 100, outputTokens: 10 } }, [card]],
  ],
  checkBudget: [
    [{ spent: one, limit: money('5'), from: '2026-11-01', to: '2026-12-01', asOf: '2026-11-10' }],
  ],
};
