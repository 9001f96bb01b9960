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
 * An owned accelerator. Every option but `gpuPrice` has a default; see `OWNED_DEFAULTS` for their values,
 * sources and ranges.
 */
export interface OwnedGpuHourOptions {
  /** Purchase price of one accelerator. */
  readonly gpuPrice: DecimalInput;
  /** Hardware preset or spec; supplies `powerKw` (its server's IT power per accelerator) when not given. */
  readonly hardware?: string | HardwareSpec;
  /** Servers, network and storage as a multiple of the accelerator price (1.3 means 30% on top). */
  readonly clusterOverhead?: DecimalInput;
  /** Years over which the hardware is recovered. */
  readonly lifeYears?: DecimalInput;
  /** Annual cost of capital (e.g. `'0.1'`); 0 recovers the capital straight-line. */
  readonly costOfCapital?: DecimalInput;
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

/** The cost of one accelerator-hour, its parts (which sum to it exactly), and the resolved inputs. */
export interface GpuHourCost {
  readonly mode: 'rented' | 'owned';
  readonly perHour: Money;
  readonly parts: GpuHourParts;
  /** Every input, defaults included, as canonical decimal strings. */
  readonly assumptions: Readonly<Record<string, string>>;
  /** Average wall power per accelerator in watts (IT power x duty cycle x PUE); absent when renting. */
  readonly wallWatts?: string;
}

/**
 * Prices one accelerator-hour. Rented: `rentPerHour x (1 - commitmentDiscount)`. Owned, per hour:
 *
 * - capital = gpuPrice x clusterOverhead x CRF(costOfCapital, lifeYears) / 8760, where
 *   CRF(r, n) = r(1+r)^n / ((1+r)^n - 1), or 1/n when r = 0
 * - facility = facilityPerWatt x powerKw x 1000 x CRF(r, facilityLifeYears) / 8760, or
 *   colocationPerKwMonth x powerKw x 12 / 8760
 * - energy = powerKw x dutyCycle x pue x electricityPerKwh
 * - operations = opexShare x gpuPrice x clusterOverhead / 8760
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
  const hasPrice = 'gpuPrice' in options && options.gpuPrice !== undefined;
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
  const gpuPrice = realInRange(options.gpuPrice, 'gpuPrice', { min: 0, hint: 'a price cannot be negative.' });
  const overhead = realInRange(value('clusterOverhead'), 'clusterOverhead', {
    min: 1,
    hint: 'it is a multiple of the accelerator price, at least 1 (1.3 adds 30% for servers, network and storage).',
  });
  const lifeYears = positiveReal(
    value('lifeYears'),
    'lifeYears',
    'years over which the hardware is recovered',
  );
  const rate = realInRange(value('costOfCapital'), 'costOfCapital', {
    min: 0,
    max: 10,
    hint: "it is an annual rate from 0 to 10 such as '0.1' (10%); 0 recovers capital straight-line.",
  });
  const powerKw = resolvePower(options);
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
  const hardwareCost = gpuPrice.times(overhead);
  const capital = hardwareCost.times(recoveryFactor(rate, lifeYears)).div(HOURS_PER_YEAR);
  const assumptions: Record<string, string> = {
    gpuPrice: gpuPrice.toFixed(),
    clusterOverhead: overhead.toFixed(),
    lifeYears: lifeYears.toFixed(),
    costOfCapital: rate.toFixed(),
    powerKw: powerKw.toFixed(),
    pue: pue.toFixed(),
    electricityPerKwh: electricity.toFixed(),
    dutyCycle: dutyCycle.toFixed(),
    opexShare: opexShare.toFixed(),
  };
  let facility: RealValue;
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
    facility = perWatt
      .times(powerKw)
      .times(1000)
      .times(recoveryFactor(rate, facilityLife))
      .div(HOURS_PER_YEAR);
    assumptions.facilityPerWatt = perWatt.toFixed();
    assumptions.facilityLifeYears = facilityLife.toFixed();
  }
  const energy = powerKw.times(dutyCycle).times(pue).times(electricity);
  const operations = opexShare.times(hardwareCost).div(HOURS_PER_YEAR);
  const parts = {
    capital: money(toDecimal(capital, decimals), currency),
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

function resolvePower(options: OwnedGpuHourOptions): RealValue {
  if (options.powerKw !== undefined) {
    return realInRange(options.powerKw, 'powerKw', {
      min: 0,
      minOpen: true,
      hint: 'it is a positive power in kW.',
    });
  }
  if (options.hardware === undefined) {
    throw new InvalidArgumentError(
      "Owned hardware needs its power: pass powerKw (IT kW per accelerator, host share included) or a hardware preset such as 'h100-sxm'.",
      { argument: 'powerKw', value: undefined },
    );
  }
  const hardware = resolveHardware(options.hardware);
  if (hardware.serverKwPerAccelerator === undefined) {
    throw new InvalidArgumentError(
      `${hardware.id} has no published server power; pass powerKw (IT kW per accelerator, host share included).`,
      { argument: 'powerKw', value: undefined },
    );
  }
  return new Real(String(hardware.serverKwPerAccelerator));
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
  'clusterOverhead',
  'lifeYears',
  'costOfCapital',
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
