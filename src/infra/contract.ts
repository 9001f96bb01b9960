/**
 * Multi-year compute contracts: the accelerator-hour a deal implies, ready to price tokens like any rented
 * hour.
 *
 * @module
 */

import { InvalidArgumentError } from '../errors.js';
import { isRecord, requireOptions } from '../internal/checks.js';
import { describeValue } from '../internal/describe.js';
import { deepFreeze } from '../internal/freeze.js';
import type { DecimalInput } from '../money/decimal.js';
import { type Money, money, requireCurrency } from '../money/money.js';
import { type GpuHourCost, gpuHourCost } from './gpu-hour.js';
import { HOURS_PER_YEAR, Real, realInRange, toDecimal, wholeNumber } from './real.js';

/** A compute deal: its value, its term, and what it buys (accelerators for the term, or accelerator-hours). */
export interface ContractRateInput {
  /** The contract's value, in `currency`. Exclusive with `totalUSD`. */
  readonly total?: DecimalInput;
  /** The contract's value in US dollars (the same as `total` with `currency: 'USD'`). */
  readonly totalUSD?: DecimalInput;
  /** Currency of `total`; default USD. */
  readonly currency?: string;
  /** The term in years. */
  readonly years: DecimalInput;
  /** Accelerators reserved for the whole term. Exclusive with `gpuHours`. */
  readonly accelerators?: DecimalInput;
  /** Accelerator-hours the deal buys, when it is sold that way. Exclusive with `accelerators`. */
  readonly gpuHours?: DecimalInput;
  /** Decimal places of the hourly rate (half-even). Default 6. */
  readonly decimals?: number;
}

/** The rate a compute deal implies. */
export interface ContractRate {
  /** The implied price of one accelerator-hour: `total / gpuHours`. */
  readonly perAcceleratorHour: Money;
  /** The same per accelerator-year (8,760 hours), at the rounded hourly rate. */
  readonly perAcceleratorYear: Money;
  /** Accelerator-hours the deal buys: `accelerators x years x 8,760`, or as given. */
  readonly gpuHours: string;
  /** Accelerators the deal is equivalent to over its term: `gpuHours / (years x 8,760)`. */
  readonly accelerators: string;
  /** The hourly rate as a rented accelerator-hour: pass it as `gpuHour` to `bottomUpCard` or `capacityPlan`. */
  readonly gpuHour: GpuHourCost;
}

/**
 * The accelerator-hour price a multi-year compute contract implies: its value over the accelerator-hours it
 * buys. Reported deals often name a value, a term and a capacity; the result's `gpuHour` prices tokens
 * like any rented hour (the provider's own costs are inside the rate).
 *
 * @example
 * ```ts
 * import { bottomUpCard, contractRate } from 'tokenomics/infra';
 * // $10 billion over 5 years for 100,000 accelerators
 * const deal = contractRate({ totalUSD: '10000000000', years: 5, accelerators: 100000 });
 * deal.perAcceleratorHour; // { amount: '2.283105', currency: 'USD' }
 * const card = bottomUpCard({ gpuHour: deal.gpuHour, utilization: '0.7',
 *   throughput: { model: 'deepseek-r1', hardware: 'gb200', gpus: 4, precision: 'fp4', inputTokens: 2000, outputTokens: 500 } });
 * ```
 */
export function contractRate(input: ContractRateInput): ContractRate {
  if (!isRecord(input)) {
    throw new InvalidArgumentError(
      `contractRate needs { totalUSD, years, accelerators } (or gpuHours), not ${describeValue(input)}.`,
      { argument: 'input', value: input },
    );
  }
  requireOptions(input, FIELDS, 'contractRate');
  if ((input.total === undefined) === (input.totalUSD === undefined)) {
    throw new InvalidArgumentError(
      input.total === undefined
        ? "Pass the contract's value: totalUSD, or total with its currency."
        : 'Pass total (with currency) or totalUSD, not both.',
      { argument: 'total', value: input.total },
    );
  }
  if (input.totalUSD !== undefined && input.currency !== undefined && input.currency !== 'USD') {
    throw new InvalidArgumentError(
      `totalUSD is in US dollars, but currency is ${describeValue(input.currency)}; pass total for another currency.`,
      { argument: 'currency', value: input.currency },
    );
  }
  const currency = requireCurrency(input.currency ?? 'USD');
  const totalName = input.total === undefined ? 'totalUSD' : 'total';
  const total = realInRange(input.total ?? input.totalUSD, totalName, {
    min: 0,
    minOpen: true,
    hint: "it is the contract's value, a positive amount such as '10000000000'.",
  });
  const years = realInRange(input.years, 'years', {
    min: 0,
    minOpen: true,
    max: 100,
    hint: 'it is the term in years, above 0 and at most 100.',
  });
  if ((input.accelerators === undefined) === (input.gpuHours === undefined)) {
    throw new InvalidArgumentError(
      input.accelerators === undefined
        ? 'Pass what the contract buys: accelerators (reserved for the term) or gpuHours.'
        : 'Pass accelerators or gpuHours, not both.',
      { argument: 'accelerators', value: input.accelerators },
    );
  }
  const hours =
    input.gpuHours !== undefined
      ? realInRange(input.gpuHours, 'gpuHours', {
          min: 0,
          minOpen: true,
          hint: 'it is the accelerator-hours the contract buys, a positive number.',
        })
      : realInRange(input.accelerators, 'accelerators', {
          min: 0,
          minOpen: true,
          hint: 'it is the number of accelerators reserved for the term, a positive number.',
        })
          .times(years)
          .times(HOURS_PER_YEAR);
  const decimals = wholeNumber(input.decimals ?? 6, 'decimals', 20);
  const perHour = toDecimal(total.div(hours), decimals);
  return deepFreeze<ContractRate>({
    perAcceleratorHour: money(perHour, currency),
    perAcceleratorYear: money(new Real(perHour).times(HOURS_PER_YEAR).toFixed(), currency),
    gpuHours: hours.toFixed(),
    accelerators: toDecimal(hours.div(years).div(HOURS_PER_YEAR), 6),
    gpuHour: gpuHourCost({ rentPerHour: perHour, currency, decimals }),
  });
}

const FIELDS = ['total', 'totalUSD', 'currency', 'years', 'accelerators', 'gpuHours', 'decimals'];
