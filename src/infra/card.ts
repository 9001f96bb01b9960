/**
 * From an accelerator-hour and a throughput to a price card: phase-time allocation of GPU time to input
 * (prefill) and output (decode) tokens, divided by utilization, marked up by a gross margin.
 *
 * @module
 */

import { createPriceCard } from '../cards/card.js';
import type { PriceCard } from '../cards/types.js';
import { InvalidArgumentError, isTokenomicsError } from '../errors.js';
import { isRecord, own, requireOptions } from '../internal/checks.js';
import { describeValue } from '../internal/describe.js';
import { type DecimalInput, parseDecimal, toCanonical } from '../money/decimal.js';
import { requireCurrency } from '../money/money.js';
import { type GpuHourCost, type GpuHourOptions, gpuHourCost } from './gpu-hour.js';
import { fromNumber, Real, type RealValue, realInRange, toDecimal, wholeNumber } from './real.js';
import { estimateThroughput, type Throughput, type ThroughputInput } from './throughput.js';

/** Throughput you measured yourself (the same field names as an estimate). */
export interface MeasuredThroughput {
  readonly prefillTokensPerSecondPerGpu: DecimalInput;
  readonly decodeTokensPerSecondPerGpu: DecimalInput;
}

/** Inputs of {@link bottomUpCard}. */
export interface BottomUpInputs {
  /** The card's id; default `<model>@<hardware>` when the throughput was estimated, else `'bottom-up'`. */
  readonly id?: string;
  /** The card's provider; default `'bottom-up'`. */
  readonly provider?: string;
  /** The accelerator-hour: options for `gpuHourCost`, or its result. */
  readonly gpuHour: GpuHourOptions | GpuHourCost;
  /** The throughput: options for `estimateThroughput`, its result, or measured rates. */
  readonly throughput: ThroughputInput | Throughput | MeasuredThroughput;
  /** Share of paid accelerator time spent serving, in (0, 1]. */
  readonly utilization: DecimalInput;
  /** Gross margin on top of cost, in [0, 1): price = cost / (1 - margin). Default 0 (the card is cost). */
  readonly grossMargin?: DecimalInput;
  /** Decimal places of the card's rates (half-even). Default 6. */
  readonly rateDecimals?: number;
  /**
   * An assumption for a cache-read rate: what a cached input token costs as a share of an uncached one,
   * in [0, 1]. A cache hit skips the token's prefill; what remains is holding its KV cache and reading it
   * back, which engines and providers put at 0.1-0.25 of the prefill (providers charge 10-25% of input).
   * The card's `cacheReadPerMillion` is `inputPerMillion x cacheReadShare`. Absent: the card has no
   * cache-read rate (cached tokens are then unpriced, not free).
   */
  readonly cacheReadShare?: DecimalInput;
}

/** One token kind's rate per 1M tokens, split by where the money goes; the parts sum to `total` exactly. */
export interface RateBreakdown {
  readonly total: string;
  readonly capital: string;
  readonly facility: string;
  readonly energy: string;
  readonly operations: string;
  readonly rent: string;
  readonly margin: string;
  /** Accelerator-seconds one token takes (at full utilization). */
  readonly gpuSecondsPerToken: string;
  /** Wall energy per token in joules, including idle time; absent when the power is unknown (rented). */
  readonly energyJoulesPerToken?: string;
}

/** What a bottom-up card's rates are made of, per 1M tokens. */
export interface CardExplanation {
  readonly currency: string;
  readonly input: RateBreakdown;
  readonly output: RateBreakdown;
  readonly utilization: string;
  readonly grossMargin: string;
}

const PART_NAMES = ['capital', 'facility', 'energy', 'operations', 'rent'] as const;

/**
 * Builds a price card from infrastructure. GPU-seconds per input token = 1 / prefill rate, per output
 * token = 1 / decode rate (so input and output parts add up to the whole bill); cost per 1M =
 * GPU-hour / 3600 x GPU-seconds x 10^6 / utilization; price = cost / (1 - grossMargin). `source`
 * records every assumption, so {@link explainCard} can take the card apart again.
 *
 * @example
 * ```ts
 * import { estimateCost } from 'tokenomics';
 * import { bottomUpCard } from 'tokenomics/infra';
 * const card = bottomUpCard({
 *   gpuHour: { rentPerHour: '2.50' },
 *   throughput: { model: 'llama-3.3-70b', hardware: 'h100-sxm', gpus: 2, precision: 'fp8',
 *                 inputTokens: 1000, outputTokens: 250, tokensPerSecondPerUser: 30 },
 *   utilization: '0.6',
 * });
 * card.inputPerMillion; card.outputPerMillion; // $/1M, as decimal strings
 * estimateCost({ inputTokens: 1000, outputTokens: 250 }, card).total;
 * ```
 */
export function bottomUpCard(inputs: BottomUpInputs): PriceCard {
  if (typeof inputs !== 'object' || inputs === null) {
    throw new InvalidArgumentError(
      `bottomUpCard needs { gpuHour, throughput, utilization }, not ${describeValue(inputs)}.`,
      { argument: 'inputs', value: inputs },
    );
  }
  requireOptions(inputs, INPUT_FIELDS, 'bottomUpCard');
  const gpuHour = isGpuHourCost(inputs.gpuHour)
    ? checkedGpuHour(inputs.gpuHour)
    : gpuHourCost(inputs.gpuHour);
  const throughput = resolveThroughput(inputs.throughput);
  const utilization = realInRange(inputs.utilization, 'utilization', {
    min: 0,
    max: 1,
    minOpen: true,
    hint: "it is the share of paid time spent serving, in (0, 1]; e.g. '0.6'.",
  });
  const grossMargin = realInRange(inputs.grossMargin ?? 0, 'grossMargin', {
    min: 0,
    max: 1,
    maxOpen: true,
    hint: "it is a fraction of the price in [0, 1); '0.4' means cost is 60% of the price.",
  });
  const rateDecimals = wholeNumber(inputs.rateDecimals ?? 6, 'rateDecimals', 12);
  const cacheReadShare =
    inputs.cacheReadShare === undefined
      ? undefined
      : realInRange(inputs.cacheReadShare, 'cacheReadShare', {
          min: 0,
          max: 1,
          hint: "it is a cached input token's cost as a share of an uncached one, in [0, 1]; e.g. '0.1'.",
        });
  const assumptions = {
    gpuHour: {
      mode: gpuHour.mode,
      perHour: gpuHour.perHour.amount,
      parts: partAmounts(gpuHour),
      inputs: gpuHour.assumptions,
    },
    ...(gpuHour.wallWatts === undefined ? {} : { wallWattsPerGpu: gpuHour.wallWatts }),
    prefillTokensPerSecondPerGpu: throughput.prefill.toFixed(),
    decodeTokensPerSecondPerGpu: throughput.decode.toFixed(),
    utilization: utilization.toFixed(),
    grossMargin: grossMargin.toFixed(),
    rateDecimals,
    ...(cacheReadShare === undefined ? {} : { cacheReadShare: cacheReadShare.toFixed() }),
    ...(throughput.estimate === undefined ? {} : { throughput: summarize(throughput.estimate) }),
  };
  const explanation = explain(assumptions, gpuHour.perHour.currency);
  const model = throughput.estimate?.assumptions;
  return createPriceCard({
    id: inputs.id ?? (model === undefined ? 'bottom-up' : `${model.model}@${model.hardware}`),
    provider: inputs.provider ?? 'bottom-up',
    currency: requireCurrency(gpuHour.perHour.currency),
    inputPerMillion: explanation.input.total,
    outputPerMillion: explanation.output.total,
    ...(cacheReadShare === undefined
      ? {}
      : {
          cacheReadPerMillion: toDecimal(cacheReadShare.times(explanation.input.total), rateDecimals),
        }),
    source: { kind: 'bottom-up', assumptions },
  });
}

/**
 * Takes a bottom-up card apart: per 1M input and output tokens, how much is capital, facility, energy,
 * operations, rent and margin (the parts sum to the card's rates exactly), the GPU-seconds per token,
 * and the wall energy per token when the power is known.
 *
 * @example
 * ```ts
 * import { bottomUpCard, explainCard } from 'tokenomics/infra';
 * const card = bottomUpCard({ gpuHour: { gpuPrice: '30000', hardware: 'h100-sxm' },
 *   throughput: { prefillTokensPerSecondPerGpu: 4000, decodeTokensPerSecondPerGpu: 1000 }, utilization: '0.6' });
 * const { output } = explainCard(card);
 * output.capital; output.energy; output.energyJoulesPerToken; // $/1M and J/token
 * ```
 */
export function explainCard(card: PriceCard): CardExplanation {
  const checked = createPriceCard(card);
  const source = checked.source;
  if (source?.kind !== 'bottom-up') {
    throw new InvalidArgumentError(
      `Card ${describeValue(checked.id)} was not made by bottomUpCard (its source is ${describeValue(source?.kind)}); only bottom-up cards carry a breakdown.`,
      { argument: 'card', value: checked.id },
    );
  }
  const explanation = explain(storedAssumptions(checked.id, source.assumptions), checked.currency);
  if (
    explanation.input.total !== checked.inputPerMillion ||
    explanation.output.total !== checked.outputPerMillion
  ) {
    throw new InvalidArgumentError(
      `Card ${describeValue(checked.id)} no longer matches its assumptions (its rates were changed after bottomUpCard made it); rebuild it instead of editing it.`,
      { argument: 'card', value: checked.id },
    );
  }
  return explanation;
}

/** Reads the assumptions explain needs from a card's source, checking each (they may have been edited). */
function storedAssumptions(
  cardId: string,
  assumptions: Readonly<Record<string, unknown>>,
): StoredAssumptions {
  const bad = (field: string, value: unknown, fix: string): never => {
    throw new InvalidArgumentError(
      `Card ${describeValue(cardId)} has assumption ${field} = ${describeValue(value)}; ${fix} Rebuild it with bottomUpCard.`,
      { argument: `source.assumptions.${field}`, value },
    );
  };
  const decimal = (field: string, value: unknown, positive: boolean): string => {
    const parsed = typeof value === 'string' ? parseDecimal(value) : undefined;
    if (parsed === undefined || parsed.units < 0n || (positive && parsed.units === 0n)) {
      return bad(field, value, `it must be a ${positive ? 'positive' : 'non-negative'} decimal string.`);
    }
    return value as string;
  };
  const gpuHour = own(assumptions, 'gpuHour');
  const parts = isRecord(gpuHour) ? own(gpuHour, 'parts') : undefined;
  if (!isRecord(parts)) return bad('gpuHour.parts', parts, 'it must hold the accelerator-hour parts.');
  const readParts = Object.fromEntries(
    PART_NAMES.map((name) => [name, decimal(`gpuHour.parts.${name}`, own(parts, name), false)]),
  ) as Record<(typeof PART_NAMES)[number], string>;
  const utilization = decimal('utilization', own(assumptions, 'utilization'), true);
  if (new Real(utilization).gt(1)) bad('utilization', utilization, 'it must be in (0, 1].');
  const grossMargin = decimal('grossMargin', own(assumptions, 'grossMargin'), false);
  if (new Real(grossMargin).gte(1)) bad('grossMargin', grossMargin, 'it must be in [0, 1).');
  const rateDecimals = own(assumptions, 'rateDecimals');
  if (
    typeof rateDecimals !== 'number' ||
    !Number.isInteger(rateDecimals) ||
    rateDecimals < 0 ||
    rateDecimals > 12
  ) {
    bad('rateDecimals', rateDecimals, 'it must be a whole number from 0 to 12.');
  }
  const watts = own(assumptions, 'wallWattsPerGpu');
  return {
    gpuHour: { parts: readParts },
    ...(watts === undefined ? {} : { wallWattsPerGpu: decimal('wallWattsPerGpu', watts, true) }),
    prefillTokensPerSecondPerGpu: decimal(
      'prefillTokensPerSecondPerGpu',
      own(assumptions, 'prefillTokensPerSecondPerGpu'),
      true,
    ),
    decodeTokensPerSecondPerGpu: decimal(
      'decodeTokensPerSecondPerGpu',
      own(assumptions, 'decodeTokensPerSecondPerGpu'),
      true,
    ),
    utilization,
    grossMargin,
    rateDecimals: rateDecimals as number,
  };
}

/** The assumptions a bottom-up card stores (the part {@link explain} reads). */
interface StoredAssumptions {
  readonly gpuHour: { readonly parts: Readonly<Record<(typeof PART_NAMES)[number], string>> };
  readonly wallWattsPerGpu?: string;
  readonly prefillTokensPerSecondPerGpu: string;
  readonly decodeTokensPerSecondPerGpu: string;
  readonly utilization: string;
  readonly grossMargin: string;
  readonly rateDecimals: number;
}

/** Per-1M rates from stored assumptions: each part rounded, the total their exact sum. */
function explain(assumptions: StoredAssumptions, currency: string): CardExplanation {
  const utilization = new Real(assumptions.utilization);
  const margin = new Real(assumptions.grossMargin);
  const places = assumptions.rateDecimals;
  const rate = (tokensPerSecond: string): RateBreakdown => {
    const gpuSeconds = new Real(1).div(tokensPerSecond);
    // $/h -> $/s, x seconds per token, x 10^6 tokens, / utilization (idle time is paid for too).
    const perMillion = (perHour: RealValue) =>
      perHour.div(3600).times(gpuSeconds).times(1e6).div(utilization);
    const parts = Object.fromEntries(
      PART_NAMES.map((name) => [
        name,
        toDecimal(perMillion(new Real(assumptions.gpuHour.parts[name])), places),
      ]),
    ) as Record<(typeof PART_NAMES)[number], string>;
    const cost = PART_NAMES.reduce((sum, name) => sum.plus(parts[name]), new Real(0));
    const price = new Real(toDecimal(cost.div(new Real(1).minus(margin)), places));
    const watts = assumptions.wallWattsPerGpu;
    return {
      total: price.toFixed(),
      ...parts,
      margin: price.minus(cost).toFixed(),
      gpuSecondsPerToken: toDecimal(gpuSeconds, 12),
      ...(watts === undefined
        ? {}
        : { energyJoulesPerToken: toDecimal(gpuSeconds.times(watts).div(utilization), 6) }),
    };
  };
  return {
    currency,
    input: rate(assumptions.prefillTokensPerSecondPerGpu),
    output: rate(assumptions.decodeTokensPerSecondPerGpu),
    utilization: utilization.toFixed(),
    grossMargin: margin.toFixed(),
  };
}

/** Phase rates from an estimate, an estimate's inputs, or measurements. */
export function resolveThroughput(throughput: BottomUpInputs['throughput']): {
  prefill: RealValue;
  decode: RealValue;
  estimate?: Throughput;
} {
  if (typeof throughput !== 'object' || throughput === null) {
    throw new InvalidArgumentError(
      `throughput is ${describeValue(throughput)}; pass estimateThroughput options, its result, or { prefillTokensPerSecondPerGpu, decodeTokensPerSecondPerGpu }.`,
      { argument: 'throughput', value: throughput },
    );
  }
  const estimate =
    'model' in throughput
      ? estimateThroughput(throughput)
      : 'assumptions' in throughput
        ? throughput
        : undefined;
  const source = estimate ?? (throughput as MeasuredThroughput);
  const rate = (value: DecimalInput, name: string) =>
    realInRange(typeof value === 'number' ? fromNumber(value, name).toFixed() : value, name, {
      min: 0,
      minOpen: true,
      hint: 'a throughput must be a positive number of tokens per second per accelerator.',
    });
  return {
    prefill: rate(source.prefillTokensPerSecondPerGpu, 'prefillTokensPerSecondPerGpu'),
    decode: rate(source.decodeTokensPerSecondPerGpu, 'decodeTokensPerSecondPerGpu'),
    ...(estimate === undefined ? {} : { estimate }),
  };
}

function isGpuHourCost(value: unknown): value is GpuHourCost {
  return typeof value === 'object' && value !== null && 'perHour' in value && 'parts' in value;
}

/** A `gpuHourCost` result given back to us: its parts must be money in one currency summing to `perHour`. */
function checkedGpuHour(cost: GpuHourCost): GpuHourCost {
  const bad = (): never => {
    throw new InvalidArgumentError(
      'gpuHour looks like a gpuHourCost result but its parts are not money amounts of one currency, at least 0, summing to perHour; pass gpuHourCost(...) unchanged or its options.',
      { argument: 'gpuHour', value: cost },
    );
  };
  const parts = own(cost, 'parts');
  const perHour = own(cost, 'perHour');
  if (!isRecord(parts) || !isRecord(perHour)) return bad();
  try {
    const currency = requireCurrency(own(perHour, 'currency'));
    const amounts = PART_NAMES.map((name) => {
      const part = own(parts, name);
      if (!isRecord(part) || own(part, 'currency') !== currency) bad();
      const amount = parseDecimal(own(part as object, 'amount'));
      if (amount === undefined || amount.units < 0n) bad();
      return own(part as object, 'amount') as string;
    });
    const total = amounts.reduce((sum, amount) => sum.plus(amount), new Real(0));
    const stated = parseDecimal(own(perHour, 'amount'));
    if (stated === undefined || !total.eq(toCanonical(stated))) bad();
  } catch (error) {
    if (isTokenomicsError(error, 'INVALID_ARGUMENT')) throw error;
    bad();
  }
  return cost;
}

const INPUT_FIELDS = [
  'id',
  'provider',
  'gpuHour',
  'throughput',
  'utilization',
  'grossMargin',
  'rateDecimals',
  'cacheReadShare',
];

function partAmounts(cost: GpuHourCost): Record<(typeof PART_NAMES)[number], string> {
  return Object.fromEntries(PART_NAMES.map((name) => [name, cost.parts[name].amount])) as Record<
    (typeof PART_NAMES)[number],
    string
  >;
}

/** The estimate's figures worth keeping on a card (JSON data). */
function summarize(estimate: Throughput): Record<string, unknown> {
  return {
    ...estimate.assumptions,
    batch: estimate.batch,
    maxBatch: estimate.maxBatch,
    tokensPerSecondPerUser: estimate.tokensPerSecondPerUser,
    bound: estimate.bound,
    inputTokensPerSecondPerGpu: estimate.inputTokensPerSecondPerGpu,
    outputTokensPerSecondPerGpu: estimate.outputTokensPerSecondPerGpu,
  };
}
