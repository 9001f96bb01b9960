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
  clusterOverhead: {
    value: '1.3',
    range: '1.2-1.6',
    source:
      'Servers (CPUs, memory, chassis), InfiniBand/Ethernet fabric and storage on top of the accelerators; 8-GPU HGX systems list at roughly 1.2-1.4x the GPU cost, and large fabrics add more.',
  },
  lifeYears: {
    value: '4',
    range: '3-6',
    source:
      'Neocloud and analyst TCO models use 4-5 years; hyperscalers depreciate servers over 5-6 years in their annual reports.',
  },
  costOfCapital: {
    value: '0.1',
    range: '0.06-0.15',
    source: 'Weighted cost of capital: investment-grade clouds near 6-8%, GPU-backed neocloud debt 10-15%.',
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
