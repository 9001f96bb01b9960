// Budgeting: a month of a team's usage totalled by model and by team, next quarter projected with growth,
// and the same workload compared across models. Run with `npm run build && node examples/budget.mjs`.

import { getCard, money, sumMoney } from 'tokenomics';
import { aggregateLog, checkBudget, compareCards, projectSpend } from 'tokenomics/budget';
import { catalog } from 'tokenomics/data';

// A month of usage as a JSONL log would hold it (one line per request; here 6,000 seeded lines in memory).
// Lines may carry our usage record or a provider's raw usage object ("openai", "anthropic", "gemini").
function* november() {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const teams = ['search', 'support', 'agents'];
  for (let i = 0; i < 6000; i++) {
    const at = new Date(Date.UTC(2026, 10, 1) + Math.floor(random() * 30 * 86_400_000)).toISOString();
    const team = teams[i % 3];
    const input = 2000 + Math.floor(random() * 30_000);
    const cached = Math.floor(input * 0.6);
    const output = 200 + Math.floor(random() * 1500);
    if (team === 'agents') {
      // Anthropic's usage: input_tokens excludes cache reads (the normalizer makes it inclusive).
      yield `${JSON.stringify({ model: 'claude-sonnet-4-5', at, anthropic: { input_tokens: input - cached, cache_read_input_tokens: cached, output_tokens: output }, tags: { team } })}\n`;
    } else {
      const model = team === 'search' ? 'gpt-5.4-mini' : 'gemini-2.5-flash';
      yield `${JSON.stringify({ model, at, usage: { inputTokens: input, cacheReadTokens: cached, outputTokens: output }, tags: { team } })}\n`;
    }
  }
}

const report = await aggregateLog(november(), { table: catalog, groupBy: ['team', 'model'] });
console.log('November by team and model (each request priced at its own time):');
for (const group of report.groups) {
  console.log(
    `  ${group.key.team.padEnd(8)} ${group.key.model.padEnd(18)} ${group.total.amount.padStart(12)} USD  ${group.records} requests`,
  );
}
console.log(`  total ${report.totals[0].total.amount} USD; ${report.records.unpriced} records not priced\n`);

// Next quarter for the support team: today's mean request, 200 a day, growing 15% a month.
const support = report.groups.find((g) => g.key.team === 'support');
const perRequest = {
  inputTokens: Math.round(support.counts.inputTokens / support.records),
  cacheReadTokens: Math.round(support.counts.cacheReadTokens / support.records),
  outputTokens: Math.round(support.counts.outputTokens / support.records),
};
const quarter = projectSpend({
  workload: { requestsPerDay: 200, usage: perRequest },
  card: getCard(catalog, 'gemini-2.5-flash'),
  months: 3,
  start: '2026-12-01',
  growthPerPeriod: '0.15',
});
console.log('Support, next quarter at +15% a month:');
for (const period of quarter.periods)
  console.log(`  ${period.start}  ${period.requests.padStart(6)} requests  ${period.cost.amount} USD`);
console.log(`  total ${quarter.total.amount} USD\n`);

// The same workload on other models, and what drives each price.
const { ranked, unpriced } = compareCards(
  { requestsPerDay: 200, usage: perRequest },
  ['gemini-2.5-flash', 'gpt-5.4-mini', 'claude-haiku-4-5', 'deepseek-v4-flash', 'mistral-medium-latest'].map(
    (id) => getCard(catalog, id, { at: '2026-11-15' }),
  ),
);
console.log('The support workload, 30 days, cheapest first:');
for (const r of ranked)
  console.log(
    `  ${r.cardId.padEnd(20)} ${r.perMonth.amount.padStart(10)} USD  x${r.timesCheapest}  (largest part: ${r.drivers[0]})`,
  );
for (const u of unpriced)
  console.log(`  ${u.cardId}: not comparable (${u.code}: ${u.message.split(';')[0]})`);

// A November budget of $8 for the support team: at the rate of its first 10 days, when is it crossed?
const byDay = await aggregateLog(november(), { table: catalog, groupBy: ['team', 'day'] });
const firstTenDays = byDay.groups.filter((g) => g.key.team === 'support' && g.key.day < '2026-11-11');
const status = checkBudget({
  spent: sumMoney(firstTenDays.map((g) => g.total)),
  limit: money('8'),
  from: '2026-11-01',
  to: '2026-12-01',
  asOf: '2026-11-11',
});
console.log(
  `\nSupport's $8 November budget: ${status.spent.amount} USD spent in 10 days, ${status.projected.amount} projected; crossed on ${status.crossesOn ?? 'no day this month'}`,
);
