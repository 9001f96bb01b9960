import { describe, expect, it } from 'vitest';
import { capitalRecoveryFactor, gpuHourCost } from '../../src/infra/index.js';
import { errorMessage } from '../support/errors.js';

describe('gpuHourCost, rented', () => {
  it('is the rent, less a commitment discount, with every other part zero', () => {
    const cost = gpuHourCost({ rentPerHour: '2.50', commitmentDiscount: '0.2' });
    expect(cost.mode).toBe('rented');
    expect(cost.perHour).toEqual({ amount: '2', currency: 'USD' });
    expect(cost.parts.rent.amount).toBe('2');
    expect(
      [cost.parts.capital, cost.parts.facility, cost.parts.energy, cost.parts.operations].map(
        (p) => p.amount,
      ),
    ).toEqual(['0', '0', '0', '0']);
    expect(cost.wallWatts).toBeUndefined();
  });

  it('reads numbers through their shortest decimal form', () => {
    expect(gpuHourCost({ rentPerHour: 0.1 + 0.2, currency: 'EUR' }).perHour).toEqual({
      amount: '0.3',
      currency: 'EUR',
    });
  });
});

describe('gpuHourCost, owned', () => {
  // Hand-computed (Python decimal, 50 digits): 30,000 x 1.3 = 39,000 of hardware; CRF(10%, 4) =
  // 0.1 x 1.1^4 / (1.1^4 - 1) = 0.31547080...; DGX H100 power 10.2 kW / 8 = 1.275 kW per GPU.
  const owned = gpuHourCost({ gpuPrice: '30000', hardware: 'h100-sxm' });

  it('splits capital, facility, energy and operations, each hand-computed, and sums them exactly', () => {
    expect(owned.parts.capital.amount).toBe('1.404493'); // 39,000 x CRF(0.1, 4) / 8760
    expect(owned.parts.facility.amount).toBe('0.191357'); // $10/W x 1,275 W x CRF(0.1, 15) / 8760
    expect(owned.parts.energy.amount).toBe('0.08568'); // 1.275 kW x 0.7 x 1.2 x $0.08
    expect(owned.parts.operations.amount).toBe('0.222603'); // 0.05 x 39,000 / 8760
    expect(owned.parts.rent.amount).toBe('0');
    expect(owned.perHour.amount).toBe('1.904133');
    expect(owned.wallWatts).toBe('1071'); // 1,275 W x 0.7 x 1.2
  });

  it('records every input, defaults included', () => {
    expect(owned.assumptions).toEqual({
      gpuPrice: '30000',
      serverPerGpu: '4500',
      networkPerGpu: '3600',
      storagePerGpu: '900',
      lifeYears: '4',
      residualValue: '0',
      costOfCapital: '0.1',
      powerKw: '1.275',
      pue: '1.2',
      electricityPerKwh: '0.08',
      dutyCycle: '0.7',
      opexShare: '0.05',
      facilityPerWatt: '10',
      facilityLifeYears: '15',
    });
  });

  it('splits capital into the accelerator, server, network and storage, summing exactly', () => {
    // default parts: 15%, 12% and 3% of the accelerator price, each x CRF(0.1, 4) / 8760
    expect(owned.capitalParts).toEqual({
      accelerator: { amount: '1.080379', currency: 'USD' },
      server: { amount: '0.162057', currency: 'USD' },
      network: { amount: '0.129646', currency: 'USD' },
      storage: { amount: '0.032411', currency: 'USD' },
    });
    // hardware 39,000 plus the facility build, $10/W x 1,275 W
    expect(owned.upfrontPerGpu).toEqual({ amount: '51750', currency: 'USD' });
    const given = gpuHourCost({
      gpuPrice: '30000',
      hardware: 'h100-sxm',
      serverPerGpu: '4500',
      networkPerGpu: '3600',
      storagePerGpu: '900',
    });
    expect(given.parts).toEqual(owned.parts);
  });

  it('recovers less capital when the hardware sells for a residual value', () => {
    // (1 - 0.2 / 1.1^4) x CRF(0.1, 4) / 8760 on each part, each rounded to 6 places, summed
    const cost = gpuHourCost({ gpuPrice: '30000', hardware: 'h100-sxm', residualValue: '0.2' });
    expect(cost.parts.capital.amount).toBe('1.212637');
  });

  it('depreciates over the life given: 6 years instead of 3 cuts capital by 43%', () => {
    const six = gpuHourCost({ gpuPrice: '30000', hardware: 'h100-sxm', lifeYears: '6' });
    const three = gpuHourCost({ gpuPrice: '30000', hardware: 'h100-sxm', lifeYears: '3' });
    expect(six.parts.capital.amount).toBe('1.022225');
    expect(three.parts.capital.amount).toBe('1.790237');
  });

  it('weights the cost of debt and equity into the cost of capital', () => {
    // 0.6 x 8% + 0.4 x 15% = 10.8%
    const cost = gpuHourCost({
      gpuPrice: '30000',
      hardware: 'h100-sxm',
      debtShare: '0.6',
      costOfDebt: '0.08',
      costOfEquity: '0.15',
    });
    expect(cost.assumptions.costOfCapital).toBe('0.108');
    expect(cost.assumptions.costOfDebt).toBe('0.08');
    expect(cost.parts.capital.amount).toBe('1.428891');
  });

  it("takes the accelerator's price from its preset, without a server part for a rack share", () => {
    const h100 = gpuHourCost({ hardware: 'h100-sxm' });
    expect(h100.assumptions.gpuPrice).toBe('25000');
    expect(h100.parts.capital.amount).toBe('1.17041'); // 25,000 + 3,750 + 3,000 + 750, part by part
    // GB200 NVL72: $3.1M / 72 includes the Grace CPUs and in-rack switches
    const gb200 = gpuHourCost({ hardware: 'gb200' });
    expect(gb200.assumptions.serverPerGpu).toBe('0');
    expect(gb200.capitalParts?.accelerator.amount).toBe('1.550545');
    expect(gb200.capitalParts?.network.amount).toBe('0.186065');
  });

  it('recovers capital straight-line at a zero cost of capital', () => {
    const cost = gpuHourCost({ gpuPrice: '30000', hardware: 'h100-sxm', costOfCapital: '0' });
    expect(cost.parts.capital.amount).toBe('1.113014'); // 39,000 / 4 / 8760
  });

  it('prices colocation per kW-month instead of a build', () => {
    const cost = gpuHourCost({ gpuPrice: '30000', powerKw: '1.275', colocationPerKwMonth: '200' });
    expect(cost.parts.facility.amount).toBe('0.349315'); // 200 x 1.275 x 12 / 8760
    expect(cost.assumptions.colocationPerKwMonth).toBe('200');
    expect(cost.assumptions.facilityPerWatt).toBeUndefined();
  });

  it('doubles capital and operations when the GPU price doubles, and leaves power alone', () => {
    const double = gpuHourCost({ gpuPrice: '60000', hardware: 'h100-sxm', decimals: 12 });
    const single = gpuHourCost({ gpuPrice: '30000', hardware: 'h100-sxm', decimals: 12 });
    for (const part of ['capital', 'operations'] as const) {
      expect(Number(double.parts[part].amount) / Number(single.parts[part].amount)).toBe(2);
    }
    expect(double.parts.energy).toEqual(single.parts.energy);
    expect(double.parts.facility).toEqual(single.parts.facility);
  });

  it('computes the capital recovery factor', () => {
    expect(capitalRecoveryFactor('0.1', '4')).toBe('0.3154708037060978237448825684119801766861');
    expect(capitalRecoveryFactor('0', '4')).toBe('0.25');
  });
});

describe('gpuHourCost, bad input (owned mode choices)', () => {
  it.each([
    [{ hardware: 'mi300x', powerKw: '1.5' }, 'mi300x has no published purchase price; pass gpuPrice'],
    [
      { gpuPrice: '30000', powerKw: '1', clusterOverhead: '1.3', networkPerGpu: '100' },
      'Pass clusterOverhead (one multiplier) or networkPerGpu and the other parts, not both.',
    ],
    [
      { gpuPrice: '30000', powerKw: '1', costOfCapital: '0.1', costOfDebt: '0.08' },
      'Pass costOfCapital, or debtShare with costOfDebt and costOfEquity, not both.',
    ],
    [{ gpuPrice: '30000', powerKw: '1', residualValue: '1' }, 'residualValue is "1"; it is the share'],
    [{ gpuPrice: '30000', powerKw: '1', debtShare: '1.5' }, 'debtShare is "1.5"'],
    [{ hardware: 'h100-sxm', currency: 'EUR' }, "h100-sxm's purchase price is in USD, not EUR"],
  ] as const)('refuses %j', (options, message) => {
    expect(errorMessage(() => gpuHourCost(options as never), 'INVALID_ARGUMENT')).toContain(message);
  });
});

describe('gpuHourCost, bad input', () => {
  it.each([
    [{ rentPerHour: '-1' }, 'INVALID_ARGUMENT', 'rentPerHour is "-1"; a rate cannot be negative.'],
    [{ rentPerHour: 'two' }, 'INVALID_ARGUMENT', 'rentPerHour is "two"; it must be a decimal number'],
    [
      { rentPerHour: '2', commitmentDiscount: '1' },
      'INVALID_ARGUMENT',
      'commitmentDiscount is "1"; it must be a fraction in [0, 1)',
    ],
    [{}, 'INVALID_ARGUMENT', 'Pass rentPerHour for a rented accelerator or gpuPrice for an owned one.'],
    [
      { rentPerHour: '2', gpuPrice: '1' },
      'INVALID_ARGUMENT',
      'Pass rentPerHour (rented) or gpuPrice (owned), not both.',
    ],
    [
      { gpuPrice: '-30000', powerKw: '1' },
      'INVALID_ARGUMENT',
      'gpuPrice is "-30000"; a price cannot be negative.',
    ],
    [{ gpuPrice: '30000', powerKw: '1', dutyCycle: '1.5' }, 'INVALID_ARGUMENT', 'dutyCycle is "1.5"'],
    [
      { gpuPrice: '30000', powerKw: '1', pue: '0.9' },
      'INVALID_ARGUMENT',
      'pue is "0.9"; power usage effectiveness is at least 1',
    ],
    [
      { gpuPrice: '30000', powerKw: '1', lifeYears: '0' },
      'INVALID_ARGUMENT',
      'lifeYears is "0"; it must be above 0 and at most 100',
    ],
    [{ gpuPrice: '30000' }, 'INVALID_ARGUMENT', 'Owned hardware needs its power: pass powerKw'],
    [
      { gpuPrice: '30000', hardware: 'tpu-v5e' },
      'INVALID_ARGUMENT',
      'tpu-v5e has no published server power; pass powerKw',
    ],
    [
      { gpuPrice: '30000', hardware: 'h100' },
      'UNKNOWN_PRESET',
      'No hardware preset has the id "h100". Did you mean "h100-sxm", "h100-pcie"?',
    ],
    [
      { gpuPrice: '30000', powerKw: '1', facilityPerWatt: '10', colocationPerKwMonth: '200' },
      'INVALID_ARGUMENT',
      'Pass facilityPerWatt (you build) or colocationPerKwMonth (you rent space), not both.',
    ],
  ] as const)('refuses %j', (options, code, message) => {
    expect(errorMessage(() => gpuHourCost(options as never), code)).toContain(message);
  });
});
