import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entries as packageEntries } from '../../scripts/entries.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const entries = packageEntries.map((entry) => entry.source);

/** Paths inside `value` (walked without recursion) where an object or array is not frozen. */
function unfrozen(value: unknown, path: string): string[] {
  const found: string[] = [];
  const seen = new Set<object>();
  const pending: [unknown, string][] = [[value, path]];
  while (pending.length > 0) {
    const [item, at] = pending.pop() as [unknown, string];
    if (typeof item !== 'object' || item === null || seen.has(item)) continue;
    seen.add(item);
    if (!Object.isFrozen(item)) found.push(at);
    for (const key of Object.keys(item))
      pending.push([(item as Record<string, unknown>)[key], `${at}.${key}`]);
  }
  return found;
}

describe('exported values are deeply frozen', () => {
  for (const entry of entries) {
    it(`every object exported by ${entry} is frozen all the way down`, async () => {
      const module = (await import(`${root}${entry}`)) as Record<string, unknown>;
      const problems = Object.entries(module).flatMap(([name, value]) =>
        typeof value === 'function' ? [] : unfrozen(value, name),
      );
      expect(problems).toEqual([]);
    });
  }

  it('mutating an export throws and changes nothing later', async () => {
    const { TOKEN_RATE_FIELDS, SERVICE_TIER_NAMES, ROUNDING_MODES, COST_PART_NAMES, roundMoney, money } =
      await import('../../src/index.js');
    const { OWNED_DEFAULTS, CALIBRATION, gpuHourCost } = await import('../../src/infra/index.js');
    const before = gpuHourCost({ gpuPrice: '30000', hardware: 'h100-sxm' }).perHour.amount;
    expect(() => (TOKEN_RATE_FIELDS as unknown as string[]).push('x')).toThrow(TypeError);
    expect(() => (SERVICE_TIER_NAMES as unknown as string[]).pop()).toThrow(TypeError);
    expect(() => ((ROUNDING_MODES as unknown as string[])[0] = 'up')).toThrow(TypeError);
    expect(() => ((COST_PART_NAMES as unknown as string[]).length = 0)).toThrow(TypeError);
    expect(() => {
      (OWNED_DEFAULTS.lifeYears as { value: string }).value = '1';
    }).toThrow(TypeError);
    expect(() => {
      (CALIBRATION.hopper.efficiency as { prefill: number }).prefill = 1;
    }).toThrow(TypeError);
    expect(gpuHourCost({ gpuPrice: '30000', hardware: 'h100-sxm' }).perHour.amount).toBe(before);
    expect(roundMoney(money('0.125'), { decimals: 2 }).amount).toBe('0.12');
  });

  it("createPriceCard leaves the caller's own arrays alone", async () => {
    const { createPriceCard } = await import('../../src/index.js');
    const mutableDays: ('mon' | 'tue' | 'wed')[] = ['mon', 'tue'];
    const aliases = ['a-1'];
    const card = createPriceCard({
      id: 'a',
      provider: 'p',
      inputPerMillion: '1',
      outputPerMillion: '2',
      aliases,
      timeOfDay: { fromUtc: '01:00', toUtc: '02:00', days: mutableDays },
    });
    expect(Object.isFrozen(mutableDays)).toBe(false);
    expect(Object.isFrozen(aliases)).toBe(false);
    mutableDays.push('wed');
    expect(card.timeOfDay?.days).toEqual(['mon', 'tue']);
  });
});
