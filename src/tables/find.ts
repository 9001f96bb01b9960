/**
 * Finding a card by exact name in tables the library built: the candidates a name has, the one in force at
 * an instant, and the errors for an ambiguous or retired name. Shared by the full lookup (lookup.ts, with
 * spellings and suggestions) and the page entry's lean one.
 *
 * @module
 */

import type { PriceCard } from '../cards/types.js';
import { AmbiguousModelError, InvalidArgumentError, RetiredModelError } from '../errors.js';
import { own, requireOptions } from '../internal/checks.js';
import { instantMs, type ResolvedInstant } from '../internal/dates.js';
import { describeValue } from '../internal/describe.js';
import type { IndexEntry, ResolvedTable } from './core.js';
import { type Instant, inForce, resolveInstant } from './time.js';

/** Options of {@link findCard} and {@link getCard}. */
export interface FindCardOptions {
  /** Only cards of this provider (case-insensitive). Needed when several providers list the same id. */
  readonly provider?: string;
  /** The instant whose prices apply (effective dates, off-peak windows). Default: now. */
  readonly at?: Instant;
}

/** Options of {@link listCards}. */
export interface ListCardsOptions {
  /** Only cards of this provider. */
  readonly provider?: string;
  /** Only cards in force at this instant (dates and daily windows). Default: every card. */
  readonly at?: Instant;
}

const OPTIONS = ['provider', 'at'] as const;

export function requireModelId(modelId: unknown): string {
  if (typeof modelId !== 'string' || modelId.length === 0) {
    throw new InvalidArgumentError(
      `Model id ${describeValue(modelId)} is not a non-empty string; pass the id your API call used, e.g. "gpt-4o".`,
      { argument: 'modelId', value: modelId },
    );
  }
  return modelId;
}

/** The checked options of a lookup: the provider (lower-cased) and the instant (default now). */
export interface Query {
  readonly provider: string | undefined;
  readonly instant: ResolvedInstant;
}

export function readQuery(
  options: FindCardOptions | ListCardsOptions | undefined,
  where: string,
  atDefault: 'now' | 'any',
) {
  const checked = requireOptions(options, OPTIONS, where);
  const provider = own(checked, 'provider');
  if (provider !== undefined && (typeof provider !== 'string' || provider.length === 0)) {
    throw new InvalidArgumentError(
      `Provider ${describeValue(provider)} is not a non-empty string; pass a provider id such as "openai".`,
      { argument: 'provider', value: provider },
    );
  }
  const at = own(checked, 'at');
  return {
    provider: provider?.toLowerCase(),
    instant: at === undefined && atDefault === 'any' ? undefined : resolveInstant(at),
  };
}

/** The entry in force among one provider's candidates: a matching daily window wins over the all-day card. */
export function pickInForce(
  entries: readonly IndexEntry[],
  instant: ResolvedInstant,
): IndexEntry | undefined {
  let allDay: IndexEntry | undefined;
  for (const entry of entries) {
    if (!inForce(entry.card, instant)) continue;
    if (entry.card.timeOfDay !== undefined) return entry;
    allDay = entry;
  }
  return allDay;
}

/** The candidates a name has in a plain table, for one provider or all. */
export function candidatesOf(
  table: ResolvedTable & { kind: 'plain' },
  modelId: string,
  provider: string | undefined,
) {
  const all = table.index.candidates.get(modelId) ?? table.index.candidates.get(modelId.toLowerCase());
  if (all === undefined) return undefined;
  const candidates = provider === undefined ? all : all.filter((entry) => entry.provider === provider);
  return candidates.length === 0 ? undefined : candidates;
}

/** Looks a name up in a plain table; `undefined` when unknown (at that instant), throws when ambiguous. */
export function findInPlain(
  table: ResolvedTable & { kind: 'plain' },
  modelId: string,
  query: Query,
): PriceCard | undefined {
  const candidates = candidatesOf(table, modelId, query.provider);
  if (candidates === undefined) return undefined;
  const first = (candidates[0] as IndexEntry).provider;
  if (candidates.every((entry) => entry.provider === first))
    return pickInForce(candidates, query.instant)?.card;
  const groups = new Map<string, IndexEntry[]>();
  for (const entry of candidates) groups.set(entry.provider, [...(groups.get(entry.provider) ?? []), entry]);
  const found = [...groups.values()]
    .map((group) => pickInForce(group, query.instant))
    .filter((entry): entry is IndexEntry => entry !== undefined);
  if (found.length <= 1) return found[0]?.card;
  const providers = found.map((entry) => entry.card.provider);
  throw new AmbiguousModelError(
    `Model "${modelId}" is priced by several providers in price table "${table.table.name}": ${providers.join(', ')}; pass { provider } or a qualified id such as "${providers[0]}/${modelId}".`,
    { modelId, providers, table: table.table.name },
  );
}

export function findExact(table: ResolvedTable, modelId: string, query: Query): PriceCard | undefined {
  if (table.kind === 'plain') return findInPlain(table, modelId, query);
  for (const layer of table.layers) {
    const card = findExact(layer, modelId, query);
    if (card !== undefined) return card;
  }
  return undefined;
}

/** Every card answering to the name at any time (for the retired-model error), first layer that has one. */
export function everyTime(
  table: ResolvedTable,
  modelId: string,
  provider: string | undefined,
): readonly IndexEntry[] {
  if (table.kind === 'plain') return candidatesOf(table, modelId, provider) ?? [];
  for (const layer of table.layers) {
    const found = everyTime(layer, modelId, provider);
    if (found.length > 0) return found;
  }
  return [];
}

export function isoOf(time: number): string {
  return new Date(time).toISOString();
}

/** The error for a model whose cards exist but none is in force at the instant. */
export function retired(
  modelId: string,
  table: string,
  known: readonly IndexEntry[],
  instant: ResolvedInstant,
): RetiredModelError {
  const provider = (known[0] as IndexEntry).card.provider;
  let from: string | undefined;
  let to: string | undefined;
  let openStart = false;
  let openEnd = false;
  for (const { card } of known) {
    const start = card.effective?.from;
    const end = card.effective?.to;
    if (start === undefined) openStart = true;
    else if (from === undefined || start < from) from = start;
    if (end === undefined) openEnd = true;
    else if (to === undefined || end > to) to = end;
  }
  const at = isoOf(instant.time);
  const first = openStart ? undefined : from;
  const last = openEnd ? undefined : to;
  const span = `${first === undefined ? '' : ` from ${first}`}${last === undefined ? '' : ` until ${last}`}`;
  const when =
    last !== undefined && instant.time >= (instantMs(last) as number)
      ? `was retired: it was priced${span}`
      : first !== undefined && instant.time < (instantMs(first) as number)
        ? `is not priced yet: it is priced${span}`
        : `has no price at ${at} (it is priced${span || ' at other times'})`;
  return new RetiredModelError(
    `Model "${modelId}" (${provider}) in price table "${table}" ${when}; pass { at } with the time of the usage to price historical records.`,
    {
      modelId,
      table,
      provider,
      ...(first === undefined ? {} : { from: first }),
      ...(last === undefined ? {} : { to: last }),
      at,
    },
  );
}

/** A table's cards, one provider's or all, each in force at the instant (or all, without one); shadowed cards left out. */
export function list(
  table: ResolvedTable,
  provider: string | undefined,
  instant: ResolvedInstant | undefined,
): PriceCard[] {
  const shadowed = new Set<string>();
  const result: PriceCard[] = [];
  for (const layer of table.kind === 'composed' ? table.layers : [table]) {
    // One group per provider and id, in the order the cards first appear.
    const groups = new Map<string, IndexEntry[]>();
    const cards = layer.kind === 'composed' ? list(layer, undefined, undefined) : layer.table.cards;
    for (const card of cards) {
      const key = `${card.provider.toLowerCase()}\u0000${card.id.toLowerCase()}`;
      if (shadowed.has(key)) continue;
      groups.set(key, [...(groups.get(key) ?? []), { card, provider: card.provider.toLowerCase() }]);
    }
    for (const [key, group] of groups) {
      shadowed.add(key);
      if (provider !== undefined && (group[0] as IndexEntry).provider !== provider) continue;
      if (instant === undefined) result.push(...group.map((entry) => entry.card));
      else {
        const inForceNow = pickInForce(group, instant);
        if (inForceNow !== undefined) result.push(inForceNow.card);
      }
    }
  }
  return result;
}
