/**
 * `npm run prices:sources -- <provider> [id ...]`: a research aid for writing catalog cards. For each model id
 * it prints what each foreign catalog in ../shared/data/foreign/ says (input, cache read, cache write,
 * output per 1M, tiers, batch, audio, deprecation), side by side, so a card is written as a decision with its
 * evidence in view. With no ids, it lists the provider's models in the OpenRouter feed. It writes nothing.
 */

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findCard, type PriceCard } from '../src/index.js';
import { fromGenaiPrices, fromLiteLLM, fromModelsDev, fromOpenRouter } from '../src/tables/adapters/index.js';

const FOREIGN = fileURLToPath(new URL('../../shared/data/foreign/', import.meta.url));
if (!existsSync(FOREIGN)) {
  console.log(`Skipped: ${FOREIGN} is absent (it ships with the team's shared data, not with the package).`);
  process.exit(0);
}
const read = (path: string) => JSON.parse(readFileSync(`${FOREIGN}${path}`, 'utf8'));
const litellmRaw = read('litellm/model_prices_and_context_window.json') as Record<
  string,
  Record<string, unknown>
>;
const catalogs = {
  litellm: fromLiteLLM(litellmRaw).table,
  genai: fromGenaiPrices(read('genai-prices/v2_data.json')).table,
  modelsdev: fromModelsDev(read('models.dev/api.json')).table,
  openrouter: fromOpenRouter(read('openrouter/models_2026-05-15.json')).table,
};

/** How each catalog spells a provider: genai-prices and models.dev provider ids, LiteLLM key prefixes, OpenRouter vendors. */
const SPELLINGS: Record<
  string,
  { genai: string[]; modelsdev: string[]; litellm: string[]; openrouter: string[] }
> = {
  openai: { genai: ['openai'], modelsdev: ['openai'], litellm: [''], openrouter: ['openai'] },
  anthropic: {
    genai: ['anthropic'],
    modelsdev: ['anthropic'],
    litellm: ['', 'anthropic/'],
    openrouter: ['anthropic'],
  },
  google: { genai: ['google'], modelsdev: ['google'], litellm: ['gemini/'], openrouter: ['google'] },
  xai: { genai: ['x-ai'], modelsdev: ['xai'], litellm: ['xai/'], openrouter: ['x-ai'] },
  mistral: { genai: ['mistral'], modelsdev: ['mistral'], litellm: ['mistral/'], openrouter: ['mistralai'] },
  deepseek: {
    genai: ['deepseek'],
    modelsdev: ['deepseek'],
    litellm: ['deepseek/'],
    openrouter: ['deepseek'],
  },
  alibaba: { genai: [], modelsdev: ['alibaba'], litellm: ['dashscope/'], openrouter: ['qwen'] },
  moonshot: {
    genai: ['moonshotai'],
    modelsdev: ['moonshotai'],
    litellm: ['moonshot/'],
    openrouter: ['moonshotai'],
  },
  zai: { genai: ['zai', 'zhipuai'], modelsdev: ['zai'], litellm: ['zai/'], openrouter: ['z-ai'] },
  minimax: { genai: ['minimax'], modelsdev: ['minimax'], litellm: ['minimax/'], openrouter: ['minimax'] },
  cohere: {
    genai: ['cohere'],
    modelsdev: ['cohere'],
    litellm: ['', 'cohere/', 'cohere_chat/'],
    openrouter: ['cohere'],
  },
  perplexity: {
    genai: ['perplexity'],
    modelsdev: ['perplexity'],
    litellm: ['perplexity/'],
    openrouter: ['perplexity'],
  },
  amazon: {
    genai: ['aws'],
    modelsdev: ['amazon-bedrock'],
    litellm: ['', 'bedrock/', 'amazon/'],
    openrouter: ['amazon'],
  },
  bedrock: { genai: ['aws'], modelsdev: ['amazon-bedrock'], litellm: ['', 'bedrock/'], openrouter: [] },
  vertex: {
    genai: ['google'],
    modelsdev: ['google-vertex', 'google-vertex-anthropic'],
    litellm: ['vertex_ai/'],
    openrouter: [],
  },
  azure: { genai: ['azure'], modelsdev: ['azure'], litellm: ['azure/'], openrouter: [] },
  cerebras: { genai: ['cerebras'], modelsdev: ['cerebras'], litellm: ['cerebras/'], openrouter: [] },
};

function rates(card: PriceCard): string {
  const part = (label: string, value: string | undefined) => (value === undefined ? '' : ` ${label}${value}`);
  const tiers = (card.tiers ?? [])
    .map((t) => ` >${t.abovePromptTokens}:${t.inputPerMillion ?? '-'}/${t.outputPerMillion ?? '-'}`)
    .join('');
  const service = Object.entries(card.serviceTiers ?? {})
    .map(
      ([name, p]) =>
        ` ${name}:${'multiplier' in p ? `x${p.multiplier}` : `${p.inputPerMillion ?? '-'}/${p.outputPerMillion ?? '-'}`}`,
    )
    .join('');
  const dates =
    card.effective === undefined ? '' : ` [${card.effective.from ?? ''}..${card.effective.to ?? ''})`;
  return `in ${card.inputPerMillion}${part('cr ', card.cacheReadPerMillion)}${part('cw ', card.cacheWritePerMillion)}${part('cw1h ', card.cacheWrite1hPerMillion)} out ${card.outputPerMillion}${part('reas ', card.reasoningPerMillion)}${part('aud-in ', card.audioInputPerMillion)}${part('aud-cr ', card.audioCacheReadPerMillion)}${part('aud-out ', card.audioOutputPerMillion)}${part('img-in ', card.imageInputPerMillion)}${part('img-cr ', card.imageCacheReadPerMillion)}${part('img-out ', card.imageOutputPerMillion)}${part('req ', card.requestFee)}${part('search/k ', card.webSearchPerThousand)}${tiers}${service}${dates}`;
}

function show(provider: string, id: string): void {
  const spell = SPELLINGS[provider];
  if (spell === undefined) throw new Error(`no spellings for provider ${provider}`);
  console.log(`\n${provider} ${id}`);
  const tries: [string, string, { provider?: string }][] = [
    ...spell.litellm.map(
      (prefix) => ['litellm', `${prefix}${id}`, {}] as [string, string, { provider?: string }],
    ),
    ...spell.genai.map((p) => ['genai', id, { provider: p }] as [string, string, { provider?: string }]),
    ...spell.modelsdev.map(
      (p) => ['modelsdev', id, { provider: p }] as [string, string, { provider?: string }],
    ),
    ...spell.openrouter.map(
      (v) => ['openrouter', `${v}/${id}`, {}] as [string, string, { provider?: string }],
    ),
  ];
  for (const [name, key, options] of tries) {
    const table = catalogs[name as keyof typeof catalogs];
    let card: PriceCard | undefined;
    for (const at of ['2026-08-20', '2026-05-15', '2025-06-01']) {
      try {
        card = findCard(table, key, { ...options, at });
      } catch {
        card = undefined;
      }
      if (card !== undefined) break;
    }
    if (card === undefined) continue;
    const raw = litellmRaw[key];
    const extra =
      name === 'litellm' && raw !== undefined
        ? `${raw.deprecation_date ? ` deprecated ${raw.deprecation_date}` : ''}${raw.input_cost_per_audio_token ? ` audio-in ${Number(raw.input_cost_per_audio_token) * 1e6}` : ''}${raw.output_cost_per_audio_token ? ` audio-out ${Number(raw.output_cost_per_audio_token) * 1e6}` : ''}`
        : '';
    console.log(`  ${name.padEnd(10)} ${key.padEnd(48)} ${rates(card)}${extra}`);
  }
}

const [provider, ...ids] = process.argv.slice(2);
if (provider === undefined) {
  console.log('usage: npm run prices:sources -- <provider> [id ...]');
  process.exit(0);
}
if (ids.length > 0) for (const id of ids) show(provider, id);
else {
  const vendors = SPELLINGS[provider]?.openrouter ?? [];
  const listed = catalogs.openrouter.cards.filter((card) => vendors.some((v) => card.id.startsWith(`${v}/`)));
  for (const card of listed) show(provider, card.id.slice(card.id.indexOf('/') + 1));
}
