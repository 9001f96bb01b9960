/**
 * Type-level tests: what the compiler lets a user write, and what it refuses. `tsc` (npm test's typecheck)
 * checks the `@ts-expect-error` lines fail to compile and the `expectTypeOf` lines hold; vitest runs them.
 */
import { describe, expectTypeOf, it } from 'vitest';
import {
  type CostBreakdown,
  createPriceCard,
  estimateCost,
  getCard,
  type Money,
  type PriceCard,
  type PriceRow,
  toPriceRows,
  type Usage,
} from '../../src/index.js';
import {
  type CapacityPlan,
  capacityPlan,
  estimateThroughput,
  type ThroughputBound,
} from '../../src/infra/index.js';
import * as lite from '../../src/lite/index.js';

describe('types a user meets', () => {
  it('prices with exact strings, not numbers', () => {
    const card = createPriceCard({ id: 'm', provider: 'p', inputPerMillion: '1', outputPerMillion: 2 });
    expectTypeOf(card.inputPerMillion).toEqualTypeOf<string>();
    const cost = estimateCost({ inputTokens: 1, outputTokens: 1 }, card);
    expectTypeOf(cost).toEqualTypeOf<CostBreakdown>();
    expectTypeOf(cost.total).toEqualTypeOf<Money>();
    expectTypeOf(cost.total.amount).toEqualTypeOf<string>();
    expectTypeOf(lite.estimateCost).parameters.toEqualTypeOf<Parameters<typeof estimateCost>>();
    expectTypeOf(lite.getCard).returns.toEqualTypeOf<PriceCard>();
  });

  it('refuses what would misprice (compile-time only: the calls below never run)', () => {
    const card = createPriceCard({ id: 'm', provider: 'p', inputPerMillion: '1', outputPerMillion: '2' });
    const compileOnly = () => {
      // @ts-expect-error token counts are numbers, not strings
      const badUsage: Usage = { inputTokens: '1000', outputTokens: 1 };
      // @ts-expect-error the only option is serviceTier, with its five names
      estimateCost({ inputTokens: 1, outputTokens: 1 }, card, { serviceTier: 'cheap' });
      // @ts-expect-error a card needs both rates
      createPriceCard({ id: 'm', provider: 'p', inputPerMillion: '1' });
      // @ts-expect-error rows are per 1M or 1K tokens
      toPriceRows(getCard as never, { per: '1B' });
      void badUsage;
    };
    expectTypeOf(compileOnly).toBeFunction();
  });

  it('names the infra results precisely', () => {
    expectTypeOf<ThroughputBound>().toEqualTypeOf<
      'compute' | 'memory-bandwidth' | 'memory-capacity' | 'batch-limit'
    >();
    expectTypeOf(estimateThroughput).returns.toHaveProperty('queued').toEqualTypeOf<number>();
    expectTypeOf(capacityPlan).returns.toEqualTypeOf<CapacityPlan>();
    expectTypeOf<CapacityPlan['revenue']>().toEqualTypeOf<
      import('../../src/infra/index.js').CapacityRevenue | undefined
    >();
    expectTypeOf<PriceRow['per']>().toEqualTypeOf<'1M' | '1K'>();
  });
});
