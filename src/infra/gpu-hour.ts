/**
 * What one accelerator-hour costs: rented (a rate, less any commitment discount) or owned (capital
 * recovered over the hardware's life at a cost of capital, the facility, energy, and operations).
 *
 * @module
 */

import { OWNED_DEFAULTS } from '../data/owned-defaults.js';
import { InvalidArgumentError } from '../errors.js';
import { requireOptions } from '../internal/checks.js';
import { describeValue } from '../internal/describe.js';
import { deepFreeze } from '../internal/freeze.js';
import type { DecimalInput } from '../money/decimal.js';
import { type Money, money, requireCurrency } from '../money/money.js';
import { HOURS_PER_YEAR, Real, type RealValue, realInRange, toDecimal, wholeNumber } from './real.js';
import { resolveHardware } from './specs.js';
import type { HardwareSpec } from './types.js';

/** A rented accelerator: the hourly rate, less a commitment discount. */
export interface RentedGpuHourOptions {
  /** Rate per accelerator-hour. */
  readonly rentPerHour: DecimalInput;
  /** Discount for a reserved term, as a fraction in [0, 1): `'0.3'` takes 30% off. Default 0. */
  readonly commitmentDiscount?: DecimalInput;
  readonly currency?: string;
  /** Decimal places of each part (half-even). Default 6. */
  readonly decimals?: number;
}

/**
 * An owned accelerator. Every option but the price has a default; see `OWNED_DEFAULTS` for their values,
 * sources and ranges. The hardware bill has four parts per accelerator, each recovered over `lifeYears`:
 * the accelerator, its share of the server, of the network and of storage.
 */
export interface OwnedGpuHourOptions {
  /** Purchase price of one accelerator. Default: the hardware preset's `purchase` price, when it has one. */
  readonly gpuPrice?: DecimalInput;
  /** Hardware preset or spec; supplies `powerKw` (its server's IT power per accelerator) and `gpuPrice`. */
  readonly hardware?: string | HardwareSpec;
  /** Host share per accelerator (CPUs, memory, chassis). Default `serverShare` x `gpuPrice` (0 when the price is a rack share). */
  readonly serverPerGpu?: DecimalInput;
  /** Scale-out network per accelerator (NICs, switches, optics). Default `networkShare` x `gpuPrice`. */
  readonly networkPerGpu?: DecimalInput;
  /** Storage per accelerator. Default `storageShare` x `gpuPrice`. */
  readonly storagePerGpu?: DecimalInput;
  /**
   * The older single multiplier: servers, network and storage as a multiple of the accelerator price
   * (1.3 adds 30%). Exclusive with the three parts above.
   */
  readonly clusterOverhead?: DecimalInput;
  /** Years over which the hardware is depreciated (3 to 6 in practice; hyperscalers moved from 4 to 6). */
  readonly lifeYears?: DecimalInput;
  /** Share of the hardware's cost recovered by selling it at the end of its life, in [0, 1). Default 0. */
  readonly residualValue?: DecimalInput;
  /** Annual cost of capital (e.g. `'0.1'`); 0 recovers the capital straight-line. Exclusive with the next three. */
  readonly costOfCapital?: DecimalInput;
  /** Share of the hardware financed by debt, in [0, 1]; with `costOfDebt` and `costOfEquity` sets the cost of capital. */
  readonly debtShare?: DecimalInput;
  /** Annual interest rate on the debt (GPU-backed loans). */
  readonly costOfDebt?: DecimalInput;
  /** Annual return the equity holders require. */
  readonly costOfEquity?: DecimalInput;
  /** IT power per accelerator including its host share, kW. Default: the hardware's server figure. */
  readonly powerKw?: DecimalInput;
  /** Power usage effectiveness: facility power over IT power. */
  readonly pue?: DecimalInput;
  /** Electricity price per kWh. */
  readonly electricityPerKwh?: DecimalInput;
  /** Average draw as a fraction of `powerKw`. */
  readonly dutyCycle?: DecimalInput;
  /** Data-centre build cost per watt of IT capacity (exclusive with `colocationPerKwMonth`). */
  readonly facilityPerWatt?: DecimalInput;
  /** Years over which the facility is recovered. */
  readonly facilityLifeYears?: DecimalInput;
  /** Colocation rent per kW of IT capacity per month, instead of building (energy billed apart). */
  readonly colocationPerKwMonth?: DecimalInput;
  /** Annual operations (staff, maintenance, spares) as a fraction of the hardware's up-front cost. */
  readonly opexShare?: DecimalInput;
  readonly currency?: string;
  /** Decimal places of each part (half-even). Default 6. */
  readonly decimals?: number;
}

/** Options of {@link gpuHourCost}: rented or owned. */
export type GpuHourOptions = RentedGpuHourOptions | OwnedGpuHourOptions;

/** The parts of an accelerator-hour; each is zero when its mode does not have it. */
export interface GpuHourParts {
  readonly capital: Money;
  readonly facility: Money;
  readonly energy: Money;
  readonly operations: Money;
  readonly rent: Money;
}

/** Owned mode's capital per hour by what was bought; the four sum to `parts.capital` exactly. */
export interface CapitalParts {
  readonly accelerator: Money;
  readonly server: Money;
  readonly network: Money;
  readonly storage: Money;
}

/** The cost of one accelerator-hour, its parts (which sum to it exactly), and the resolved inputs. */
export interface GpuHourCost {
  readonly mode: 'rented' | 'owned';
  readonly perHour: Money;
  readonly parts: GpuHourParts;
  /** Owned mode: the capital part by what was bought. */
  readonly capitalParts?: CapitalParts;
  /**
   * Owned mode: what one accelerator costs up front, hardware (all four parts) and, when building, its share
   * of the facility (`facilityPerWatt` x IT watts). The base of a payback period.
   */
  readonly upfrontPerGpu?: Money;
  /** Every input, defaults included, as canonical decimal strings. */
  readonly assumptions: Readonly<Record<string, string>>;
  /** Average wall power per accelerator in watts (IT power x duty cycle x PUE); absent when renting. */
  readonly wallWatts?: string;
}

/**
 * Prices one accelerator-hour. Rented: `rentPerHour x (1 - commitmentDiscount)`. Owned, per hour:
 *
 * - hardware H = gpuPrice + serverPerGpu + networkPerGpu + storagePerGpu (or gpuPrice x clusterOverhead)
 * - capital = (H - residualValue x H / (1+r)^lifeYears) x CRF(r, lifeYears) / 8760, each of the four parts
 *   in proportion, where CRF(r, n) = r(1+r)^n / ((1+r)^n - 1), or 1/n when r = 0, and
 *   r = costOfCapital, or debtShare x costOfDebt + (1 - debtShare) x costOfEquity
 * - facility = facilityPerWatt x powerKw x 1000 x CRF(r, facilityLifeYears) / 8760, or
 *   colocationPerKwMonth x powerKw x 12 / 8760
 * - energy = powerKw x dutyCycle x pue x electricityPerKwh
 * - operations = opexShare x H / 8760
 *
 * Each part is rounded to `decimals` places and `perHour` is their exact sum.
 *
 * @example
 * ```ts
 * import { gpuHourCost } from 'tokenomics/infra';
 * gpuHourCost({ rentPerHour: '2.50' }).perHour;                        // { amount: '2.5', currency: 'USD' }
 * gpuHourCost({ rentPerHour: '2.50', commitmentDiscount: '0.2' }).perHour.amount; // '2'
 * const owned = gpuHourCost({ gpuPrice: '30000', hardware: 'h100-sxm' });
 * owned.parts.capital.amount; // '1.404493' (30,000 x 1.3 over 4 years at 10%)
 * owned.perHour.amount;       // '1.904133' with facility, energy and operations
 * ```
 */
export function gpuHourCost(options: GpuHourOptions): GpuHourCost {
  if (typeof options !== 'object' || options === null) {
    throw new InvalidArgumentError(
      `gpuHourCost needs { rentPerHour } or { gpuPrice, ... }, not ${describeValue(options)}.`,
      { argument: 'options', value: options },
    );
  }
  const hasRent = 'rentPerHour' in options && options.rentPerHour !== undefined;
  const hasPrice =
    ('gpuPrice' in options && options.gpuPrice !== undefined) ||
    ('hardware' in options && options.hardware !== undefined);
  if (hasRent === hasPrice) {
    throw new InvalidArgumentError(
      hasRent
        ? 'Pass rentPerHour (rented) or gpuPrice (owned), not both.'
        : 'Pass rentPerHour for a rented accelerator or gpuPrice for an owned one.',
      { argument: hasRent ? 'gpuPrice' : 'rentPerHour', value: undefined },
    );
  }
  requireOptions(
    options,
    hasRent ? RENTED_FIELDS : OWNED_FIELDS,
    hasRent ? 'gpuHourCost (rented)' : 'gpuHourCost (owned)',
  );
  const currency = requireCurrency(options.currency ?? 'USD');
  const decimals = wholeNumber(options.decimals ?? 6, 'decimals', 20);
  return hasRent
    ? rented(options as RentedGpuHourOptions, currency, decimals)
    : owned(options as OwnedGpuHourOptions, currency, decimals);
}

function rented(options: RentedGpuHourOptions, currency: string, decimals: number): GpuHourCost {
  const rent = realInRange(options.rentPerHour, 'rentPerHour', {
    min: 0,
    hint: 'a rate cannot be negative.',
  });
  const discount = realInRange(options.commitmentDiscount ?? 0, 'commitmentDiscount', {
    min: 0,
    max: 1,
    maxOpen: true,
    hint: "it must be a fraction in [0, 1), e.g. '0.3' for 30% off.",
  });
  const zero = money('0', currency);
  const rentPart = money(toDecimal(rent.times(new Real(1).minus(discount)), decimals), currency);
  return deepFreeze<GpuHourCost>({
    mode: 'rented',
    perHour: rentPart,
    parts: { capital: zero, facility: zero, energy: zero, operations: zero, rent: rentPart },
    assumptions: { rentPerHour: rent.toFixed(), commitmentDiscount: discount.toFixed() },
  });
}

function owned(options: OwnedGpuHourOptions, currency: string, decimals: number): GpuHourCost {
  const value = (key: keyof OwnedGpuHourOptions) => options[key] ?? OWNED_DEFAULTS[key]?.value;
  const hardware = options.hardware === undefined ? undefined : resolveHardware(options.hardware);
  const { gpuPrice, rackShare } = resolvePrice(options, hardware, currency);
  const bill = hardwareBill(options, gpuPrice, rackShare);
  const lifeYears = positiveReal(
    value('lifeYears'),
    'lifeYears',
    'years over which the hardware is recovered',
  );
  const residual = realInRange(
    options.residualValue ?? OWNED_DEFAULTS.residualValue?.value,
    'residualValue',
    {
      min: 0,
      max: 1,
      maxOpen: true,
      hint: "it is the share of the hardware's cost recovered at the end of its life, in [0, 1), e.g. '0.1'.",
    },
  );
  const rate = resolveRate(options);
  const powerKw = resolvePower(options, hardware);
  const pue = realInRange(value('pue'), 'pue', {
    min: 1,
    hint: 'power usage effectiveness is at least 1 (1.2 typical).',
  });
  const electricity = realInRange(value('electricityPerKwh'), 'electricityPerKwh', {
    min: 0,
    hint: 'a price cannot be negative.',
  });
  const dutyCycle = realInRange(value('dutyCycle'), 'dutyCycle', {
    min: 0,
    max: 1,
    hint: 'it is average draw over nameplate power, a fraction in [0, 1].',
  });
  const opexShare = realInRange(value('opexShare'), 'opexShare', {
    min: 0,
    hint: "it is an annual fraction of the hardware cost, such as '0.05'.",
  });
  if (options.facilityPerWatt !== undefined && options.colocationPerKwMonth !== undefined) {
    throw new InvalidArgumentError(
      'Pass facilityPerWatt (you build) or colocationPerKwMonth (you rent space), not both.',
      { argument: 'colocationPerKwMonth', value: options.colocationPerKwMonth },
    );
  }
  const hardwareCost = bill.accelerator.plus(bill.server).plus(bill.network).plus(bill.storage);
  // Capital recovered per hour for each unit of hardware cost: the residual is sold at the end of the life,
  // so only its present value is not recovered.
  const recoveredShare = new Real(1).minus(residual.div(rate.plus(1).pow(lifeYears)));
  const perUnitHour = recoveredShare.times(recoveryFactor(rate, lifeYears)).div(HOURS_PER_YEAR);
  const capitalParts = {
    accelerator: money(toDecimal(bill.accelerator.times(perUnitHour), decimals), currency),
    server: money(toDecimal(bill.server.times(perUnitHour), decimals), currency),
    network: money(toDecimal(bill.network.times(perUnitHour), decimals), currency),
    storage: money(toDecimal(bill.storage.times(perUnitHour), decimals), currency),
  };
  const capital = Object.values(capitalParts).reduce((sum, part) => sum.plus(part.amount), new Real(0));
  const assumptions: Record<string, string> = {
    gpuPrice: gpuPrice.toFixed(),
    ...bill.assumptions,
    lifeYears: lifeYears.toFixed(),
    residualValue: residual.toFixed(),
    costOfCapital: rate.toFixed(),
    ...rateAssumptions(options),
    powerKw: powerKw.toFixed(),
    pue: pue.toFixed(),
    electricityPerKwh: electricity.toFixed(),
    dutyCycle: dutyCycle.toFixed(),
    opexShare: opexShare.toFixed(),
  };
  let facility: RealValue;
  let facilityUpfront = new Real(0);
  if (options.colocationPerKwMonth !== undefined) {
    const colocation = realInRange(options.colocationPerKwMonth, 'colocationPerKwMonth', {
      min: 0,
      hint: 'a price cannot be negative.',
    });
    facility = colocation.times(powerKw).times(12).div(HOURS_PER_YEAR);
    assumptions.colocationPerKwMonth = colocation.toFixed();
  } else {
    const perWatt = realInRange(value('facilityPerWatt'), 'facilityPerWatt', {
      min: 0,
      hint: 'a build cost cannot be negative.',
    });
    const facilityLife = positiveReal(
      value('facilityLifeYears'),
      'facilityLifeYears',
      'years over which the facility is recovered',
    );
    facilityUpfront = perWatt.times(powerKw).times(1000);
    facility = facilityUpfront.times(recoveryFactor(rate, facilityLife)).div(HOURS_PER_YEAR);
    assumptions.facilityPerWatt = perWatt.toFixed();
    assumptions.facilityLifeYears = facilityLife.toFixed();
  }
  const energy = powerKw.times(dutyCycle).times(pue).times(electricity);
  const operations = opexShare.times(hardwareCost).div(HOURS_PER_YEAR);
  const parts = {
    capital: money(capital.toFixed(), currency),
    facility: money(toDecimal(facility, decimals), currency),
    energy: money(toDecimal(energy, decimals), currency),
    operations: money(toDecimal(operations, decimals), currency),
    rent: money('0', currency),
  };
  const total = Object.values(parts).reduce((sum, part) => sum.plus(part.amount), new Real(0));
  return deepFreeze<GpuHourCost>({
    mode: 'owned',
    perHour: money(total.toFixed(), currency),
    parts,
    capitalParts,
    upfrontPerGpu: money(toDecimal(hardwareCost.plus(facilityUpfront), decimals), currency),
    assumptions,
    wallWatts: toDecimal(powerKw.times(dutyCycle).times(pue).times(1000), 3),
  });
}

/**
 * The capital recovery factor: the constant annual payment that repays 1 over `years` at `rate`,
 * `r(1+r)^n / ((1+r)^n - 1)`; straight-line `1/n` at rate 0.
 *
 * @example
 * ```ts
 * import { capitalRecoveryFactor } from 'tokenomics/infra';
 * capitalRecoveryFactor('0.1', '4'); // '0.3154708037...' (10% over 4 years)
 * capitalRecoveryFactor('0', '4');   // '0.25'
 * ```
 */
export function capitalRecoveryFactor(rate: DecimalInput, years: DecimalInput): string {
  const r = realInRange(rate, 'rate', { min: 0, hint: 'an annual rate cannot be negative.' });
  return recoveryFactor(r, positiveReal(years, 'years', 'the recovery period')).toFixed();
}

function recoveryFactor(rate: RealValue, years: RealValue): RealValue {
  if (rate.isZero()) return new Real(1).div(years);
  const growth = rate.plus(1).pow(years);
  return rate.times(growth).div(growth.minus(1));
}

function resolvePower(options: OwnedGpuHourOptions, hardware: HardwareSpec | undefined): RealValue {
  if (options.powerKw !== undefined) {
    return realInRange(options.powerKw, 'powerKw', {
      min: 0,
      minOpen: true,
      hint: 'it is a positive power in kW.',
    });
  }
  if (hardware === undefined) {
    throw new InvalidArgumentError(
      "Owned hardware needs its power: pass powerKw (IT kW per accelerator, host share included) or a hardware preset such as 'h100-sxm'.",
      { argument: 'powerKw', value: undefined },
    );
  }
  if (hardware.serverKwPerAccelerator === undefined) {
    throw new InvalidArgumentError(
      `${hardware.id} has no published server power; pass powerKw (IT kW per accelerator, host share included).`,
      { argument: 'powerKw', value: undefined },
    );
  }
  return new Real(String(hardware.serverKwPerAccelerator));
}

/** The accelerator's price: given, or the hardware preset's purchase price (in the same currency). */
function resolvePrice(
  options: OwnedGpuHourOptions,
  hardware: HardwareSpec | undefined,
  currency: string,
): { gpuPrice: RealValue; rackShare: boolean } {
  if (options.gpuPrice !== undefined) {
    return {
      gpuPrice: realInRange(options.gpuPrice, 'gpuPrice', { min: 0, hint: 'a price cannot be negative.' }),
      rackShare: false,
    };
  }
  const purchase = hardware?.purchase;
  if (purchase === undefined) {
    throw new InvalidArgumentError(
      `${hardware?.id ?? 'The hardware'} has no published purchase price; pass gpuPrice (the price of one accelerator).`,
      { argument: 'gpuPrice', value: undefined },
    );
  }
  if (purchase.currency !== currency) {
    throw new InvalidArgumentError(
      `${hardware?.id}'s purchase price is in ${purchase.currency}, not ${currency}; pass gpuPrice in ${currency}.`,
      { argument: 'gpuPrice', value: undefined },
    );
  }
  return { gpuPrice: new Real(purchase.perAccelerator), rackShare: purchase.includesServer === true };
}

/** The four hardware parts per accelerator: given, from shares of the price, or the single old multiplier. */
function hardwareBill(
  options: OwnedGpuHourOptions,
  gpuPrice: RealValue,
  rackShare: boolean,
): {
  accelerator: RealValue;
  server: RealValue;
  network: RealValue;
  storage: RealValue;
  assumptions: Record<string, string>;
} {
  const parts = ['serverPerGpu', 'networkPerGpu', 'storagePerGpu'] as const;
  if (options.clusterOverhead !== undefined) {
    const given = parts.find((name) => options[name] !== undefined);
    if (given !== undefined) {
      throw new InvalidArgumentError(
        `Pass clusterOverhead (one multiplier) or ${given} and the other parts, not both.`,
        { argument: given, value: options[given] },
      );
    }
    const overhead = realInRange(options.clusterOverhead, 'clusterOverhead', {
      min: 1,
      hint: 'it is a multiple of the accelerator price, at least 1 (1.3 adds 30% for servers, network and storage).',
    });
    const zero = new Real(0);
    return {
      accelerator: gpuPrice.times(overhead),
      server: zero,
      network: zero,
      storage: zero,
      assumptions: { clusterOverhead: overhead.toFixed() },
    };
  }
  const part = (name: (typeof parts)[number], share: string) => {
    const given = options[name];
    if (given !== undefined) {
      return realInRange(given, name, { min: 0, hint: 'a price cannot be negative.' });
    }
    const fraction = rackShare && name === 'serverPerGpu' ? '0' : (OWNED_DEFAULTS[share]?.value ?? '0');
    return gpuPrice.times(fraction);
  };
  const server = part('serverPerGpu', 'serverShare');
  const network = part('networkPerGpu', 'networkShare');
  const storage = part('storagePerGpu', 'storageShare');
  return {
    accelerator: gpuPrice,
    server,
    network,
    storage,
    assumptions: {
      serverPerGpu: server.toFixed(),
      networkPerGpu: network.toFixed(),
      storagePerGpu: storage.toFixed(),
    },
  };
}

const RATE_PARTS = ['debtShare', 'costOfDebt', 'costOfEquity'] as const;

/** The annual cost of capital: given, or weighted from debt and equity. */
function resolveRate(options: OwnedGpuHourOptions): RealValue {
  const annual = (value: unknown, name: string) =>
    realInRange(value, name, {
      min: 0,
      max: 10,
      hint: "it is an annual rate from 0 to 10 such as '0.1' (10%).",
    });
  const weighted = RATE_PARTS.some((name) => options[name] !== undefined);
  if (!weighted) return annual(options.costOfCapital ?? OWNED_DEFAULTS.costOfCapital?.value, 'costOfCapital');
  if (options.costOfCapital !== undefined) {
    throw new InvalidArgumentError(
      'Pass costOfCapital, or debtShare with costOfDebt and costOfEquity, not both.',
      { argument: 'costOfCapital', value: options.costOfCapital },
    );
  }
  const debtShare = realInRange(options.debtShare ?? OWNED_DEFAULTS.debtShare?.value, 'debtShare', {
    min: 0,
    max: 1,
    hint: "it is the share of the hardware financed by debt, in [0, 1], e.g. '0.6'.",
  });
  const debt = annual(options.costOfDebt ?? OWNED_DEFAULTS.costOfDebt?.value, 'costOfDebt');
  const equity = annual(options.costOfEquity ?? OWNED_DEFAULTS.costOfEquity?.value, 'costOfEquity');
  return debtShare.times(debt).plus(new Real(1).minus(debtShare).times(equity));
}

/** The debt and equity inputs behind a weighted cost of capital, for the assumptions. */
function rateAssumptions(options: OwnedGpuHourOptions): Record<string, string> {
  if (!RATE_PARTS.some((name) => options[name] !== undefined)) return {};
  return Object.fromEntries(
    RATE_PARTS.map((name) => [
      name,
      new Real(String(options[name] ?? OWNED_DEFAULTS[name]?.value)).toFixed(),
    ]),
  );
}

function positiveReal(value: unknown, what: string, meaning: string): RealValue {
  return realInRange(value, what, {
    min: 0,
    minOpen: true,
    max: 100,
    hint: `it must be above 0 and at most 100 (${meaning}).`,
  });
}

const RENTED_FIELDS = ['rentPerHour', 'commitmentDiscount', 'currency', 'decimals'];
const OWNED_FIELDS = [
  'gpuPrice',
  'hardware',
  'serverPerGpu',
  'networkPerGpu',
  'storagePerGpu',
  'clusterOverhead',
  'lifeYears',
  'residualValue',
  'costOfCapital',
  'debtShare',
  'costOfDebt',
  'costOfEquity',
  'powerKw',
  'pue',
  'electricityPerKwh',
  'dutyCycle',
  'facilityPerWatt',
  'facilityLifeYears',
  'colocationPerKwMonth',
  'opexShare',
  'currency',
  'decimals',
];

/** The numeric inputs of `gpuHourCost`, rented or owned (what a sensitivity sweep may vary). */
export const GPU_HOUR_NUMBER_FIELDS: ReadonlySet<string> = new Set(
  [...RENTED_FIELDS, ...OWNED_FIELDS].filter(
    (field) => field !== 'hardware' && field !== 'currency' && field !== 'decimals',
  ),
);
