import { describe, expect, it } from 'vitest';
import { bottomUpCard, capacityPlan, contractRate, estimateThroughput } from '../../src/infra/index.js';
import { Real } from '../../src/infra/real.js';
import { errorMessage } from '../support/errors.js';
import { toyHardware, toyModel } from '../support/toy-infra.js';

const workload = {
  model: toyModel,
  gpus: 1,
  precision: 'bf16',
  inputTokens: 100,
  outputTokens: 100,
  concurrency: 4,
} as const;
const site = {
  powerMW: 1,
  hardware: toyHardware,
  pue: '1.25',
  workload,
  utilization: '0.5',
  gpuHour: { rentPerHour: '2' },
} as const;

describe('contractRate', () => {
  it('divides the value by the accelerator-hours it buys', () => {
    // $10 billion over 5 years x 100,000 accelerators x 8,760 hours = 4.38 billion hours
    const deal = contractRate({ totalUSD: '10000000000', years: 5, accelerators: 100_000 });
    expect(deal.perAcceleratorHour).toEqual({ amount: '2.283105', currency: 'USD' });
    expect(deal.perAcceleratorYear).toEqual({ amount: '19999.9998', currency: 'USD' });
    expect(deal.gpuHours).toBe('4380000000');
    expect(deal.accelerators).toBe('100000');
    expect(deal.gpuHour.mode).toBe('rented');
    expect(deal.gpuHour.perHour).toEqual(deal.perAcceleratorHour);
  });

  it('takes a deal sold in accelerator-hours, in any currency', () => {
    const deal = contractRate({ total: '1000000', currency: 'EUR', years: 1, gpuHours: 400_000 });
    expect(deal.perAcceleratorHour).toEqual({ amount: '2.5', currency: 'EUR' });
    expect(deal.accelerators).toBe('45.6621'); // 400,000 / 8,760, 6 places
  });

  it('prices tokens like any rented hour', () => {
    const deal = contractRate({ totalUSD: '17520', years: 1, accelerators: 1 }); // $2 an hour
    const throughput = { prefillTokensPerSecondPerGpu: 1000, decodeTokensPerSecondPerGpu: 100 };
    expect(bottomUpCard({ gpuHour: deal.gpuHour, throughput, utilization: '1' })).toMatchObject({
      inputPerMillion: '0.555556', // $2 / 3,600 s / 1,000 tokens/s x 1M
      outputPerMillion: '5.555556',
    });
  });

  it.each([
    [{ years: 5, accelerators: 1 }, "Pass the contract's value: totalUSD, or total with its currency."],
    [
      { total: '1', totalUSD: '1', years: 5, accelerators: 1 },
      'Pass total (with currency) or totalUSD, not both.',
    ],
    [{ totalUSD: '1', currency: 'EUR', years: 5, accelerators: 1 }, 'totalUSD is in US dollars'],
    [
      { totalUSD: '1', years: 5 },
      'Pass what the contract buys: accelerators (reserved for the term) or gpuHours.',
    ],
    [{ totalUSD: '1', years: 5, accelerators: 1, gpuHours: 1 }, 'Pass accelerators or gpuHours, not both.'],
    [{ totalUSD: '1', years: 0, accelerators: 1 }, 'years is 0; it is the term in years'],
    [{ totalUSD: '-1', years: 1, accelerators: 1 }, 'totalUSD is "-1"'],
    [{ totalUSD: '1', years: 1, accelerators: 1, rate: 2 }, 'rate'],
  ] as const)('refuses %j', (input, message) => {
    expect(errorMessage(() => contractRate(input as never), 'INVALID_ARGUMENT')).toContain(message);
  });
});

describe('capacityPlan', () => {
  it('fits the accelerators the power feeds, in whole model copies', () => {
    // 1 MW / 1.25 PUE = 800 kW of IT power; 1 kW per accelerator
    const plan = capacityPlan(site);
    expect(plan.accelerators).toBe(800);
    expect(plan.modelCopies).toBe(800);
    expect(plan.itPowerMW).toBe('0.8');
    expect(plan.facilityPowerMW).toBe('1');
    // three accelerators per copy: 266 copies, 798 accelerators
    const three = capacityPlan({ ...site, workload: { ...workload, gpus: 3 } });
    expect([three.accelerators, three.modelCopies]).toEqual([798, 266]);
    // or counted directly
    const { powerMW: _power, ...counted } = site;
    expect(capacityPlan({ ...counted, accelerators: 801 }).accelerators).toBe(801);
  });

  it('serves tokens at the sustained rate, the utilization and 86,400 seconds a day', () => {
    const plan = capacityPlan(site);
    const t = estimateThroughput({ ...workload, hardware: toyHardware });
    const perDay = (rate: number) =>
      new Real(String(rate)).times(800).times('0.5').times(86_400).floor().toFixed();
    expect(plan.tokensPerDay).toEqual({
      input: perDay(t.inputTokensPerSecondPerGpu),
      output: perDay(t.outputTokensPerSecondPerGpu),
    });
  });

  it('costs a year of every accelerator-hour, busy or not, by component', () => {
    const plan = capacityPlan(site);
    // $2 x 8,760 h x 800 accelerators
    expect(plan.annualCost.total).toEqual({ amount: '14016000', currency: 'USD' });
    expect(plan.annualCost.rent).toEqual({ amount: '14016000', currency: 'USD' });
    expect(plan.annualCost.capital.amount).toBe('0');
    expect(plan.upfront).toBeUndefined();
    // cost per 1M is the bottom-up card's rates, and a year of tokens at them is the year's cost
    const card = bottomUpCard({
      gpuHour: { rentPerHour: '2' },
      throughput: plan.throughput,
      utilization: '0.5',
    });
    expect(plan.costPerMillion.input.amount).toBe(card.inputPerMillion);
    expect(plan.costPerMillion.output.amount).toBe(card.outputPerMillion);
    const yearly = new Real(plan.tokensPerDay.input)
      .times(plan.costPerMillion.input.amount)
      .plus(new Real(plan.tokensPerDay.output).times(plan.costPerMillion.output.amount))
      .times(365)
      .div(1e6);
    expect(yearly.div(plan.annualCost.total.amount).minus(1).abs().lt(1e-5)).toBe(true);
  });

  it('earns revenue at list prices, with the gross margin', () => {
    const plan = capacityPlan({ ...site, prices: { inputPerMillion: '1', outputPerMillion: '4' } });
    const revenue = new Real(plan.tokensPerDay.input)
      .plus(new Real(plan.tokensPerDay.output).times(4))
      .times(365)
      .div(1e6);
    // from the unrounded token counts, so within a cent a year of the rounded ones
    expect(new Real(plan.revenue?.annual.amount as string).minus(revenue).abs().lt(0.01)).toBe(true);
    expect(plan.revenue?.grossMargin).toBe(
      new Real(1).minus(new Real('14016000').div(plan.revenue?.annual.amount as string)).toFixed(6),
    );
    expect(plan.revenue?.paybackYears).toBeUndefined(); // rented: nothing to pay back
  });

  it('pays back the up-front spend of owned hardware from the cash margin', () => {
    const owned = {
      gpuPrice: '10000',
      electricityPerKwh: '0.1',
      dutyCycle: '1',
      opexShare: '0',
      facilityPerWatt: '0',
    };
    const plan = capacityPlan({
      ...site,
      gpuHour: owned,
      prices: { inputPerMillion: '1', outputPerMillion: '4' },
    });
    // 800 x (10,000 + 15% + 12% + 3%) = 10.4 million up front
    expect(plan.upfront).toEqual({ amount: '10400000', currency: 'USD' });
    const capital = Object.values(plan.annualCost.capitalParts ?? {}).reduce(
      (sum, part) => sum.plus(part.amount),
      new Real(0),
    );
    expect(capital.toFixed()).toBe(plan.annualCost.capital.amount);
    // energy: 1 kW x 1.25 PUE x $0.10 = $0.125 an hour each, $876,000 a year
    expect(plan.annualCost.energy.amount).toBe('876000');
    const revenue = new Real(plan.revenue?.annual.amount as string);
    expect(plan.revenue?.paybackYears).toBe(new Real('10400000').div(revenue.minus('876000')).toFixed(2));
    // prices below the cash cost never pay back
    const loss = capacityPlan({
      ...site,
      gpuHour: owned,
      prices: { inputPerMillion: '0', outputPerMillion: '0.001' },
    });
    expect(loss.revenue?.paybackYears).toBeNull();
  });

  it("fills the owned hour with the site's hardware price, PUE and server power", () => {
    const plan = capacityPlan({
      powerMW: 10,
      hardware: 'gb200',
      pue: '1.2',
      utilization: '0.6',
      workload: { model: 'deepseek-r1', gpus: 4, precision: 'fp4', inputTokens: 2000, outputTokens: 500 },
    });
    // 10 MW / 1.2 / 1.8 kW = 4,629.6: 4,628 in copies of 4
    expect(plan.accelerators).toBe(4628);
    expect(plan.card.source).toMatchObject({
      kind: 'bottom-up',
      assumptions: {
        gpuHour: { inputs: { gpuPrice: '43055.56', pue: '1.2', powerKw: '1.8', serverPerGpu: '0' } },
      },
    });
  });

  it.each([
    [{ powerMW: undefined }, "Pass the site's size: powerMW (total facility power) or accelerators."],
    [{ accelerators: 10 }, 'Pass powerMW or accelerators, not both.'],
    [{ powerMW: '0.0001' }, 'fewer accelerators than one copy of the model needs (1)'],
    [
      { hardware: { ...toyHardware, serverKwPerAccelerator: undefined } },
      'toy has no published server power',
    ],
    [{ workload: { ...workload, hardware: 'h100-sxm' } }, "workload.hardware is set; the site's hardware"],
    [{ gpuHour: { gpuPrice: '1', pue: '1.5' } }, 'gpuHour.pue ("1.5") differs from the site\'s pue (1.25)'],
    [{ utilization: '0' }, 'utilization is "0"'],
    [{ pue: '0.9' }, 'pue is "0.9"'],
  ] as const)('refuses %j', (change, message) => {
    expect(errorMessage(() => capacityPlan({ ...site, ...change } as never), 'INVALID_ARGUMENT')).toContain(
      message,
    );
  });

  it('refuses list prices in another currency', () => {
    expect(
      errorMessage(
        () =>
          capacityPlan({ ...site, prices: { inputPerMillion: '1', outputPerMillion: '1', currency: 'EUR' } }),
        'CURRENCY_MISMATCH',
      ),
    ).toContain('The list prices are in "EUR" and the costs in USD');
  });
});

describe('bottomUpCard cache reads', () => {
  it('prices a cached input token as the given share of an uncached one', () => {
    const card = bottomUpCard({
      gpuHour: { rentPerHour: '3.6' },
      throughput: { prefillTokensPerSecondPerGpu: 1000, decodeTokensPerSecondPerGpu: 100 },
      utilization: '1',
      cacheReadShare: '0.1',
    });
    expect(card.inputPerMillion).toBe('1'); // $3.60 / 3,600 s / 1,000 tokens/s x 1M
    expect(card.cacheReadPerMillion).toBe('0.1');
    expect(card.source).toMatchObject({ assumptions: { cacheReadShare: '0.1' } });
    // without the assumption, cached tokens are unpriced, not free
    const plain = bottomUpCard({
      gpuHour: { rentPerHour: '3.6' },
      throughput: { prefillTokensPerSecondPerGpu: 1000, decodeTokensPerSecondPerGpu: 100 },
      utilization: '1',
    });
    expect(plain.cacheReadPerMillion).toBeUndefined();
  });
});
