/**
 * `tokenomics/lite`: the estimator for pricing pages and other bundles that count their bytes. The same
 * exact arithmetic and the same results as `tokenomics`, on cards the library made (a table from
 * `tokenomics/data/<provider>`, `createPriceTable`, `createPriceCard`), without the card validator, the
 * spelling rules and the "did you mean" hints. A page that prices a request with one provider's cards
 * weighs a few KB.
 *
 * @example
 * ```ts
 * import { estimateCost, formatMoney, getCard } from 'tokenomics/lite';
 * import { openai } from 'tokenomics/data/openai';
 * const cost = estimateCost({ inputTokens: 1200, outputTokens: 300 }, getCard(openai, 'gpt-4o'));
 * formatMoney(cost.total); // '$0.006'
 * ```
 *
 * @module
 */

import { type CompiledCard, compiledMadeCard } from '../cards/compile.js';
import { costOf, totalOf } from '../cards/pricing.js';
import type { CostBreakdown, EstimateCostOptions, PriceCard, Usage } from '../cards/types.js';
import { InvalidArgumentError, UnknownModelError } from '../errors.js';
import { isRecord, own } from '../internal/checks.js';
import { describeValue } from '../internal/describe.js';
import type { Money } from '../money/money.js';
import { type PriceTable, resolved } from '../tables/core.js';
import {
  everyTime,
  type FindCardOptions,
  findExact,
  type Query,
  readQuery,
  requireModelId,
  retired,
} from '../tables/find.js';

export type { CostBreakdown, EstimateCostOptions, PriceCard, Usage } from '../cards/types.js';
export {
  AmbiguousModelError,
  InvalidUsageError,
  isTokenomicsError,
  RetiredModelError,
  UnknownModelError,
  UnpricedUsageError,
} from '../errors.js';
export { type FormatMoneyOptions, formatMoney } from '../money/format.js';
export type { Money } from '../money/money.js';
export {
  compareMonthlyCost,
  type MonthlyComparison,
  type MonthlyCost,
  type MonthlyCostOptions,
  type MonthlyUnpriced,
} from '../page/calculator.js';
export {
  type PriceRow,
  type PriceRowRates,
  type PriceRowsOptions,
  type RateUnit,
  toPriceRows,
} from '../page/rows.js';
export type { PriceTable } from '../tables/core.js';
export type { FindCardOptions } from '../tables/find.js';

function madeCard(card: PriceCard): CompiledCard {
  const compiled = compiledMadeCard(card);
  if (compiled !== undefined) return compiled;
  throw new InvalidArgumentError(
    `Card ${describeValue(isRecord(card) ? own(card, 'id') : card)} was not made by tokenomics; tokenomics/lite prices cards from a table or createPriceCard (import it from 'tokenomics'), or use estimateCost from 'tokenomics', which validates plain objects.`,
    { argument: 'card', value: card },
  );
}

/**
 * `estimateCost` of `tokenomics`, for cards the library made: the exact cost of a usage record, by part.
 *
 * @throws `InvalidArgumentError` for a card the library did not make (plain objects: use `tokenomics`).
 * @throws {@link UnpricedUsageError} when the usage needs a rate the card does not have.
 *
 * @example
 * ```ts
 * import { estimateCost, getCard } from 'tokenomics/lite';
 * import { anthropic } from 'tokenomics/data/anthropic';
 * estimateCost({ inputTokens: 10_000, cacheReadTokens: 8_000, outputTokens: 500 },
 *   getCard(anthropic, 'claude-sonnet-4-5')).total; // { amount: '0.0159', currency: 'USD' }
 * ```
 */
export function estimateCost(usage: Usage, card: PriceCard, options?: EstimateCostOptions): CostBreakdown {
  return costOf(madeCard(card), usage, options);
}

/**
 * `estimateTotal` of `tokenomics`, for cards the library made: the total alone.
 *
 * @example
 * ```ts
 * import { estimateTotal, getCard } from 'tokenomics/lite';
 * import { openai } from 'tokenomics/data/openai';
 * estimateTotal({ inputTokens: 1000, outputTokens: 100 }, getCard(openai, 'gpt-4o')); // { amount: '0.0035', currency: 'USD' }
 * ```
 */
export function estimateTotal(usage: Usage, card: PriceCard, options?: EstimateCostOptions): Money {
  return totalOf(madeCard(card), usage, options);
}

/**
 * `getCard` of `tokenomics` for the names a page uses: exact ids and aliases (case-insensitively) and
 * provider-qualified forms (`openai/gpt-4o`), at an instant (default now). It does not read gateway
 * spellings (`x-ai/grok-4`, `models/gemini-...`) and its `UnknownModelError` carries no suggestions: use
 * `tokenomics` for those.
 *
 * @throws {@link RetiredModelError} when the model is known but not priced at that instant.
 * @throws {@link UnknownModelError} when the table does not know the name.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics/lite';
 * import { openai } from 'tokenomics/data/openai';
 * getCard(openai, 'gpt-4o').outputPerMillion;            // '10'
 * getCard(openai, 'gpt-4o-2024-08-06').id;                // 'gpt-4o' (an alias)
 * ```
 */
export function getCard(table: PriceTable, modelId: string, options?: FindCardOptions): PriceCard {
  const known = isRecord(table) ? resolved.get(table) : undefined;
  if (known === undefined) {
    throw new InvalidArgumentError(
      `${describeValue(table)} is not a price table the library built; pass one from tokenomics/data or createPriceTable.`,
      { argument: 'table', value: table },
    );
  }
  const id = requireModelId(modelId);
  const query = readQuery(options, 'getCard', 'now') as Query;
  const card = findExact(known, id, query);
  if (card !== undefined) return card;
  const everything = everyTime(known, id, query.provider);
  if (everything.length > 0) throw retired(id, known.table.name, everything, query.instant);
  throw new UnknownModelError(
    `Model ${describeValue(id)} is not in price table "${known.table.name}"; pass a known id or add a card for it.`,
    { modelId: id, table: known.table.name, suggestions: [] },
  );
}
