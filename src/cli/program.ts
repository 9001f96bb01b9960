/**
 * The `tokenomics` command line: estimate, price, compare, usage, catalog, sql, infra, capacity. `run(argv, io)` returns
 * the exit code (0 success, 1 bad input or unpriced records under --strict, 2 wrong flags) and writes only
 * through `io`, so tests run it in-process.
 *
 * @module
 */

import { createReadStream, readFileSync, statSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError as FlagError, Option } from 'commander';
import { aggregateLog } from '../budget/log.js';
import { compareCards } from '../budget/project.js';
import { estimateCost } from '../cards/estimate.js';
import type { PriceCard, ServiceTierName, Usage } from '../cards/types.js';
import { COST_PART_NAMES } from '../cards/types.js';
import { catalog } from '../catalog/index.js';
import { isTokenomicsError } from '../errors.js';
import { capacityPlan } from '../infra/capacity.js';
import { bottomUpCard, explainCard } from '../infra/card.js';
import { contractRate } from '../infra/contract.js';
import { getHardware } from '../infra/hardware.js';
import { tableToSQL } from '../sql/index.js';
import { composeTables } from '../tables/compose.js';
import { tableFromJSON } from '../tables/json.js';
import { getCard, listCards } from '../tables/lookup.js';
import { createPriceTable, type PriceTable } from '../tables/table.js';
import { amount, count, csv, table } from './format.js';
import { progressBar } from './progress.js';

/** Where the CLI reads and writes: the process's streams, or a test's buffers. */
export interface CliIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Standard input, for `usage -`. */
  readonly stdin: () => AsyncIterable<string | Uint8Array>;
  /** Whether stderr is a terminal (the progress bar shows only then). */
  readonly stderrIsTTY: boolean;
  /** Terminal width for the progress bar. */
  readonly columns?: number;
}

const TIERS: readonly ServiceTierName[] = ['standard', 'batch', 'flex', 'priority', 'fast'];

/** A whole-number flag (token counts): a typed flag error naming the flag and the value otherwise. */
function whole(flag: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(Number(value))) {
      throw new FlagError(`${flag} takes a whole number of tokens (0 or more), not "${value}".`);
    }
    return Number(value);
  };
}

/** The serving workload's flags, shared by `infra` and `capacity`. */
interface WorkloadFlags {
  readonly model: string;
  readonly gpus?: number;
  readonly precision?: string;
  readonly prompt?: number;
  readonly completion?: number;
  readonly tokensPerSecondPerUser?: number;
}

/** Adds the workload flags (replica size, precision, request shape, interactivity) to a command. */
function workloadOptions(command: Command): Command {
  return command
    .option('--gpus <n>', 'accelerators serving one copy of the model (default 1)', whole('--gpus'))
    .option('--precision <precision>', 'weights precision: bf16, fp8, fp4... (default bf16)')
    .option('--prompt <tokens>', 'prompt tokens of a typical request (default 1000)', whole('--prompt'))
    .option(
      '--completion <tokens>',
      'output tokens of a typical request (default 250)',
      whole('--completion'),
    )
    .option(
      '--tokens-per-second-per-user <n>',
      'the interactivity target (tokens/s each user sees)',
      whole('--tokens-per-second-per-user'),
    );
}

/** The workload the flags describe, with the documented defaults. */
function workloadOf(flags: WorkloadFlags) {
  return {
    model: flags.model,
    gpus: flags.gpus ?? 1,
    precision: flags.precision ?? 'bf16',
    inputTokens: flags.prompt ?? 1000,
    outputTokens: flags.completion ?? 250,
    ...(flags.tokensPerSecondPerUser === undefined
      ? {}
      : { tokensPerSecondPerUser: flags.tokensPerSecondPerUser }),
  };
}

function list(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/** A bad input (not a bad flag): exit 1 with the message. */
class InputError extends Error {}

/** The prices: the built-in catalog, with the user's own table in front when given. */
function prices(tablePath: string | undefined): PriceTable {
  if (tablePath === undefined) return catalog;
  let text: string;
  try {
    text = readFileSync(tablePath, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read --table ${tablePath}: ${(error as Error).message}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`--table ${tablePath} is not JSON: ${(error as Error).message}`);
  }
  const mine = Array.isArray(json) ? createPriceTable(json, { name: tablePath }) : tableFromJSON(json);
  return composeTables(mine, catalog);
}

interface LookupFlags {
  readonly provider?: string;
  readonly at?: string;
  readonly table?: string;
}

function cardFor(model: string, flags: LookupFlags): PriceCard {
  return getCard(prices(flags.table), model, {
    ...(flags.provider === undefined ? {} : { provider: flags.provider }),
    ...(flags.at === undefined ? {} : { at: flags.at }),
  });
}

interface UsageFlags {
  readonly input?: number;
  readonly output?: number;
  readonly cacheRead?: number;
  readonly cacheWrite?: number;
  readonly cacheWrite1h?: number;
  readonly reasoning?: number;
  readonly requests?: number;
  readonly webSearches?: number;
}

function usageOf(flags: UsageFlags): Usage {
  return {
    inputTokens: flags.input ?? 0,
    outputTokens: flags.output ?? 0,
    ...(flags.cacheRead === undefined ? {} : { cacheReadTokens: flags.cacheRead }),
    ...(flags.cacheWrite === undefined ? {} : { cacheWriteTokens: flags.cacheWrite }),
    ...(flags.cacheWrite1h === undefined ? {} : { cacheWrite1hTokens: flags.cacheWrite1h }),
    ...(flags.reasoning === undefined ? {} : { reasoningTokens: flags.reasoning }),
    ...(flags.requests === undefined ? {} : { requests: flags.requests }),
    ...(flags.webSearches === undefined ? {} : { webSearches: flags.webSearches }),
  };
}

function usageOptions(command: Command): Command {
  return command
    .option('--input <tokens>', 'prompt tokens, cache reads and writes included', whole('--input'))
    .option('--output <tokens>', 'generated tokens, reasoning included', whole('--output'))
    .option('--cache-read <tokens>', 'the part of --input read from the prompt cache', whole('--cache-read'))
    .option(
      '--cache-write <tokens>',
      'the part of --input written to the prompt cache',
      whole('--cache-write'),
    )
    .option(
      '--cache-write-1h <tokens>',
      'the part of --cache-write with a 1-hour lifetime',
      whole('--cache-write-1h'),
    )
    .option('--reasoning <tokens>', 'the part of --output spent reasoning', whole('--reasoning'))
    .option('--requests <n>', 'requests these tokens add up over (default 1)', whole('--requests'))
    .option('--web-searches <n>', 'web searches', whole('--web-searches'));
}

const PART_LABELS: Record<string, string> = {
  uncachedInput: 'uncached input',
  cacheRead: 'cache reads',
  cacheWrite5m: 'cache writes (5 min)',
  cacheWrite1h: 'cache writes (1 hour)',
  audioInput: 'audio input',
  audioCacheRead: 'cached audio input',
  imageInput: 'image input',
  imageCacheRead: 'cached image input',
  textOutput: 'output',
  reasoning: 'reasoning',
  audioOutput: 'audio output',
  imageOutput: 'image output',
  requests: 'request fees',
  webSearches: 'web searches',
};

function describeCard(card: PriceCard): string {
  const lines: string[] = [];
  const rate = (value: string | undefined) => (value === undefined ? 'unknown' : `$${value}`);
  lines.push(`${card.id} (${card.provider})${card.name === undefined ? '' : `: ${card.name}`}`);
  if (card.aliases !== undefined && card.aliases.length > 0)
    lines.push(`  also answers to: ${card.aliases.join(', ')}`);
  const rows: string[][] = [
    ['input', rate(card.inputPerMillion)],
    ['cache read', rate(card.cacheReadPerMillion)],
    ['cache write', rate(card.cacheWritePerMillion)],
    ['cache write (1 hour)', rate(card.cacheWrite1hPerMillion)],
    ['output', rate(card.outputPerMillion)],
  ];
  if (card.reasoningPerMillion !== undefined) rows.push(['reasoning', rate(card.reasoningPerMillion)]);
  for (const [field, label] of [
    ['audioInputPerMillion', 'audio input'],
    ['audioCacheReadPerMillion', 'cached audio input'],
    ['audioOutputPerMillion', 'audio output'],
    ['imageInputPerMillion', 'image input'],
    ['imageCacheReadPerMillion', 'cached image input'],
    ['imageOutputPerMillion', 'image output'],
  ] as const) {
    if (card[field] !== undefined) rows.push([label, rate(card[field])]);
  }
  lines.push(table(['per 1M tokens', card.currency], rows, [1]).replace(/^/gm, '  '));
  for (const tier of card.tiers ?? []) {
    lines.push(
      `  prompts above ${count(tier.abovePromptTokens)} tokens: input ${rate(tier.inputPerMillion)}, output ${rate(tier.outputPerMillion)}${tier.cacheReadPerMillion === undefined ? '' : `, cache read ${rate(tier.cacheReadPerMillion)}`} per 1M`,
    );
  }
  for (const [name, pricing] of Object.entries(card.serviceTiers ?? {})) {
    lines.push(
      `  ${name}: ${'multiplier' in pricing ? `x${pricing.multiplier} of the standard rates` : `input ${rate(pricing.inputPerMillion)}, output ${rate(pricing.outputPerMillion)} per 1M`}`,
    );
  }
  if (card.requestFee !== undefined) lines.push(`  request fee: $${card.requestFee}`);
  if (card.webSearchPerThousand !== undefined)
    lines.push(`  web searches: $${card.webSearchPerThousand} per 1,000`);
  if (card.effective !== undefined) {
    lines.push(
      `  in force: ${card.effective.from ?? 'since records began'} to ${card.effective.to ?? 'now'}`,
    );
  }
  if (card.timeOfDay !== undefined) {
    lines.push(
      `  daily window (UTC): ${card.timeOfDay.fromUtc}-${card.timeOfDay.toUtc}${card.timeOfDay.days === undefined ? '' : ` on ${card.timeOfDay.days.join(', ')}`}`,
    );
  }
  if (card.contextWindow !== undefined) lines.push(`  context window: ${count(card.contextWindow)} tokens`);
  const source = card.source;
  if (source?.kind === 'published') {
    lines.push(`  source: ${source.url} (checked ${source.checkedAt})`);
    if (source.note !== undefined) lines.push(`  note: ${source.note}`);
  } else if (source !== undefined) lines.push(`  source: ${source.kind}`);
  return lines.join('\n');
}

/** Reads a file (with a progress bar on a terminal) or standard input as chunks of bytes. */
async function* fileChunks(path: string, io: CliIo): AsyncIterable<string | Uint8Array> {
  if (path === '-') {
    yield* io.stdin();
    return;
  }
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile()) throw new Error('not a file');
    size = stat.size;
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${(error as Error).message}`);
  }
  const bar = io.stderrIsTTY && size > 8 * 1024 * 1024 ? progressBar(size, io) : undefined;
  let read = 0;
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 16 })) {
      read += (chunk as Uint8Array).length;
      bar?.update(read);
      yield chunk as Uint8Array;
    }
  } finally {
    bar?.stop();
  }
}

/** Builds the program; actions write through `io` and throw for failures of input (exit 1). */
function program(io: CliIo): Command {
  const root = new Command('tokenomics')
    .description(
      'What AI tokens cost: exact prices from the built-in catalog (or your own table), for one request, a log, or a workload.',
    )
    .configureOutput({ writeOut: (text) => io.stdout(text), writeErr: (text) => io.stderr(text) })
    .exitOverride()
    .showHelpAfterError('(tokenomics --help lists the commands and flags)');
  const lookupFlags = (command: Command) =>
    command
      .option('--provider <id>', 'the provider, when several price the model (e.g. groq)')
      .option('--at <instant>', 'price at this date or instant (ISO 8601; default now)')
      .option(
        '--table <file>',
        'your own prices (a JSON list of cards or a tableToJSON file), in front of the catalog',
      );
  const tierOption = () => new Option('--tier <tier>', 'the service tier').choices(TIERS as string[]);

  usageOptions(
    lookupFlags(
      root
        .command('estimate')
        .description('the exact cost of one request (or of --requests requests)')
        .requiredOption('--model <id>', 'the model id, as your API call or its response names it'),
    ),
  )
    .addOption(tierOption())
    .option('--json', 'the cost breakdown as JSON')
    .action((flags: LookupFlags & UsageFlags & { model: string; tier?: ServiceTierName; json?: boolean }) => {
      const card = cardFor(flags.model, flags);
      const cost = estimateCost(
        usageOf(flags),
        card,
        flags.tier === undefined ? undefined : { serviceTier: flags.tier },
      );
      if (flags.json === true) {
        io.stdout(`${JSON.stringify(cost, null, 2)}\n`);
        return;
      }
      const rows = COST_PART_NAMES.filter((name) => cost.parts[name].amount !== '0').map((name) => [
        PART_LABELS[name] as string,
        amount(cost.parts[name]),
      ]);
      rows.push(['total', amount(cost.total)]);
      const tier = cost.tier === null ? 'base rates' : `rates for prompts above ${count(cost.tier)} tokens`;
      io.stdout(
        `${card.id} (${card.provider}), ${cost.serviceTier} tier, ${tier}\n${table(['part', 'cost'], rows, [1])}\n`,
      );
    });

  lookupFlags(
    root
      .command('price')
      .description("a model's card: its rates, tiers, dates and source")
      .argument('<model>', 'the model id'),
  )
    .option('--json', 'the card as JSON')
    .action((model: string, flags: LookupFlags & { json?: boolean }) => {
      const card = cardFor(model, flags);
      io.stdout(flags.json === true ? `${JSON.stringify(card, null, 2)}\n` : `${describeCard(card)}\n`);
    });

  usageOptions(
    root
      .command('compare')
      .description('the same request (or workload) on several models, cheapest first')
      .argument(
        '<models...>',
        'model ids (a provider can be written in front: groq/llama-3.3-70b-versatile)',
      ),
  )
    .option(
      '--requests-per-day <n>',
      'requests per day, for the daily and monthly columns (default 1)',
      whole('--requests-per-day'),
    )
    .option('--at <instant>', 'price at this date or instant')
    .option('--table <file>', 'your own prices, in front of the catalog')
    .addOption(tierOption())
    .addOption(new Option('--json', 'the ranking as JSON').conflicts('csv'))
    .option('--csv', 'the ranking as CSV')
    .action(
      (
        models: string[],
        flags: UsageFlags &
          LookupFlags & { requestsPerDay?: number; tier?: ServiceTierName; json?: boolean; csv?: boolean },
      ) => {
        const cards = models.map((model) => cardFor(model, flags));
        const ranking = compareCards(
          {
            requestsPerDay: flags.requestsPerDay ?? 1,
            usage: usageOf(flags),
            ...(flags.tier === undefined ? {} : { serviceTier: flags.tier }),
          },
          cards,
        );
        if (flags.json === true) {
          io.stdout(`${JSON.stringify(ranking, null, 2)}\n`);
          return;
        }
        const header = [
          'rank',
          'model',
          'provider',
          'per request',
          'per day',
          'per 30 days',
          'x cheapest',
          'largest part',
        ];
        const rows = ranking.ranked.map((entry, index) => [
          String(index + 1),
          entry.cardId,
          entry.provider,
          flags.csv === true ? entry.perRequest.amount : amount(entry.perRequest),
          flags.csv === true ? entry.perDay.amount : amount(entry.perDay),
          flags.csv === true ? entry.perMonth.amount : amount(entry.perMonth),
          entry.timesCheapest ?? '',
          entry.drivers[0] ?? '',
        ]);
        if (flags.csv === true) io.stdout(`${csv(header, rows)}\n`);
        else io.stdout(`${table(header, rows, [0, 3, 4, 5, 6])}\n`);
        for (const card of ranking.unpriced)
          io.stderr(`not ranked: ${card.cardId} (${card.provider}): ${card.message}\n`);
      },
    );

  root
    .command('usage')
    .description('totals of a usage log (JSONL or CSV; - reads standard input), priced record by record')
    .argument('<file>', 'the log file, or - for standard input')
    .addOption(new Option('--format <format>', 'the log format').choices(['jsonl', 'csv']))
    .option(
      '--group-by <dimensions>',
      'total by model, provider, day, month, serviceTier or tag names (comma-separated)',
      list,
    )
    .option('--at <instant>', 'the instant of records without one (default now)')
    .option('--table <file>', 'your own prices, in front of the catalog')
    .addOption(tierOption().default(undefined, 'standard, or what each record says'))
    .option('--strict', 'stop at the first record that cannot be priced (exit 1)')
    .option('--problems <n>', 'how many problems to list (default 10)', whole('--problems'))
    .addOption(new Option('--json', 'the report as JSON').conflicts('csv'))
    .option('--csv', 'the groups as CSV')
    .action(
      async (
        file: string,
        flags: {
          format?: 'jsonl' | 'csv';
          groupBy?: string[];
          at?: string;
          table?: string;
          tier?: ServiceTierName;
          strict?: boolean;
          problems?: number;
          json?: boolean;
          csv?: boolean;
        },
      ) => {
        const format = flags.format ?? (file.toLowerCase().endsWith('.csv') ? 'csv' : 'jsonl');
        const report = await aggregateLog(fileChunks(file, io), {
          table: prices(flags.table),
          format,
          ...(flags.groupBy === undefined ? {} : { groupBy: flags.groupBy }),
          ...(flags.at === undefined ? {} : { at: flags.at }),
          ...(flags.tier === undefined ? {} : { serviceTier: flags.tier }),
          ...(flags.strict === true ? { strict: true } : {}),
          maxProblems: flags.problems ?? 10,
        });
        const dimensions = flags.groupBy ?? [];
        if (flags.json === true) {
          io.stdout(`${JSON.stringify(report, null, 2)}\n`);
        } else {
          const header = [
            ...dimensions.map((name) => name.replace(/^tag:/, '')),
            'currency',
            'total',
            'records',
            'input_tokens',
            'output_tokens',
            'cache_read_tokens',
            'requests',
          ];
          const rows = report.groups.map((group) => [
            ...Object.values(group.key).map((value) => value ?? (flags.csv === true ? '' : '(none)')),
            group.currency,
            group.total.amount,
            String(group.records),
            String(group.counts.inputTokens),
            String(group.counts.outputTokens),
            String(group.counts.cacheReadTokens),
            String(group.counts.requests),
          ]);
          if (flags.csv === true) io.stdout(`${csv(header, rows)}\n`);
          else {
            const width = dimensions.length;
            io.stdout(
              `${table(header, rows, [width + 1, width + 2, width + 3, width + 4, width + 5, width + 6])}\n`,
            );
            for (const total of report.totals)
              io.stdout(`total: ${amount(total.total)} over ${count(total.records)} records\n`);
          }
        }
        if (report.records.unpriced > 0) {
          const reasons = Object.entries(report.problemCounts)
            .map(([reason, n]) => `${n} ${reason}`)
            .join(', ');
          io.stderr(
            `${count(report.records.unpriced)} of ${count(report.records.read)} records not priced (${reasons}):\n`,
          );
          for (const problem of report.problems) io.stderr(`  line ${problem.line}: ${problem.message}\n`);
        }
      },
    );

  root
    .command('catalog')
    .description('the built-in cards (or yours with --table), one line each')
    .option('--provider <id>', 'only this provider')
    .option('--at <instant>', 'only cards in force then (default now)')
    .option('--all', 'every card, past and future prices too')
    .option('--table <file>', 'your own prices, in front of the catalog')
    .addOption(new Option('--json', 'the cards as JSON').conflicts('csv'))
    .option('--csv', 'the cards as CSV')
    .action((flags: LookupFlags & { all?: boolean; json?: boolean; csv?: boolean }) => {
      const cards = listCards(prices(flags.table), {
        ...(flags.provider === undefined ? {} : { provider: flags.provider }),
        ...(flags.all === true ? {} : { at: flags.at ?? new Date() }),
      });
      if (flags.json === true) {
        io.stdout(`${JSON.stringify(cards, null, 2)}\n`);
        return;
      }
      const header = ['provider', 'model', 'input', 'cache_read', 'output', 'from', 'to'];
      const rows = cards.map((card) => [
        card.provider,
        card.id,
        card.inputPerMillion,
        card.cacheReadPerMillion ?? '',
        card.outputPerMillion,
        card.effective?.from ?? '',
        card.effective?.to ?? '',
      ]);
      if (flags.csv === true) io.stdout(`${csv(header, rows)}\n`);
      else
        io.stdout(
          `${table(header, rows, [2, 3, 4])}\n${count(cards.length)} cards; rates in USD per 1M tokens\n`,
        );
    });

  root
    .command('sql')
    .description(
      'a SQL script that prices a usage table inside DuckDB or Postgres (pipe it into duckdb or psql)',
    )
    .addOption(
      new Option('--dialect <dialect>', 'the database').choices(['duckdb', 'postgres']).makeOptionMandatory(),
    )
    .option('--provider <id>', "only this provider's cards")
    .option('--table <file>', 'your own prices, in front of the catalog')
    .option(
      '--usage-table <name>',
      'the table (or view) of usage rows to price; the view is <name>_priced',
      'usage',
    )
    .option('--prefix <name>', 'prefix of the tables the script creates', 'tokenomics')
    .option('--at <instant>', 'the instant of rows whose at is NULL (default: when the query runs)')
    .option('--create-usage-table', 'also create the usage table with the documented columns, if missing')
    .option(
      '--columns <list>',
      'the usage columns your table has, comma-separated (model,at,input_tokens,output_tokens,...); the rest read as NULL',
      list,
    )
    .action(
      (flags: {
        dialect: 'duckdb' | 'postgres';
        provider?: string;
        table?: string;
        usageTable: string;
        prefix: string;
        at?: string;
        createUsageTable?: boolean;
        columns?: string[];
      }) => {
        const source = prices(flags.table);
        io.stdout(
          tableToSQL(source, {
            dialect: flags.dialect,
            ...(flags.provider === undefined ? {} : { provider: flags.provider }),
            ...(flags.columns === undefined ? {} : { columns: flags.columns }),
            usageTable: flags.usageTable,
            prefix: flags.prefix,
            ...(flags.at === undefined ? {} : { at: flags.at }),
            createUsageTable: flags.createUsageTable === true,
          }),
        );
      },
    );

  workloadOptions(
    root
      .command('infra')
      .description('a bottom-up card: what a model costs to serve on given hardware, from the GPU-hour up')
      .requiredOption('--model <id>', 'a model preset (tokenomics/infra listModelSpecs), e.g. llama-3.3-70b')
      .requiredOption('--hardware <id>', 'a hardware preset, e.g. h100-sxm'),
  )
    .option(
      '--rent <usd>',
      'rented: the price of one accelerator-hour (default: the preset dated rental price)',
    )
    .option(
      '--gpu-price <usd>',
      'owned instead: the purchase price of one accelerator (other costs at their defaults)',
    )
    .option('--utilization <share>', 'share of paid time spent serving, in (0, 1] (default 0.6)')
    .option('--margin <share>', 'gross margin on cost, in [0, 1) (default 0)')
    .option('--json', 'the card and its explanation as JSON')
    .action(
      (
        flags: WorkloadFlags & {
          hardware: string;
          rent?: string;
          gpuPrice?: string;
          utilization?: string;
          margin?: string;
          json?: boolean;
        },
      ) => {
        let gpuHour: Parameters<typeof bottomUpCard>[0]['gpuHour'];
        if (flags.gpuPrice !== undefined) gpuHour = { gpuPrice: flags.gpuPrice, hardware: flags.hardware };
        else {
          const rent = flags.rent ?? getHardware(flags.hardware).rental?.perHour;
          if (rent === undefined) {
            throw new InputError(
              `no dated rental price for ${flags.hardware}; pass --rent <usd per hour> or --gpu-price <usd>.`,
            );
          }
          gpuHour = { rentPerHour: rent };
        }
        const card = bottomUpCard({
          gpuHour,
          throughput: {
            ...workloadOf(flags),
            hardware: flags.hardware,
          } as Parameters<typeof bottomUpCard>[0]['throughput'],
          utilization: flags.utilization ?? '0.6',
          ...(flags.margin === undefined ? {} : { grossMargin: flags.margin }),
        });
        const explanation = explainCard(card);
        if (flags.json === true) {
          io.stdout(`${JSON.stringify({ card, explanation }, null, 2)}\n`);
          return;
        }
        const parts = ['capital', 'facility', 'energy', 'operations', 'rent', 'margin'] as const;
        const rows = parts.map((part) => [
          part,
          `$${explanation.input[part]}`,
          `$${explanation.output[part]}`,
        ]);
        rows.push(['total', `$${explanation.input.total}`, `$${explanation.output.total}`]);
        io.stdout(
          `${card.id}: input $${card.inputPerMillion}, output $${card.outputPerMillion} per 1M tokens (utilization ${explanation.utilization}, margin ${explanation.grossMargin})\n${table(['per 1M tokens', 'input', 'output'], rows, [1, 2])}\n`,
        );
      },
    );
  workloadOptions(
    root
      .command('capacity')
      .description(
        'a site: accelerators a power budget holds, tokens a day, yearly cost by part, cost per 1M and, with list prices, margin and payback',
      )
      .option('--power-mw <mw>', "the site's total power in MW (1 GW = 1000)")
      .option(
        '--accelerators <n>',
        'the accelerators in the site, instead of its power',
        whole('--accelerators'),
      )
      .requiredOption('--hardware <id>', 'a hardware preset, e.g. gb200')
      .requiredOption('--model <id>', 'a model preset, e.g. deepseek-r1'),
  )
    .option('--pue <ratio>', 'power usage effectiveness (default 1.2)')
    .option('--utilization <share>', 'share of the time serving, in (0, 1] (default 0.6)')
    .option('--rent <usd>', 'rented: the price of one accelerator-hour')
    .option(
      '--contract-usd <usd>',
      "a compute contract's value (with --contract-years): its implied hourly rate",
    )
    .option('--contract-years <years>', "the contract's term in years")
    .option('--gpu-price <usd>', 'owned: the purchase price of one accelerator (default: the preset price)')
    .option('--list <model>', "earn revenue at a catalog card's list prices (e.g. deepseek-reasoner)")
    .option('--price-input <usd>', 'earn revenue at this input price per 1M tokens (with --price-output)')
    .option('--price-output <usd>', 'earn revenue at this output price per 1M tokens')
    .option('--json', 'the plan as JSON')
    .action(
      (
        flags: WorkloadFlags & {
          powerMw?: string;
          accelerators?: number;
          hardware: string;
          pue?: string;
          utilization?: string;
          rent?: string;
          contractUsd?: string;
          contractYears?: string;
          gpuPrice?: string;
          list?: string;
          priceInput?: string;
          priceOutput?: string;
          json?: boolean;
        },
      ) => {
        const costs = [flags.rent, flags.contractUsd, flags.gpuPrice].filter((value) => value !== undefined);
        if (costs.length > 1) throw new InputError('pass one of --rent, --contract-usd or --gpu-price.');
        if ((flags.contractUsd === undefined) !== (flags.contractYears === undefined)) {
          throw new InputError('--contract-usd and --contract-years go together.');
        }
        if ((flags.priceInput === undefined) !== (flags.priceOutput === undefined)) {
          throw new InputError('--price-input and --price-output go together.');
        }
        if (flags.list !== undefined && flags.priceInput !== undefined) {
          throw new InputError('pass --list or --price-input/--price-output, not both.');
        }
        const workload = workloadOf(flags) as Parameters<typeof capacityPlan>[0]['workload'];
        const size =
          flags.powerMw !== undefined
            ? {
                powerMW: flags.powerMw,
                ...(flags.accelerators === undefined ? {} : { accelerators: flags.accelerators }),
              }
            : flags.accelerators !== undefined
              ? { accelerators: flags.accelerators }
              : {};
        const site = {
          ...size,
          hardware: flags.hardware,
          workload,
          utilization: flags.utilization ?? '0.6',
          ...(flags.pue === undefined ? {} : { pue: flags.pue }),
          ...(flags.list !== undefined
            ? { prices: cardFor(flags.list, {}) }
            : flags.priceInput !== undefined
              ? {
                  prices: {
                    inputPerMillion: flags.priceInput,
                    outputPerMillion: flags.priceOutput as string,
                  },
                }
              : {}),
        } as Parameters<typeof capacityPlan>[0];
        let gpuHour: Parameters<typeof capacityPlan>[0]['gpuHour'];
        if (flags.rent !== undefined) gpuHour = { rentPerHour: flags.rent };
        else if (flags.gpuPrice !== undefined) gpuHour = { gpuPrice: flags.gpuPrice };
        else if (flags.contractUsd !== undefined) {
          // the contract covers this site's accelerators: size the site first, then price the hour
          const { accelerators } = capacityPlan({ ...site, gpuHour: { rentPerHour: '0' } });
          gpuHour = contractRate({
            totalUSD: flags.contractUsd,
            years: flags.contractYears as string,
            accelerators,
          }).gpuHour;
        }
        const plan = capacityPlan({ ...site, ...(gpuHour === undefined ? {} : { gpuHour }) });
        if (flags.json === true) {
          io.stdout(`${JSON.stringify(plan, null, 2)}\n`);
          return;
        }
        const t = plan.throughput;
        const money = (value: { amount: string; currency: string }) => amount(value);
        const tokens = (whole: string) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
        const lines = [
          `${count(plan.accelerators)} x ${flags.hardware} (${count(plan.modelCopies)} copies of ${flags.model}), ${plan.itPowerMW} MW IT, ${plan.facilityPowerMW} MW with cooling`,
          `each copy: batch ${t.batch}, ${t.tokensPerSecondPerUser.toFixed(1)} tokens/s per user, ${t.outputTokensPerSecondPerGpu.toFixed(0)} output tokens/s per accelerator (${t.bound})`,
          `tokens a day: ${tokens(plan.tokensPerDay.input)} input, ${tokens(plan.tokensPerDay.output)} output`,
          `cost per 1M tokens: input ${money(plan.costPerMillion.input)}, output ${money(plan.costPerMillion.output)}`,
          `a year's cost: ${money(plan.annualCost.total)} (capital ${money(plan.annualCost.capital)}, facility ${money(plan.annualCost.facility)}, energy ${money(plan.annualCost.energy)}, operations ${money(plan.annualCost.operations)}, rent ${money(plan.annualCost.rent)})`,
          ...(plan.upfront === undefined ? [] : [`up front: ${money(plan.upfront)}`]),
          ...(plan.revenue === undefined
            ? []
            : [
                `a year's revenue at list prices: ${money(plan.revenue.annual)}, gross margin ${plan.revenue.grossMargin === null ? 'n/a' : `${(Number(plan.revenue.grossMargin) * 100).toFixed(1)}%`}${plan.revenue.paybackYears === undefined ? '' : `, payback ${plan.revenue.paybackYears === null ? 'never' : `${plan.revenue.paybackYears} years`}`}`,
              ]),
        ];
        io.stdout(`${lines.join('\n')}\n`);
      },
    );
  return root;
}

/**
 * Runs the command line and returns the exit code: 0 success, 1 bad input (a message names the value and
 * the fix) or a record that cannot be priced under --strict, 2 wrong flags.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const root = program(io);
  try {
    await root.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version are successes; everything else commander refuses is a flag error.
      return error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.exitCode === 0
        ? 0
        : 2;
    }
    if (isTokenomicsError(error) || error instanceof InputError) {
      io.stderr(`tokenomics: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
