/**
 * Looking cards up by model id: exact ids, declared aliases, case-insensitively, provider-qualified forms,
 * at a date and time. Never fuzzy: a wrong price is worse than an error.
 *
 * @module
 */

import type { PriceCard } from '../cards/types.js';
import { UnknownModelError } from '../errors.js';
import { own } from '../internal/checks.js';
import { dayOfTime, resolveTime } from '../internal/dates.js';
import { describeValue } from '../internal/describe.js';
import { closestNames, didYouMean } from '../internal/suggest.js';
import {
  candidatesOf,
  everyTime,
  type FindCardOptions,
  findExact,
  isoOf,
  type ListCardsOptions,
  list,
  type Query,
  readQuery,
  requireModelId,
  retired,
} from './find.js';
import { type IndexEntry, type PriceTable, type ResolvedTable, resolveTable } from './table.js';

export type { FindCardOptions, ListCardsOptions } from './find.js';

/**
 * How gateways and SDKs prefix a model id, and the provider id each prefix means here. `<prefix>/<id>` is
 * looked up as `<id>` of that provider when nothing answers to it exactly. Vendor prefixes as OpenRouter
 * and the Vercel AI Gateway write them (`x-ai/`, `mistralai/`, `qwen/`...), and LiteLLM's provider
 * prefixes (`gemini/`, `vertex_ai/`, `bedrock/`, `azure/`, `dashscope/`...).
 */
export const VENDOR_PREFIXES: ReadonlyMap<string, string> = new Map([
  ['openai', 'openai'],
  ['anthropic', 'anthropic'],
  ['google', 'google'],
  ['gemini', 'google'],
  ['vertex', 'vertex'],
  ['vertex_ai', 'vertex'],
  ['bedrock', 'bedrock'],
  ['bedrock_converse', 'bedrock'],
  ['amazon', 'bedrock'],
  ['azure', 'azure'],
  ['azure_ai', 'azure'],
  ['xai', 'xai'],
  ['x-ai', 'xai'],
  ['mistral', 'mistral'],
  ['mistralai', 'mistral'],
  ['deepseek', 'deepseek'],
  ['alibaba', 'alibaba'],
  ['qwen', 'alibaba'],
  ['dashscope', 'alibaba'],
  ['moonshot', 'moonshot'],
  ['moonshotai', 'moonshot'],
  ['zai', 'zai'],
  ['z-ai', 'zai'],
  ['zhipuai', 'zai'],
  ['minimax', 'minimax'],
  ['cohere', 'cohere'],
  ['cohere_chat', 'cohere'],
  ['perplexity', 'perplexity'],
  ['cerebras', 'cerebras'],
  ['together', 'together'],
  ['together_ai', 'together'],
  ['fireworks', 'fireworks'],
  ['fireworks_ai', 'fireworks'],
  ['groq', 'groq'],
  ['deepinfra', 'deepinfra'],
]);

/**
 * Other spellings of an id to try when nothing answers to it exactly, in order, each with the provider it
 * implies. The rules, each tested: Gemini's `models/<id>` is `<id>`; `<prefix>/<id>` is `<id>` of the
 * provider the prefix names (see `VENDOR_PREFIXES`), applied twice at most (`models/` inside a prefix, a
 * LiteLLM prefix before a vendor prefix). Never fuzzy: each candidate is still an exact id or alias.
 */
export function respellings(
  modelId: string,
  provider: string | undefined,
): { id: string; provider: string | undefined }[] {
  const found: { id: string; provider: string | undefined }[] = [];
  let pending: { id: string; provider: string | undefined }[] = [{ id: modelId, provider }];
  for (let round = 0; round < 2; round++) {
    const next: { id: string; provider: string | undefined }[] = [];
    for (const candidate of pending) {
      const lower = candidate.id.toLowerCase();
      if (lower.startsWith('models/')) next.push({ id: candidate.id.slice(7), provider: candidate.provider });
      const slash = candidate.id.indexOf('/');
      if (slash > 0) {
        const vendor = VENDOR_PREFIXES.get(lower.slice(0, slash));
        if (vendor !== undefined && (candidate.provider === undefined || candidate.provider === vendor)) {
          next.push({ id: candidate.id.slice(slash + 1), provider: vendor });
        }
      }
    }
    found.push(...next);
    pending = next;
  }
  return found.filter((candidate) => candidate.id.length > 0);
}

function find(table: ResolvedTable, modelId: string, query: Query): PriceCard | undefined {
  const exact = findExact(table, modelId, query);
  if (exact !== undefined) return exact;
  for (const candidate of respellings(modelId, query.provider)) {
    const card = findExact(table, candidate.id, { provider: candidate.provider, instant: query.instant });
    if (card !== undefined) return card;
  }
  return undefined;
}

/**
 * Finds the card for a model id, or `undefined` when the table does not know it (at that date). Matches
 * exact ids and declared aliases, case-insensitively, and provider-qualified forms (`openai/gpt-4o`,
 * `openai:gpt-4o`); when nothing answers exactly, a few documented spellings: Gemini's `models/<id>`, and
 * gateway prefixes (`x-ai/grok-4`, `mistralai/...`, `qwen/...`, LiteLLM's `gemini/`, `vertex_ai/`,
 * `bedrock/`, `azure/`...) read as the provider they name. It never matches fuzzily or by substring. With several effective-dated cards, the one
 * in force at `at` (default now) is returned, so past usage is priced at the price of its day; a card with
 * a daily UTC window wins over the all-day card inside its window.
 *
 * @throws {@link AmbiguousModelError} when several providers price the id and no provider is given.
 * @throws {@link InvalidArgumentError} for a table, id or option of the wrong kind (an invalid `at` too).
 *
 * @example
 * ```ts
 * import { findCard } from 'tokenomics';
 * import { catalog } from 'tokenomics/data';
 * findCard(catalog, 'gpt-4o-2024-08-06')?.id;         // 'gpt-4o' (a declared alias)
 * findCard(catalog, 'o3', { at: '2025-06-01' })?.inputPerMillion; // '10' (before the 2025-06-10 price cut)
 * findCard(catalog, 'no-such-model');                  // undefined
 * ```
 */
export function findCard(
  table: PriceTable,
  modelId: string,
  options?: FindCardOptions,
): PriceCard | undefined {
  const resolvedTable = resolveTable(table);
  const id = requireModelId(modelId);
  const query = readQuery(options, 'findCard', 'now') as Query;
  return find(resolvedTable, id, query);
}

/** How one name resolves over time, for callers that look it up at many instants (a usage log). */
export type NameLookup =
  /** No card the name can reach has dates or windows: this is the answer at every instant. */
  | { readonly fixed: true; readonly card: PriceCard | undefined }
  /** The answer depends on the instant: `at(time)` finds it (`undefined`: none in force then). */
  | { readonly fixed: false; readonly at: (time: number) => PriceCard | undefined };

/** Every entry a name can reach in any layer, through the id itself and its spellings. */
function reachable(table: ResolvedTable, modelId: string, provider: string | undefined): IndexEntry[] {
  const found: IndexEntry[] = [];
  const visit = (layer: ResolvedTable, id: string, wanted: string | undefined): void => {
    if (layer.kind === 'composed') for (const inner of layer.layers) visit(inner, id, wanted);
    else found.push(...(candidatesOf(layer, id, wanted) ?? []));
  };
  for (const candidate of [{ id: modelId, provider }, ...respellings(modelId, provider)]) {
    visit(table, candidate.id, candidate.provider);
  }
  return found;
}

/**
 * The lookup of one id (and provider) prepared for many instants: a usage log looks the same few models up
 * a million times. When no card the name can reach has effective dates or a daily window, the answer does
 * not depend on the instant and is found once; else each instant is looked up. The same answers as
 * {@link findCard}, which this is a faster way to call.
 *
 * @throws {@link AmbiguousModelError} (from the fixed lookup) when several providers price the id.
 * @internal
 */
export function nameLookup(table: PriceTable, modelId: string, provider: string | undefined): NameLookup {
  const resolvedTable = resolveTable(table);
  const wanted = provider?.toLowerCase();
  const dated = reachable(resolvedTable, modelId, wanted).some(
    (entry) => entry.card.effective !== undefined || entry.card.timeOfDay !== undefined,
  );
  if (!dated) {
    return {
      fixed: true,
      card: find(resolvedTable, modelId, { provider: wanted, instant: resolveTime(0) }),
    };
  }
  return {
    fixed: false,
    at: (time) => find(resolvedTable, modelId, { provider: wanted, instant: resolveTime(time) }),
  };
}

/** Hints computed per table, so a model id that keeps missing (a new model in a log) costs a lookup. */
const hintCache = new WeakMap<ResolvedTable, Map<string, string[]>>();
const HINT_CACHE_SIZE = 256;

/** Up to three known ids closest to the query (for messages only), remembered per table. */
function suggestIds(table: ResolvedTable, modelId: string, provider: string | undefined): string[] {
  const key = `${provider ?? ''}\u0000${modelId}`;
  let cache = hintCache.get(table);
  const cached = cache?.get(key);
  if (cached !== undefined) return cached;
  const bare = modelId.replace(/^[^/:]+[/:]/, '');
  const names = new Set<string>();
  const collect = (layer: ResolvedTable): void => {
    if (layer.kind === 'composed') layer.layers.forEach(collect);
    else if (provider === undefined) for (const name of layer.index.names) names.add(name);
    else
      for (const card of layer.table.cards) {
        if (card.provider.toLowerCase() !== provider) continue;
        names.add(card.id);
        for (const alias of card.aliases ?? []) names.add(alias);
      }
  };
  collect(table);
  const suggestions = closestNames(names, modelId, bare === modelId ? [] : [bare]);
  if (cache === undefined) {
    cache = new Map();
    hintCache.set(table, cache);
  }
  if (cache.size >= HINT_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(key, suggestions);
  return suggestions;
}

/**
 * Like {@link findCard}, but throws when the table has no card for the model at that instant:
 * {@link RetiredModelError} when the model is known but none of its prices is in force then (it says when
 * the model was priced; pass `at` for historical usage), else {@link UnknownModelError}, whose message
 * (and `details.suggestions`) lists up to three close known ids. Lookup itself never guesses.
 *
 * @example
 * ```ts
 * import { estimateCost, fromOpenAIUsage, getCard } from 'tokenomics';
 * import { catalog } from 'tokenomics/data';
 * const cost = estimateCost(fromOpenAIUsage(response.usage), getCard(catalog, 'gpt-4o'));
 * getCard(catalog, 'gpt4o'); // throws UnknownModelError: ... Did you mean "gpt-4o", ...?
 * ```
 */
export function getCard(table: PriceTable, modelId: string, options?: FindCardOptions): PriceCard {
  const resolvedTable = resolveTable(table);
  const id = requireModelId(modelId);
  const query = readQuery(options, 'getCard', 'now') as Query;
  const card = find(resolvedTable, id, query);
  if (card !== undefined) return card;
  const name = resolvedTable.table.name;
  for (const candidate of [{ id, provider: query.provider }, ...respellings(id, query.provider)]) {
    const known = everyTime(resolvedTable, candidate.id, candidate.provider);
    if (known.length > 0) throw retired(id, name, known, query.instant);
  }
  const suggestions = suggestIds(resolvedTable, id, query.provider);
  const at = own(options ?? {}, 'at') === undefined ? '' : ` at ${dayOfTime(query.instant.time)}`;
  const scope = query.provider === undefined ? '' : ` for provider "${query.provider}"`;
  throw new UnknownModelError(
    `Model ${describeValue(id)} is not in price table "${name}"${scope}${at}; pass a known id or add a card for it.${didYouMean(suggestions)}`,
    {
      modelId: id,
      table: name,
      suggestions,
      ...(query.provider === undefined ? {} : { provider: query.provider }),
      ...(at === '' ? {} : { at: isoOf(query.instant.time) }),
    },
  );
}

/**
 * Lists a table's cards, optionally only one provider's and only those in force at an instant. For a
 * composed table, a card that an earlier layer shadows (same provider and id) is left out.
 *
 * @example
 * ```ts
 * import { listCards } from 'tokenomics';
 * import { catalog } from 'tokenomics/data';
 * const anthropicToday = listCards(catalog, { provider: 'anthropic', at: new Date() });
 * ```
 */
export function listCards(table: PriceTable, options?: ListCardsOptions): PriceCard[] {
  const resolvedTable = resolveTable(table);
  const { provider, instant } = readQuery(options, 'listCards', 'any');
  return list(resolvedTable, provider, instant);
}
