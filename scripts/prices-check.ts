/**
 * `npm run prices:check`: compares the built-in catalog with the foreign catalogs in ../shared/data/foreign
 * and prints every disagreement. Each foreign catalog is compared at its own snapshot date, and the two
 * cards are compared by pricing the same probe requests on both: each rate alone, under every service tier
 * either side offers, and on both sides of every long-context threshold (so a boundary off by one shows).
 *
 * It is a report for the people who maintain the catalog, not a test: it always exits 0.
 */

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalog } from '../src/catalog/index.js';
import {
  type CostBreakdown,
  estimateCost,
  findCard,
  isTokenomicsError,
  listCards,
  multiplyMoney,
  type PriceCard,
  type PriceTable,
  type ServiceTierName,
  type Usage,
} from '../src/index.js';
import {
  type ForeignCatalogResult,
  fromGenaiPrices,
  fromLiteLLM,
  fromModelsDev,
  fromOpenRouter,
} from '../src/tables/adapters/index.js';

const FOREIGN = fileURLToPath(new URL('../../shared/data/foreign/', import.meta.url));

interface Source {
  name: string;
  file: string;
  snapshot: string;
  read: (json: unknown) => ForeignCatalogResult;
  /** Candidate (provider, id) pairs in the foreign table for one of our cards. */
  candidates: (card: PriceCard) => { provider: string; id: string }[];
}

const dotted = (id: string) => id.replace(/-(\d+)-(\d+)(?=$|-)/g, '-$1.$2');
const names = (card: PriceCard) => [card.id, ...(card.aliases ?? [])];

const SOURCES: Source[] = [
  {
    name: 'litellm',
    file: 'litellm/model_prices_and_context_window.json',
    snapshot: '2026-07-24',
    read: (json) => fromLiteLLM(json),
    candidates: (card) => {
      const prefix: Record<string, string> = {
        google: 'gemini/',
        xai: 'xai/',
        mistral: 'mistral/',
        deepseek: 'deepseek/',
        together: 'together_ai/',
        fireworks: 'fireworks_ai/',
        groq: 'groq/',
        deepinfra: 'deepinfra/',
      };
      const provider: Record<string, string> = {
        google: 'gemini',
        together: 'together_ai',
        fireworks: 'fireworks_ai',
      };
      return names(card).map((id) => ({
        provider: provider[card.provider] ?? card.provider,
        id: `${prefix[card.provider] ?? ''}${id}`,
      }));
    },
  },
  {
    name: 'openrouter',
    file: 'openrouter/models_2026-05-15.json',
    snapshot: '2026-05-15',
    read: (json) => fromOpenRouter(json),
    candidates: (card) => {
      const prefix: Record<string, string> = {
        openai: 'openai',
        anthropic: 'anthropic',
        google: 'google',
        xai: 'x-ai',
        mistral: 'mistralai',
        deepseek: 'deepseek',
      };
      const vendor = prefix[card.provider];
      if (vendor === undefined) return [];
      return names(card).flatMap((id) => [
        { provider: 'openrouter', id: `${vendor}/${id}` },
        { provider: 'openrouter', id: `${vendor}/${dotted(id)}` },
      ]);
    },
  },
  {
    name: 'models.dev',
    file: 'models.dev/api.json',
    snapshot: '2026-06-13',
    read: (json) => fromModelsDev(json),
    candidates: (card) => {
      const provider: Record<string, string> = { together: 'togetherai', fireworks: 'fireworks-ai' };
      return names(card).map((id) => ({ provider: provider[card.provider] ?? card.provider, id }));
    },
  },
  {
    name: 'genai-prices',
    file: 'genai-prices/v2_data.json',
    snapshot: '2026-08-21',
    read: (json) => fromGenaiPrices(json),
    candidates: (card) => {
      const provider: Record<string, string> = { xai: 'x-ai' };
      return names(card).flatMap((id) => [
        { provider: provider[card.provider] ?? card.provider, id },
        {
          provider: provider[card.provider] ?? card.provider,
          id: id.replace(/^accounts\/fireworks\/models\//, ''),
        },
      ]);
    },
  },
];

type Probe = { label: string; usage: Usage; perMillion: boolean };

/** The requests both cards are priced on. */
function probes(ours: PriceCard, theirs: PriceCard): Probe[] {
  const thousand = (label: string, usage: Usage): Probe => ({ label, usage, perMillion: true });
  const list: Probe[] = [
    thousand('input', { inputTokens: 1000, outputTokens: 0 }),
    thousand('output', { inputTokens: 0, outputTokens: 1000 }),
    thousand('cache read', { inputTokens: 1000, cacheReadTokens: 1000, outputTokens: 0 }),
    thousand('cache write', { inputTokens: 1000, cacheWriteTokens: 1000, outputTokens: 0 }),
    thousand('1h cache write', {
      inputTokens: 1000,
      cacheWriteTokens: 1000,
      cacheWrite1hTokens: 1000,
      outputTokens: 0,
    }),
    thousand('reasoning', { inputTokens: 0, outputTokens: 1000, reasoningTokens: 1000 }),
  ];
  const thresholds = new Set(
    [...(ours.tiers ?? []), ...(theirs.tiers ?? [])].map((tier) => tier.abovePromptTokens),
  );
  const prompts = new Set([...thresholds].flatMap((threshold) => [threshold, threshold + 1]));
  for (const prompt of [...prompts].sort((a, b) => a - b)) {
    list.push({
      label: `${prompt} prompt tokens + 1,000 output`,
      usage: { inputTokens: prompt, outputTokens: 1000 },
      perMillion: false,
    });
  }
  return list;
}

function price(card: PriceCard, probe: Probe, serviceTier: ServiceTierName): string | undefined {
  let cost: CostBreakdown;
  try {
    cost = estimateCost(probe.usage, card, { serviceTier });
  } catch (error) {
    if (isTokenomicsError(error, 'UNPRICED_USAGE')) return undefined;
    throw error;
  }
  // A 1,000-token probe costs rate/1000: show it as the per-1M rate.
  return probe.perMillion ? `${multiplyMoney(cost.total, 1000).amount}/1M` : `$${cost.total.amount}`;
}

function compare(ours: PriceCard, theirs: PriceCard, sourceName: string): string[] {
  const lines: string[] = [];
  const tiers: ServiceTierName[] = ['standard', 'batch', 'flex', 'priority'];
  for (const serviceTier of tiers) {
    const offered = (card: PriceCard) =>
      serviceTier === 'standard' || card.serviceTiers?.[serviceTier] !== undefined;
    if (!offered(ours) && !offered(theirs)) continue;
    for (const probe of probes(ours, theirs)) {
      const a = offered(ours) ? price(ours, probe, serviceTier) : undefined;
      const b = offered(theirs) ? price(theirs, probe, serviceTier) : undefined;
      if (a === undefined && b === undefined) continue;
      if (a === undefined || b === undefined) {
        // A rate one side leaves unknown is a difference of knowledge, reported only for the main rates.
        if (serviceTier === 'standard' && (probe.label === 'input' || probe.label === 'output')) {
          lines.push(
            `${serviceTier} ${probe.label}: ours ${a ?? 'unpriced'}, ${sourceName} ${b ?? 'unpriced'}`,
          );
        }
        continue;
      }
      if (a !== b) lines.push(`${serviceTier} ${probe.label}: ours ${a}, ${sourceName} ${b}`);
    }
  }
  return lines;
}

function find(
  table: PriceTable,
  candidates: { provider: string; id: string }[],
  at: string,
): PriceCard | undefined {
  for (const candidate of candidates) {
    try {
      const card = findCard(table, candidate.id, { provider: candidate.provider, at });
      if (card !== undefined) return card;
    } catch {
      // ambiguous in the foreign table: try the next candidate
    }
  }
  return undefined;
}

function main(): void {
  if (!existsSync(FOREIGN)) {
    console.log(
      `prices:check needs the foreign catalogs in ${FOREIGN}; they ship with the team workspace, not the repository.`,
    );
    return;
  }
  console.log('Comparing the built-in catalog with the foreign catalogs, each at its snapshot date.\n');
  let totalDisagreements = 0;
  for (const source of SOURCES) {
    const foreign = source.read(JSON.parse(readFileSync(`${FOREIGN}${source.file}`, 'utf8'))).table;
    const ours = listCards(catalog, { at: `${source.snapshot}T12:00Z` });
    const missing: string[] = [];
    const report: string[] = [];
    let found = 0;
    let disagreeing = 0;
    for (const card of ours) {
      const theirs = find(foreign, source.candidates(card), `${source.snapshot}T12:00Z`);
      if (theirs === undefined) {
        missing.push(`${card.provider}/${card.id}`);
        continue;
      }
      found++;
      const lines = compare(card, theirs, source.name);
      if (lines.length === 0) continue;
      disagreeing++;
      report.push(`  ${card.provider}/${card.id}  (theirs: ${theirs.provider}/${theirs.id})`);
      for (const line of lines) report.push(`      ${line}`);
    }
    totalDisagreements += disagreeing;
    console.log(
      `== ${source.name} (snapshot ${source.snapshot}): ${ours.length} of our cards in force then, ${found} found there, ${disagreeing} disagree`,
    );
    for (const line of report) console.log(line);
    if (missing.length > 0) console.log(`  not in ${source.name}: ${missing.join(', ')}`);
    console.log('');
  }
  console.log(
    `${totalDisagreements} disagreeing cards in all. Each is either a mistake to fix here or a foreign error to note.`,
  );
}

main();
