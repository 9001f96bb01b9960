/**
 * Comparing list prices with bottom-up cost: the gross margin a provider makes, the utilization at which
 * its list price covers cost, and how cost moves with one parameter (for charts).
 *
 * @module
 */

import { createPriceCard } from '../cards/card.js';
import { estimateCost } from '../cards/estimate.js';
import type { PriceCard, Usage } from '../cards/types.js';
import { CurrencyMismatchError, InvalidArgumentError, isTokenomicsError } from '../errors.js';
import { isRecord } from '../internal/checks.js';
import { describeValue } from '../internal/describe.js';
import { type DecimalInput, parseDecimal, toCanonical } from '../money/decimal.js';
import { type Money, money } from '../money/money.js';
import { type BottomUpInputs, bottomUpCard } from './card.js';
import { GPU_HOUR_NUMBER_FIELDS } from './gpu-hour.js';
import { Real, type RealValue, realInRange, toDecimal, wholeNumber } from './real.js';

/** The token mix a comparison is made on: a share of input tokens, or a whole usage record. */
export type TokenMix = { readonly inputShare: DecimalInput } | { readonly usage: Usage };

/** A provider's gross margin over a cost card, for a token mix. */
export interface ImpliedMargin {
  /** `1 - cost / price`, rounded to `decimals` places; negative when the price is below cost. */
  readonly margin: string;
  /** The list price of the mix: per 1M blended tokens (`inputShare`) or of the usage. */
  readonly price: Money;
  /** The cost of the same mix on the cost card. */
  readonly cost: Money;
}

/**
 * The gross margin a provider makes at its list price over a cost card, for a token mix: `inputShare`
 * blends the per-1M input and output rates (`'0.75'`: three input tokens for each output token), `usage`
 * prices a whole usage record on both cards with the estimator.
 *
 * @example
 * ```ts
 * import { getCard } from 'tokenomics';
 * import { catalog } from 'tokenomics/data';
 * import { bottomUpCard, impliedMargin } from 'tokenomics/infra';
 * const cost = bottomUpCard({ gpuHour: { rentPerHour: '2.50' }, utilization: '0.6',
 *   throughput: { model: 'llama-3.3-70b', hardware: 'h100-sxm', gpus: 2, precision: 'fp8', inputTokens: 1000, outputTokens: 250 } });
 * impliedMargin(getCard(catalog, 'together/meta-llama/Llama-3.3-70B-Instruct-Turbo'), cost, { inputShare: '0.8' }).margin;
 * ```
 */
export function impliedMargin(
  listCard: PriceCard,
  costCard: PriceCard,
  mix: TokenMix,
  options: { readonly decimals?: number } = {},
): ImpliedMargin {
  const price = priceOf(createPriceCard(listCard), mix);
  const cost = priceOf(createPriceCard(costCard), mix);
  if (price.currency !== cost.currency) {
    throw new CurrencyMismatchError(
      `Card ${describeValue(listCard.id)} is priced in ${price.currency} and ${describeValue(costCard.id)} in ${cost.currency}; convert one first.`,
      { currencies: [price.currency, cost.currency] as const },
    );
  }
  if (new Real(price.amount).isZero()) {
    throw new InvalidArgumentError(
      `Card ${describeValue(listCard.id)} prices this mix at 0, so it has no margin to speak of.`,
      { argument: 'listCard', value: listCard.id },
    );
  }
  const decimals = wholeNumber(options.decimals ?? 6, 'decimals', 20);
  const margin = new Real(1).minus(new Real(cost.amount).div(price.amount));
  return Object.freeze({ margin: toDecimal(margin, decimals), price, cost });
}

/** Where a list price covers cost. */
export interface BreakEven {
  /** The utilization at which cost equals the list price, rounded to `decimals` places. */
  readonly utilization: string;
  /** False when that utilization is above 1: the price is below cost even with no idle time. */
  readonly reachable: boolean;
}

/**
 * The utilization at which a list price equals bottom-up cost (no margin) for a token mix. Cost falls as
 * 1/utilization, so break-even is the cost at full utilization over the price.
 *
 * @example
 * ```ts
 * import { breakEvenUtilization } from 'tokenomics/infra';
 * breakEvenUtilization(listCard, {
 *   gpuHour: { rentPerHour: '2.50' },
 *   throughput: { model: 'llama-3.3-70b', hardware: 'h100-sxm', gpus: 2, precision: 'fp8', inputTokens: 1000, outputTokens: 250 },
 * }, { inputShare: '0.8' }); // { utilization: '0.5', reachable: true } when cost at 100% is half the price
 * ```
 */
export function breakEvenUtilization(
  listCard: PriceCard,
  inputs: Omit<BottomUpInputs, 'utilization' | 'grossMargin'>,
  mix: TokenMix,
  options: { readonly decimals?: number } = {},
): BreakEven {
  // Cost at full utilization, with enough places that rounding does not move the answer.
  const full = bottomUpCard({ ...inputs, utilization: '1', grossMargin: '0', rateDecimals: 12 });
  const { margin } = impliedMargin(listCard, full, mix, { decimals: 20 });
  const utilization = new Real(1).minus(margin);
  return Object.freeze({
    utilization: toDecimal(utilization, wholeNumber(options.decimals ?? 6, 'decimals', 20)),
    reachable: utilization.lte(1),
  });
}

/**
 * One row of a sensitivity table: the rates at a value, or, where the hardware cannot serve it (a per-user
 * speed out of reach, weights that do not fit), why not. A point out of reach does not abort the sweep.
 */
export interface SensitivityRow {
  readonly value: DecimalInput;
  /** The card's input rate at the value; absent when `unavailable`. */
  readonly inputPerMillion?: string;
  /** The card's output rate at the value; absent when `unavailable`. */
  readonly outputPerMillion?: string;
  /** Why the value cannot be served (the `CapacityError` message); absent when the rates are there. */
  readonly unavailable?: string;
}

/**
 * Rebuilds a bottom-up card for each value of one parameter and returns its input and output rates: for a
 * chart of cost against utilization, GPU price, electricity, concurrency... `parameter` names a field of
 * the inputs (`utilization`, `grossMargin`), of `gpuHour` (when given as options) or of `throughput` (when
 * given as options or measurements).
 *
 * @example
 * ```ts
 * import { sensitivity } from 'tokenomics/infra';
 * const rows = sensitivity(inputs, 'utilization', ['0.2', '0.4', '0.6', '0.8', '1']);
 * rows[0]; // { value: '0.2', inputPerMillion: '...', outputPerMillion: '...' }
 * ```
 */
export function sensitivity(
  inputs: BottomUpInputs,
  parameter: string,
  values: readonly DecimalInput[],
): SensitivityRow[] {
  if (!Array.isArray(values) || values.length === 0) {
    throw new InvalidArgumentError(
      `values is ${describeValue(values)}; pass a non-empty array of parameter values.`,
      { argument: 'values', value: values },
    );
  }
  if (!isRecord(inputs) || !isRecord(inputs.gpuHour) || !isRecord(inputs.throughput)) {
    throw new InvalidArgumentError(
      `sensitivity needs bottomUpCard inputs with gpuHour and throughput objects, not ${describeValue(inputs)}.`,
      { argument: 'inputs', value: inputs },
    );
  }
  if (typeof parameter !== 'string') {
    throw new InvalidArgumentError(
      `parameter is ${describeValue(parameter)}; name the input to vary, e.g. 'utilization'.`,
      {
        argument: 'parameter',
        value: parameter,
      },
    );
  }
  const place = locate(inputs, parameter);
  return values.map((value): SensitivityRow => {
    let card: PriceCard;
    try {
      card = bottomUpCard(place(value));
    } catch (error) {
      if (isTokenomicsError(error, 'CAPACITY_EXCEEDED'))
        return Object.freeze({ value, unavailable: error.message });
      throw error;
    }
    return Object.freeze({
      value,
      inputPerMillion: card.inputPerMillion,
      outputPerMillion: card.outputPerMillion,
    });
  });
}

/** A function that puts a value for `parameter` in the right place of the inputs. */
function locate(inputs: BottomUpInputs, parameter: string): (value: DecimalInput) => BottomUpInputs {
  if (
    parameter === 'utilization' ||
    parameter === 'grossMargin' ||
    parameter === 'rateDecimals' ||
    parameter === 'cacheReadShare'
  ) {
    return (value) => ({ ...inputs, [parameter]: value });
  }
  const gpuHour = inputs.gpuHour as unknown as Record<string, unknown>;
  const isCost = 'perHour' in gpuHour && 'parts' in gpuHour;
  if (!isCost && GPU_HOUR_NUMBER_FIELDS.has(parameter)) {
    return (value) => ({
      ...inputs,
      gpuHour: { ...gpuHour, [parameter]: value } as unknown as BottomUpInputs['gpuHour'],
    });
  }
  const throughput = inputs.throughput as unknown as Record<string, unknown>;
  const isEstimate = 'assumptions' in throughput;
  const numeric = NUMERIC_THROUGHPUT_FIELDS.has(parameter);
  if (!isEstimate && (THROUGHPUT_FIELDS.has(parameter) || numeric)) {
    return (value) => ({
      ...inputs,
      throughput: {
        ...throughput,
        [parameter]: numeric && 'model' in throughput ? strictNumber(value, parameter) : value,
      } as unknown as BottomUpInputs['throughput'],
    });
  }
  throw new InvalidArgumentError(
    `No input named ${describeValue(parameter)} can vary here: use utilization, grossMargin, a gpuHour option (when gpuHour is options) or a throughput option (when throughput is options or measurements).`,
    { argument: 'parameter', value: parameter },
  );
}

/** A number given as a number or a plain decimal string (`'0x10'`, `'1e3'`-style surprises are refused). */
function strictNumber(value: DecimalInput, parameter: string): number {
  if (typeof value === 'number') return value;
  const parsed = typeof value === 'string' && /^\d+(\.\d+)?$/.test(value) ? parseDecimal(value) : undefined;
  if (parsed === undefined) {
    throw new InvalidArgumentError(
      `${parameter} value ${describeValue(value)} is not a plain decimal number; pass a number or a string such as "32".`,
      { argument: parameter, value },
    );
  }
  return Number(toCanonical(parsed));
}

const NUMERIC_THROUGHPUT_FIELDS = new Set([
  'gpus',
  'inputTokens',
  'outputTokens',
  'concurrency',
  'tokensPerSecondPerUser',
  'memoryFraction',
  'maxBatch',
]);
const THROUGHPUT_FIELDS = new Set([
  'prefillTokensPerSecondPerGpu',
  'decodeTokensPerSecondPerGpu',
  'precision',
  'hardware',
  'model',
  'kvCachePrecision',
  'attention',
]);

/** The price of a mix on a card: blended per 1M tokens, or the estimator's total for a usage. */
function priceOf(card: PriceCard, mix: TokenMix): Money {
  if (typeof mix !== 'object' || mix === null || (!('inputShare' in mix) && !('usage' in mix))) {
    throw new InvalidArgumentError(
      `The token mix is ${describeValue(mix)}; pass { inputShare: '0.75' } or { usage: { inputTokens, outputTokens } }.`,
      { argument: 'mix', value: mix },
    );
  }
  if ('usage' in mix) return estimateCost(mix.usage, card).total;
  const share: RealValue = realInRange(mix.inputShare, 'inputShare', {
    min: 0,
    max: 1,
    hint: "it is the fraction of tokens that are input, in [0, 1]; '0.75' means three input tokens per output token.",
  });
  const blended = share
    .times(card.inputPerMillion)
    .plus(new Real(1).minus(share).times(card.outputPerMillion));
  return money(blended.toFixed(), card.currency);
}
