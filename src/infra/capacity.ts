/**
 * Site capacity: from megawatts (or a count of accelerators) to the tokens a site serves a day, what it costs
 * a year by component, its cost per 1M tokens and, given list prices, its revenue, margin and payback.
 *
 * @module
 */

import type { PriceCard } from '../cards/types.js';
import { OWNED_DEFAULTS } from '../data/owned-defaults.js';
import { CurrencyMismatchError, InvalidArgumentError } from '../errors.js';
import { isRecord, requireOptions } from '../internal/checks.js';
import { describeValue } from '../internal/describe.js';
import { deepFreeze } from '../internal/freeze.js';
import type { DecimalInput } from '../money/decimal.js';
import { type Money, money } from '../money/money.js';
import { bottomUpCard } from './card.js';
import { type GpuHourCost, type GpuHourOptions, gpuHourCost } from './gpu-hour.js';
import { fromNumber, HOURS_PER_YEAR, Real, type RealValue, realInRange, toDecimal } from './real.js';
import { resolveHardware } from './specs.js';
import { estimateThroughput, type Throughput, type ThroughputInput } from './throughput.js';
import type { HardwareSpec } from './types.js';

/** The workload a site serves: `estimateThroughput` options without the hardware (the site's). */
export type CapacityWorkload = Omit<ThroughputInput, 'hardware'>;

/** List prices to earn revenue at, per 1M tokens (a price card has these fields). */
export interface CapacityPrices {
  readonly inputPerMillion: DecimalInput;
  readonly outputPerMillion: DecimalInput;
  /** Default: the cost's currency. */
  readonly currency?: string;
}

/** Inputs of {@link capacityPlan}. */
export interface CapacityPlanInput {
  /** The site's total power (IT plus cooling and losses), MW. Exclusive with `accelerators`. */
  readonly powerMW?: DecimalInput;
  /** Accelerators in the site, instead of its power. */
  readonly accelerators?: number;
  /** A preset id (`'gb200'`) or your own spec. */
  readonly hardware: string | HardwareSpec;
  /** Power usage effectiveness: facility power over IT power. Default 1.2 (`OWNED_DEFAULTS.pue`). */
  readonly pue?: DecimalInput;
  /** IT power per accelerator with its share of the host, kW. Default: the hardware's server figure. */
  readonly serverKwPerAccelerator?: DecimalInput;
  /** The model and request shape served (accelerators per copy in `gpus`). */
  readonly workload: CapacityWorkload;
  /** Share of the time the accelerators serve, in (0, 1]. */
  readonly utilization: DecimalInput;
  /**
   * What an accelerator-hour costs: `gpuHourCost` options or result, or a `contractRate(...).gpuHour`.
   * Default: owned, at the hardware preset's purchase price, with this plan's PUE and server power.
   */
  readonly gpuHour?: GpuHourOptions | GpuHourCost;
  /** List prices, for revenue, gross margin and payback. */
  readonly prices?: CapacityPrices | PriceCard;
  /** Decimal places of the cost card's rates. Default 6. */
  readonly rateDecimals?: number;
}

/** A year of a site's cost, by component; the parts sum to `total` exactly. */
export interface AnnualCost {
  readonly total: Money;
  readonly capital: Money;
  readonly facility: Money;
  readonly energy: Money;
  readonly operations: Money;
  readonly rent: Money;
  /** Owned mode: capital by what was bought (accelerators, servers, network, storage). */
  readonly capitalParts?: {
    readonly accelerator: Money;
    readonly server: Money;
    readonly network: Money;
    readonly storage: Money;
  };
}

/** What a site earns at list prices. */
export interface CapacityRevenue {
  /** A year's revenue: a year's tokens at the list prices. */
  readonly annual: Money;
  /** `1 - annual cost / revenue`, 6 places; negative when the prices do not cover cost; `null` at zero revenue. */
  readonly grossMargin: string | null;
  /**
   * Owned mode: years for the cash margin (revenue less energy, operations and any colocation rent) to
   * repay the up-front spend, 2 places; `null` when the cash margin is not positive. Absent when renting.
   */
  readonly paybackYears?: string | null;
}

/** A site's capacity and economics. */
export interface CapacityPlan {
  /** Accelerators serving, in whole model copies. */
  readonly accelerators: number;
  /** Copies of the model the site runs (`accelerators / workload.gpus`). */
  readonly modelCopies: number;
  /** IT power of the accelerators (with their hosts), MW. */
  readonly itPowerMW: string;
  /** Facility power (IT x PUE), MW. */
  readonly facilityPowerMW: string;
  /** Tokens served a day at the utilization, whole tokens. */
  readonly tokensPerDay: { readonly input: string; readonly output: string };
  /** A year's cost (8,760 hours of every accelerator, busy or not). */
  readonly annualCost: AnnualCost;
  /** Cost per 1M tokens (the cost card's rates): input and output split by the time each phase takes. */
  readonly costPerMillion: { readonly input: Money; readonly output: Money };
  /** The cost card itself (`bottomUpCard`), for `explainCard`, `impliedMargin` or any estimate. */
  readonly card: PriceCard;
  /** Owned mode: what the hardware (and, when building, the facility) costs up front. */
  readonly upfront?: Money;
  /** Given list prices: revenue, gross margin and payback. */
  readonly revenue?: CapacityRevenue;
  /** The throughput estimate per accelerator behind the figures. */
  readonly throughput: Throughput;
}

const SECONDS_PER_DAY = 86_400;
const PARTS = ['capital', 'facility', 'energy', 'operations', 'rent'] as const;

/**
 * Plans a site: accelerators = floor(IT power / server power per accelerator), in whole model copies, where
 * IT power = `powerMW / pue`; tokens a day = sustained tokens per second per accelerator (both phases
 * counted) x accelerators x utilization x 86,400; a year's cost = the accelerator-hour's parts x 8,760 x
 * accelerators; cost per 1M = the `bottomUpCard` rates. Given list prices: revenue = a year's tokens at
 * them, gross margin = 1 - cost / revenue, and (owned) payback = up-front spend / (revenue - energy -
 * operations - colocation rent).
 *
 * @example
 * ```ts
 * import { capacityPlan } from 'tokenomics/infra';
 * // 1 GW of GB200 NVL72 serving a DeepSeek-R1-class model, owned at the preset's rack price
 * const site = capacityPlan({
 *   powerMW: 1000, hardware: 'gb200', pue: '1.2', utilization: '0.7',
 *   workload: { model: 'deepseek-r1', gpus: 4, precision: 'fp4', inputTokens: 2000, outputTokens: 500 },
 *   prices: { inputPerMillion: '0.55', outputPerMillion: '2.19' },
 * });
 * site.accelerators;        // 462,960
 * site.tokensPerDay.output; // tokens a day
 * site.revenue?.paybackYears;
 * ```
 */
export function capacityPlan(input: CapacityPlanInput): CapacityPlan {
  if (!isRecord(input)) {
    throw new InvalidArgumentError(
      `capacityPlan needs { powerMW or accelerators, hardware, workload, utilization }, not ${describeValue(input)}.`,
      { argument: 'input', value: input },
    );
  }
  requireOptions(input, FIELDS, 'capacityPlan');
  const hardware = resolveHardware(input.hardware);
  if (!isRecord(input.workload)) {
    throw new InvalidArgumentError(
      `workload is ${describeValue(input.workload)}; pass { model, gpus, precision, inputTokens, outputTokens }.`,
      { argument: 'workload', value: input.workload },
    );
  }
  if ('hardware' in input.workload) {
    throw new InvalidArgumentError(
      "workload.hardware is set; the site's hardware is capacityPlan's own hardware option.",
      { argument: 'workload.hardware', value: (input.workload as { hardware?: unknown }).hardware },
    );
  }
  const throughput = estimateThroughput({ ...input.workload, hardware });
  const groupSize = throughput.assumptions.gpus;
  const pue = realInRange(input.pue ?? OWNED_DEFAULTS.pue?.value, 'pue', {
    min: 1,
    max: 5,
    hint: 'power usage effectiveness is facility over IT power, from 1 to 5 (1.2 typical).',
  });
  const serverKw = serverPower(input, hardware);
  let accelerators: number;
  if ((input.powerMW === undefined) === (input.accelerators === undefined)) {
    throw new InvalidArgumentError(
      input.powerMW === undefined
        ? "Pass the site's size: powerMW (total facility power) or accelerators."
        : 'Pass powerMW or accelerators, not both.',
      { argument: 'powerMW', value: input.powerMW },
    );
  }
  if (input.powerMW !== undefined) {
    const powerMW = realInRange(input.powerMW, 'powerMW', {
      min: 0,
      minOpen: true,
      max: 1_000_000,
      hint: "it is the site's total power in MW, above 0 (1 GW is 1000).",
    });
    const fit = powerMW.times(1000).div(pue).div(serverKw).floor();
    accelerators = Number(fit.div(groupSize).floor().times(groupSize).toFixed());
  } else {
    const count = input.accelerators;
    if (typeof count !== 'number' || !Number.isSafeInteger(count) || count < 1) {
      throw new InvalidArgumentError(
        `accelerators is ${describeValue(count)}; it must be a positive whole number.`,
        { argument: 'accelerators', value: count },
      );
    }
    accelerators = Math.floor(count / groupSize) * groupSize;
  }
  if (accelerators < groupSize) {
    throw new InvalidArgumentError(
      `The site holds fewer accelerators than one copy of the model needs (${groupSize}); give it more power or accelerators.`,
      {
        argument: input.powerMW === undefined ? 'accelerators' : 'powerMW',
        value: input.powerMW ?? input.accelerators,
      },
    );
  }
  const utilization = realInRange(input.utilization, 'utilization', {
    min: 0,
    max: 1,
    minOpen: true,
    hint: "it is the share of the time the accelerators serve, in (0, 1]; e.g. '0.7'.",
  });
  const gpuHour = resolveGpuHour(input.gpuHour, hardware, pue, serverKw);
  const currency = gpuHour.perHour.currency;
  const card = bottomUpCard({
    gpuHour,
    throughput,
    utilization: utilization.toFixed(),
    ...(input.rateDecimals === undefined ? {} : { rateDecimals: input.rateDecimals }),
  });

  const count = new Real(accelerators);
  const busySecondsPerDay = count.times(utilization).times(SECONDS_PER_DAY);
  const inputPerDay = fromNumber(throughput.inputTokensPerSecondPerGpu, 'input rate').times(
    busySecondsPerDay,
  );
  const outputPerDay = fromNumber(throughput.outputTokensPerSecondPerGpu, 'output rate').times(
    busySecondsPerDay,
  );
  const yearOf = (perHour: string) => money(count.times(perHour).times(HOURS_PER_YEAR).toFixed(), currency);
  const parts = Object.fromEntries(PARTS.map((name) => [name, yearOf(gpuHour.parts[name].amount)])) as Record<
    (typeof PARTS)[number],
    Money
  >;
  const annualTotal = PARTS.reduce((sum, name) => sum.plus(parts[name].amount), new Real(0));
  const annualCost: AnnualCost = {
    total: money(annualTotal.toFixed(), currency),
    ...parts,
    ...(gpuHour.capitalParts === undefined
      ? {}
      : {
          capitalParts: {
            accelerator: yearOf(gpuHour.capitalParts.accelerator.amount),
            server: yearOf(gpuHour.capitalParts.server.amount),
            network: yearOf(gpuHour.capitalParts.network.amount),
            storage: yearOf(gpuHour.capitalParts.storage.amount),
          },
        }),
  };
  const upfront =
    gpuHour.upfrontPerGpu === undefined
      ? undefined
      : money(count.times(gpuHour.upfrontPerGpu.amount).toFixed(), currency);
  const itKw = count.times(serverKw);
  return deepFreeze<CapacityPlan>({
    accelerators,
    modelCopies: accelerators / groupSize,
    itPowerMW: toDecimal(itKw.div(1000), 6),
    facilityPowerMW: toDecimal(itKw.times(pue).div(1000), 6),
    tokensPerDay: { input: inputPerDay.floor().toFixed(), output: outputPerDay.floor().toFixed() },
    annualCost,
    costPerMillion: {
      input: money(card.inputPerMillion, currency),
      output: money(card.outputPerMillion, currency),
    },
    card,
    ...(upfront === undefined ? {} : { upfront }),
    ...(input.prices === undefined
      ? {}
      : {
          revenue: revenueOf(input.prices, currency, {
            inputPerYear: inputPerDay.times(365),
            outputPerYear: outputPerDay.times(365),
            annualTotal,
            gpuHour,
            count,
            upfront,
          }),
        }),
    throughput,
  });
}

const FIELDS = [
  'powerMW',
  'accelerators',
  'hardware',
  'pue',
  'serverKwPerAccelerator',
  'workload',
  'utilization',
  'gpuHour',
  'prices',
  'rateDecimals',
];

function serverPower(input: CapacityPlanInput, hardware: HardwareSpec): RealValue {
  if (input.serverKwPerAccelerator !== undefined) {
    return realInRange(input.serverKwPerAccelerator, 'serverKwPerAccelerator', {
      min: 0,
      minOpen: true,
      max: 100,
      hint: 'it is the IT power per accelerator with its host share, in kW (1.8 for a GB200 NVL72 GPU).',
    });
  }
  if (hardware.serverKwPerAccelerator === undefined) {
    throw new InvalidArgumentError(
      `${hardware.id} has no published server power; pass serverKwPerAccelerator (IT kW per accelerator, host share included).`,
      { argument: 'serverKwPerAccelerator', value: undefined },
    );
  }
  return new Real(String(hardware.serverKwPerAccelerator));
}

/** The accelerator-hour: given, or owned with this site's hardware, PUE and server power filled in. */
function resolveGpuHour(
  given: CapacityPlanInput['gpuHour'],
  hardware: HardwareSpec,
  pue: RealValue,
  serverKw: RealValue,
): GpuHourCost {
  if (isRecord(given) && 'perHour' in given && 'parts' in given) return given as unknown as GpuHourCost;
  if (given !== undefined && !isRecord(given)) {
    throw new InvalidArgumentError(
      `gpuHour is ${describeValue(given)}; pass gpuHourCost options, its result, or contractRate(...).gpuHour.`,
      { argument: 'gpuHour', value: given },
    );
  }
  const options = (given ?? {}) as Record<string, unknown>;
  if ('rentPerHour' in options) return gpuHourCost(options as unknown as GpuHourOptions);
  if (
    options.pue !== undefined &&
    !realInRange(options.pue, 'gpuHour.pue', { min: 1, hint: 'it is at least 1.' }).eq(pue)
  ) {
    throw new InvalidArgumentError(
      `gpuHour.pue (${describeValue(options.pue)}) differs from the site's pue (${pue.toFixed()}); give it once.`,
      { argument: 'gpuHour.pue', value: options.pue },
    );
  }
  return gpuHourCost({
    hardware,
    ...(options.powerKw === undefined ? { powerKw: serverKw.toFixed() } : {}),
    ...options,
    pue: pue.toFixed(),
  } as GpuHourOptions);
}

function revenueOf(
  prices: CapacityPrices | PriceCard,
  currency: string,
  year: {
    inputPerYear: RealValue;
    outputPerYear: RealValue;
    annualTotal: RealValue;
    gpuHour: GpuHourCost;
    count: RealValue;
    upfront: Money | undefined;
  },
): CapacityRevenue {
  if (!isRecord(prices)) {
    throw new InvalidArgumentError(
      `prices is ${describeValue(prices)}; pass { inputPerMillion, outputPerMillion } or a price card.`,
      { argument: 'prices', value: prices },
    );
  }
  const priceCurrency = prices.currency ?? currency;
  if (priceCurrency !== currency) {
    throw new CurrencyMismatchError(
      `The list prices are in ${describeValue(priceCurrency)} and the costs in ${currency}; convert one first.`,
      { currencies: [String(priceCurrency), currency] as const },
    );
  }
  const rate = (value: unknown, name: string) =>
    realInRange(value, `prices.${name}`, { min: 0, hint: 'a price per 1M tokens cannot be negative.' });
  const revenue = year.inputPerYear
    .times(rate(prices.inputPerMillion, 'inputPerMillion'))
    .plus(year.outputPerYear.times(rate(prices.outputPerMillion, 'outputPerMillion')))
    .div(1e6);
  const annual = money(toDecimal(revenue, 2), currency);
  const grossMargin = revenue.isZero()
    ? null
    : toDecimal(new Real(1).minus(year.annualTotal.div(revenue)), 6);
  if (year.upfront === undefined) return { annual, grossMargin };
  // Cash costs: energy, operations and colocation rent (a built facility is in the up-front spend).
  const hourly = year.gpuHour.parts;
  const colocation = year.gpuHour.assumptions.colocationPerKwMonth !== undefined;
  const cashPerHour = new Real(hourly.energy.amount)
    .plus(hourly.operations.amount)
    .plus(colocation ? hourly.facility.amount : 0);
  const cash = revenue.minus(cashPerHour.times(HOURS_PER_YEAR).times(year.count));
  return {
    annual,
    grossMargin,
    paybackYears: cash.gt(0) ? toDecimal(new Real(year.upfront.amount).div(cash), 2) : null,
  };
}
