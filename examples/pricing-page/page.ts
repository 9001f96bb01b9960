/**
 * A pricing page: one provider's price table and a monthly calculator, from the built-in catalog, exact.
 * Framework-free; `node examples/pricing-page/build.mjs` bundles it with esbuild into `out/page.js`, which
 * `index.html` loads. It imports `tokenomics/lite` (the estimator without the card validator) and one
 * provider's data, so the bundle carries nothing else.
 */

import { openai } from 'tokenomics/data/openai';
import { compareMonthlyCost, formatMoney, type PriceRow, toPriceRows } from 'tokenomics/lite';

const per = '1M';

function cell(text: string, className?: string): HTMLTableCellElement {
  const td = document.createElement('td');
  td.textContent = text;
  if (className !== undefined) td.className = className;
  return td;
}

/** A rate per 1M tokens as dollars, exact (no float on the way): `$2.50`. */
function rate(amount: string | undefined, currency: string): string {
  return amount === undefined ? '-' : formatMoney({ amount, currency });
}

function renderTable(rows: readonly PriceRow[]): void {
  const body = document.querySelector('#prices tbody') as HTMLTableSectionElement;
  body.replaceChildren(
    ...rows.map((row) => {
      const tr = document.createElement('tr');
      tr.dataset.model = row.id;
      tr.append(
        cell(row.name),
        cell(rate(row.input, row.currency), 'rate input'),
        cell(rate(row.cachedInput, row.currency), 'rate cached'),
        cell(rate(row.output, row.currency), 'rate output'),
        cell(row.batch === undefined ? '-' : rate(row.batch.output, row.currency), 'rate batch-output'),
        cell(
          row.contextTiers.length === 0
            ? ''
            : `above ${row.contextTiers[0]?.abovePromptTokens.toLocaleString('en-US')} tokens`,
          'tier',
        ),
      );
      return tr;
    }),
  );
}

/** Reads a whole number of tokens a month from a field (millions, as typed); 0 when empty. */
function millions(id: string): number {
  const value = (document.getElementById(id) as HTMLInputElement).value.trim();
  if (value === '') return 0;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`${id} must be a number of millions of tokens`);
  return Math.round(parsed * 1_000_000);
}

function renderCalculator(): void {
  const out = document.querySelector('#monthly tbody') as HTMLTableSectionElement;
  const status = document.getElementById('status') as HTMLElement;
  try {
    const cacheReadTokens = millions('cached');
    const month = {
      inputTokens: millions('input') + cacheReadTokens,
      cacheReadTokens,
      outputTokens: millions('output'),
    };
    const { ranked, unpriced } = compareMonthlyCost(openai, month);
    out.replaceChildren(
      ...ranked.slice(0, 10).map((cost) => {
        const tr = document.createElement('tr');
        tr.dataset.model = cost.id;
        tr.append(cell(cost.name), cell(formatMoney(cost.monthly), 'monthly'));
        return tr;
      }),
    );
    status.textContent =
      unpriced.length === 0 ? '' : `${unpriced.length} models cannot price this month (a rate they lack).`;
  } catch (error) {
    out.replaceChildren();
    status.textContent = (error as Error).message;
  }
}

renderTable(toPriceRows(openai, { per }));
for (const id of ['input', 'cached', 'output'])
  document.getElementById(id)?.addEventListener('input', renderCalculator);
renderCalculator();
