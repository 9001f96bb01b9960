/**
 * Defaults of the bottom-up model's owned mode, each with its source and the range seen in practice.
 *
 * @module
 */

import type { OwnedDefault } from '../infra/types.js';
import { deepFreeze } from '../internal/freeze.js';

/**
 * Defaults of the owned mode. Each is a round figure inside the range published sources give; pass your own
 * when you know better.
 */
export const OWNED_DEFAULTS: Readonly<Record<string, OwnedDefault>> = /* @__PURE__ */ deepFreeze({
  serverShare: {
    value: '0.15',
    range: '0.1-0.25',
    source:
      'Host share per accelerator (CPUs, memory, chassis, power supplies) as a fraction of the accelerator price: an 8-GPU HGX server lists at roughly 1.1-1.25x the cost of its GPUs. Zero when the price is a rack share (GB200 NVL72).',
  },
  networkShare: {
    value: '0.12',
    range: '0.08-0.2',
    source:
      'Scale-out fabric per accelerator (NICs, leaf and spine switches, optics) as a fraction of the accelerator price: InfiniBand or RoCE back-end fabrics run 10-20% of an AI cluster bill, more for rail-optimized non-blocking designs.',
  },
  storageShare: {
    value: '0.03',
    range: '0.01-0.05',
    source:
      'Shared storage per accelerator as a fraction of the accelerator price; inference clusters need less than training ones (weights and caches, not datasets and checkpoints).',
  },
  lifeYears: {
    value: '4',
    range: '3-6',
    source:
      'Neocloud and analyst TCO models use 4-5 years; hyperscalers depreciate servers over 5-6 years in their annual reports (Microsoft, Alphabet and Meta lengthened theirs to 6 and 5.5 in 2022-2025; Amazon shortened some to 5 in 2025).',
  },
  residualValue: {
    value: '0',
    range: '0-0.3',
    source:
      'Depreciation schedules assume no salvage; a resale market for older accelerators exists but its prices after 4-6 years are thin and volatile, so the default recovers the whole cost.',
  },
  costOfCapital: {
    value: '0.1',
    range: '0.06-0.15',
    source: 'Weighted cost of capital: investment-grade clouds near 6-8%, GPU-backed neocloud debt 10-15%.',
  },
  debtShare: {
    value: '0.6',
    range: '0-0.8',
    source:
      'Share of the hardware financed by debt when the cost of capital is weighted: GPU-backed neoclouds borrow most of their fleet (delayed-draw term loans secured on GPUs and contracts); hyperscalers fund from cash flow (near 0).',
  },
  costOfDebt: {
    value: '0.1',
    range: '0.05-0.15',
    source:
      'Interest on GPU-backed loans: investment-grade issuers borrow near 5-6%, neocloud GPU facilities priced around 9-15% in 2024-2025.',
  },
  costOfEquity: {
    value: '0.15',
    range: '0.08-0.25',
    source:
      'Return equity holders require: large public clouds near 8-10%, venture- and growth-funded neoclouds well above.',
  },
  pue: {
    value: '1.2',
    range: '1.08-1.6',
    source:
      'New AI-ready facilities design for 1.1-1.3; hyperscale fleets report about 1.1; the Uptime Institute survey average is about 1.56.',
  },
  electricityPerKwh: {
    value: '0.08',
    range: '0.04-0.15',
    source:
      'US industrial average about $0.08/kWh (EIA Electric Power Monthly); hydro regions lower, Europe higher.',
  },
  dutyCycle: {
    value: '0.7',
    range: '0.5-0.9',
    source:
      'Inference servers draw below nameplate on average; memory-bound decode draws less than training.',
  },
  facilityPerWatt: {
    value: '10',
    range: '8-15',
    source:
      'Data-centre construction cost per watt of critical IT capacity in US markets (industry cost guides, 2024-2025).',
  },
  facilityLifeYears: {
    value: '15',
    range: '10-20',
    source: 'Mechanical and electrical plant is recovered over 10-20 years; the shell lasts longer.',
  },
  opexShare: {
    value: '0.05',
    range: '0.03-0.1',
    source:
      'Hardware support contracts, spares and operations staff, per year, as a share of the hardware cost.',
  },
});
