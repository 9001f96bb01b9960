/**
 * Exact spend over usage logs of any size: each record priced at its own instant on the table's card,
 * totalled per group in scaled integers, with memory proportional to the number of groups.
 *
 * @module
 */

import type { CompiledCard } from '../cards/compile.js';
import { bigParts, compiledCardOf, numberParts, type Priced, pricingOfLeaves } from '../cards/estimate.js';
import type { CostPartName, PriceCard, ServiceTierName, Usage } from '../cards/types.js';
import { COST_PART_NAMES } from '../cards/types.js';
import { type MutableLeaves, splitLeaves, type UsageLeaves, usageLeaves } from '../cards/usage.js';
import {
  InvalidArgumentError,
  InvalidLogRecordError,
  isTokenomicsError,
  type LogProblemReason,
} from '../errors.js';
import { own, requireOptions } from '../internal/checks.js';
import { instantTime, parseIsoInstant } from '../internal/dates.js';
import { describeValue } from '../internal/describe.js';
import { formatUnits, pow10 } from '../money/decimal.js';
import type { Money } from '../money/money.js';
import { getCard, type NameLookup, nameLookup } from '../tables/lookup.js';
import { type PriceTable, resolveTable } from '../tables/table.js';
import { civilDayMs, clockMs } from './instants.js';
import { type ReadRecord, type RecordProblem, readRecord, type UsageLogRecord } from './record.js';
import { type ScannedLine, scanLine, scannedLine } from './scan.js';

/** What a group can be keyed by: a built-in dimension, or a tag (`tag:<name>`, or the bare tag name). */
export type GroupByKey = 'model' | 'provider' | 'day' | 'month' | 'serviceTier' | (string & {});

/** Options of {@link aggregateUsage}, {@link aggregateLog} and {@link createUsageAggregator}. */
export interface AggregateOptions {
  /** The prices: the built-in catalog, your own table, or both composed. */
  readonly table: PriceTable;
  /**
   * Dimensions to total by, in order: `model` (the card's id, so spellings of one model add up),
   * `provider` (the card's), `day` and `month` (UTC, from each record's `at`), `serviceTier`, and tag
   * names (`team`, or `tag:team` for a tag named like a dimension). Default: one group for everything.
   */
  readonly groupBy?: readonly GroupByKey[];
  /** The service tier of records whose usage and record do not say. Default: standard. */
  readonly serviceTier?: ServiceTierName;
  /** The instant of records without `at`. Default: when the aggregation starts. */
  readonly at?: Date | number | string;
  /** Stop at the first record that cannot be priced, with an `InvalidLogRecordError`. Default false. */
  readonly strict?: boolean;
  /** How many problems the report keeps in full (all are counted). Default 100. */
  readonly maxProblems?: number;
}

/** A record that was not priced: where, why, and the message that says how to fix it. */
export interface UsageProblem {
  /** The 1-based line (for text logs) or position (for records). */
  readonly line: number;
  readonly reason: LogProblemReason;
  readonly message: string;
  readonly model?: string;
}

/** Token and request counts of a group, as a usage record counts them (inclusive). */
export interface UsageCounts {
  readonly inputTokens: number;
  readonly outputTokens: number;
  readonly cacheReadTokens: number;
  readonly cacheWriteTokens: number;
  readonly cacheWrite1hTokens: number;
  readonly reasoningTokens: number;
  readonly audioInputTokens: number;
  readonly audioCacheReadTokens: number;
  readonly audioOutputTokens: number;
  readonly imageInputTokens: number;
  readonly imageCacheReadTokens: number;
  readonly imageOutputTokens: number;
  readonly requests: number;
  readonly webSearches: number;
}

/** The totals of one group: its key, its cost and cost parts, its counts. */
export interface UsageGroup {
  /** The group's value for each `groupBy` dimension (`null`: the record had no such tag). */
  readonly key: Readonly<Record<string, string | null>>;
  readonly currency: string;
  readonly total: Money;
  readonly parts: Readonly<Record<CostPartName, Money>>;
  readonly counts: UsageCounts;
  /** Records priced into this group. */
  readonly records: number;
}

/** What an aggregation found: totals per group and per currency, and every record it could not price. */
export interface UsageReport {
  /** Groups in key order. A group never mixes currencies: the currency is part of its identity. */
  readonly groups: readonly UsageGroup[];
  /** The total per currency, over every priced record. */
  readonly totals: readonly { readonly currency: string; readonly total: Money; readonly records: number }[];
  /** Records read (blank lines aside), priced, and not priced. */
  readonly records: { readonly read: number; readonly priced: number; readonly unpriced: number };
  /** The first `maxProblems` problems, in order. */
  readonly problems: readonly UsageProblem[];
  /** How many records were not priced, per reason. */
  readonly problemCounts: Readonly<Partial<Record<LogProblemReason, number>>>;
}

const PARTS = COST_PART_NAMES.length; // 12 token leaves, requests, web searches
const LEAVES = 12;
/** Below this a number accumulator takes any record's parts (each at most 2^53 - 1) and stays exact. */
const FLUSH_AT = 2 ** 52;
const TIER_OPTIONS: { readonly [K in ServiceTierName]: { readonly serviceTier: K } } = {
  standard: { serviceTier: 'standard' },
  batch: { serviceTier: 'batch' },
  flex: { serviceTier: 'flex' },
  priority: { serviceTier: 'priority' },
  fast: { serviceTier: 'fast' },
};
const DIMENSIONS = new Set(['model', 'provider', 'day', 'month', 'serviceTier']);
const OPTION_NAMES = ['table', 'groupBy', 'serviceTier', 'at', 'strict', 'maxProblems'] as const;

/** Cost parts at one scale: numbers while they are safe, moved to BigInts before they would not be. */
class Accumulator {
  readonly num: number[] = new Array<number>(PARTS).fill(0);
  big: bigint[] | undefined;
  total = 0;
  constructor(readonly scale: number) {}

  addNumbers(parts: readonly number[], sum: number): void {
    if (this.total + sum > FLUSH_AT) this.flush();
    const num = this.num;
    for (let i = 0; i < PARTS; i++) num[i] = (num[i] as number) + (parts[i] as number);
    this.total += sum;
  }

  addBig(parts: readonly bigint[]): void {
    this.flush();
    const big = this.big as bigint[];
    for (let i = 0; i < PARTS; i++) big[i] = (big[i] as bigint) + (parts[i] as bigint);
  }

  flush(): void {
    if (this.big === undefined) this.big = new Array<bigint>(PARTS).fill(0n);
    const big = this.big;
    for (let i = 0; i < PARTS; i++) {
      big[i] = (big[i] as bigint) + BigInt(this.num[i] as number);
      this.num[i] = 0;
    }
    this.total = 0;
  }

  /** The parts at `scale` (at least this accumulator's). */
  partsAt(scale: number): bigint[] {
    this.flush();
    const factor = pow10(scale - this.scale);
    return (this.big as bigint[]).map((part) => part * factor);
  }
}

class Group {
  readonly accumulators: Accumulator[] = [];
  last: Accumulator | undefined;
  readonly counts: number[] = new Array<number>(PARTS).fill(0);
  countsBig: bigint[] | undefined;
  records = 0;
  constructor(
    readonly values: readonly (string | null)[],
    readonly currency: string,
  ) {}

  accumulator(scale: number): Accumulator {
    const last = this.last;
    if (last !== undefined && last.scale === scale) return last;
    let found = this.accumulators.find((acc) => acc.scale === scale);
    if (found === undefined) {
      found = new Accumulator(scale);
      this.accumulators.push(found);
    }
    this.last = found;
    return found;
  }

  addCounts(leaves: readonly number[], requests: number, webSearches: number): void {
    const counts = this.counts;
    let overflow = false;
    for (let i = 0; i < LEAVES; i++) {
      const next = (counts[i] as number) + (leaves[i] as number);
      counts[i] = next;
      if (next > FLUSH_AT) overflow = true;
    }
    counts[LEAVES] = (counts[LEAVES] as number) + requests;
    counts[LEAVES + 1] = (counts[LEAVES + 1] as number) + webSearches;
    if (overflow || (counts[LEAVES] as number) > FLUSH_AT || (counts[LEAVES + 1] as number) > FLUSH_AT) {
      if (this.countsBig === undefined) this.countsBig = new Array<bigint>(PARTS).fill(0n);
      const big = this.countsBig;
      for (let i = 0; i < PARTS; i++) {
        big[i] = (big[i] as bigint) + BigInt(counts[i] as number);
        counts[i] = 0;
      }
    }
  }
}

/** One `groupBy` dimension. */
interface Dimension {
  readonly kind: 'model' | 'provider' | 'day' | 'month' | 'serviceTier' | 'tag';
  readonly tag: string;
}

/** Groups by dimension values, one map level per dimension, then by currency. */
type GroupTree = Map<string | null, GroupTree | Group>;

/** A prepared lookup of one (model, provider), reused for every record that names it. */
interface LookupEntry {
  readonly lookup: NameLookup | undefined;
  /** Why the name cannot be priced at any instant (ambiguous), else undefined. */
  readonly problem: RecordProblem | undefined;
  /** The fixed card's compiled form. */
  readonly compiled: CompiledCard | undefined;
  /** The problem a fixed lookup without a card gives (unknown, retired), computed once. */
  missing: RecordProblem | undefined;
}

/**
 * A usage aggregator to feed record by record (a metering service's periodic totals, a custom reader):
 * `add` a record object or a JSONL line, then `report()`. {@link aggregateUsage} and {@link aggregateLog}
 * drive one over a whole log.
 */
export interface UsageAggregator {
  /** Adds a record (an object, or one JSON line); `line` numbers it in problems (default: the count so far). */
  add(record: UsageLogRecord | string, line?: number): void;
  /** The totals so far. */
  report(): UsageReport;
}

/** The aggregator behind {@link createUsageAggregator}, {@link aggregateUsage} and the log readers. */
export class Aggregator implements UsageAggregator {
  private readonly table: PriceTable;
  private readonly dimensions: Dimension[];
  private readonly defaultTier: ServiceTierName | undefined;
  private readonly defaultTime: number;
  private readonly strict: boolean;
  private readonly maxProblems: number;
  private readonly record: ReadRecord = {
    model: '',
    provider: undefined,
    at: undefined,
    usage: undefined as unknown as Usage,
    serviceTier: undefined,
    tags: undefined,
  };
  private readonly lookups = new Map<string, LookupEntry>();
  /** The pricing of the record in hand, reused. */
  private readonly pricing: { -readonly [K in keyof Priced]: Priced[K] } = {
    compiled: undefined as unknown as CompiledCard,
    leaves: undefined as unknown as UsageLeaves,
    rates: undefined as unknown as Priced['rates'],
    serviceTier: 'standard',
  };
  private readonly groups: Group[] = [];
  private readonly groupTree: GroupTree = new Map();
  private readonly scanned: ScannedLine = scannedLine();
  private currentScan: ScannedLine | undefined;
  private readonly leaves: MutableLeaves = {
    counts: new Array<number>(LEAVES).fill(0),
    inputTokens: 0,
    requests: 0,
    webSearches: 0,
    serviceTier: undefined,
  };
  private readonly dayNames = new Map<number, string>();
  private readonly scratch: number[] = new Array<number>(PARTS).fill(0);
  private readonly problems: UsageProblem[] = [];
  private readonly problemCounts: Partial<Record<LogProblemReason, number>> = {};
  private read = 0;
  private priced = 0;
  private lastDayIndex = Number.NaN;
  private lastDay = '';

  constructor(options: AggregateOptions) {
    const checked = requireOptions(options, OPTION_NAMES, 'aggregateUsage');
    const table = own(checked, 'table');
    resolveTable(table); // a typed error now, not at the first record
    this.table = table as PriceTable;
    const tier = own(checked, 'serviceTier');
    if (tier !== undefined && !(typeof tier === 'string' && Object.hasOwn(TIER_OPTIONS, tier))) {
      throw new InvalidArgumentError(
        `Service tier ${describeValue(tier)} is not one of standard, batch, flex, priority, fast.`,
        { argument: 'serviceTier', value: tier },
      );
    }
    this.defaultTier = tier as ServiceTierName | undefined;
    const at = own(checked, 'at');
    this.defaultTime = at === undefined ? Date.now() : instantTime(at);
    if (Number.isNaN(this.defaultTime)) {
      throw new InvalidArgumentError(
        `Instant ${describeValue(at)} is not a valid instant; pass a Date, epoch milliseconds or an ISO 8601 string.`,
        { argument: 'at', value: at },
      );
    }
    const strict = own(checked, 'strict');
    if (strict !== undefined && typeof strict !== 'boolean') {
      throw new InvalidArgumentError(`Option strict is ${describeValue(strict)}; pass true or false.`, {
        argument: 'strict',
        value: strict,
      });
    }
    this.strict = strict === true;
    const maxProblems = own(checked, 'maxProblems');
    if (
      maxProblems !== undefined &&
      !(typeof maxProblems === 'number' && Number.isSafeInteger(maxProblems) && maxProblems >= 0)
    ) {
      throw new InvalidArgumentError(
        `Option maxProblems is ${describeValue(maxProblems)}; pass a whole number of problems to keep (0 or more).`,
        { argument: 'maxProblems', value: maxProblems },
      );
    }
    this.maxProblems = (maxProblems as number | undefined) ?? 100;
    const groupBy = own(checked, 'groupBy');
    this.dimensions = this.dimensionsOf(groupBy);
    this.names = this.dimensions.map((dimension) =>
      dimension.kind === 'tag' ? dimension.tag : dimension.kind,
    );
  }

  /** The report's key names, one per `groupBy` dimension. */
  private readonly names: readonly string[];

  private dimensionsOf(groupBy: unknown): Dimension[] {
    if (groupBy === undefined) return [];
    if (!Array.isArray(groupBy) || groupBy.length > 16) {
      throw new InvalidArgumentError(
        `groupBy is ${describeValue(groupBy)}; pass a list of at most 16 dimensions such as ['model', 'day'] or tag names.`,
        { argument: 'groupBy', value: groupBy },
      );
    }
    const seen = new Set<string>();
    return Array.from(groupBy as unknown[], (name: unknown): Dimension => {
      if (typeof name !== 'string' || name.length === 0 || name.length > 100 || seen.has(name)) {
        throw new InvalidArgumentError(
          `groupBy entry ${describeValue(name)} is not a dimension: use model, provider, day, month, serviceTier, or a tag name (tag:<name> for a tag named like a dimension), each once.`,
          { argument: 'groupBy', value: name },
        );
      }
      seen.add(name);
      if (DIMENSIONS.has(name)) return { kind: name as Dimension['kind'], tag: '' };
      return {
        kind: 'tag',
        tag: name.startsWith('tag:') && DIMENSIONS.has(name.slice(4)) ? name.slice(4) : name,
      };
    });
  }

  /** The value of one dimension for the record being priced. */
  private valueOf(dimension: Dimension, card: PriceCard, time: number, tier: string): string | null {
    switch (dimension.kind) {
      case 'model':
        return card.id;
      case 'provider':
        return card.provider;
      case 'day':
        return this.dayOf(time);
      case 'month':
        return this.dayOf(time).slice(0, 7);
      case 'serviceTier':
        return tier;
      case 'tag':
        return this.tagOf(dimension.tag);
    }
  }

  /** The current record's tag, from whichever reader read it. */
  private tagOf(name: string): string | null {
    const scanned = this.currentScan;
    if (scanned !== undefined) {
      for (let t = 0; t < scanned.tagCount; t++)
        if (scanned.tagKeys[t] === name) return scanned.tagValues[t] as string;
      return null;
    }
    const tags = this.record.tags;
    if (tags === undefined || !Object.hasOwn(tags, name)) return null;
    const value = tags[name];
    return typeof value === 'string' ? value : String(value);
  }

  private dayOf(time: number): string {
    const index = Math.floor(time / 86_400_000);
    if (index === this.lastDayIndex) return this.lastDay;
    let name = this.dayNames.get(index);
    if (name === undefined) {
      name = new Date(time).toISOString().slice(0, 10);
      if (this.dayNames.size < 100_000) this.dayNames.set(index, name);
    }
    this.lastDayIndex = index;
    this.lastDay = name;
    return name;
  }

  add(record: UsageLogRecord | string, line = this.read + 1): void {
    if (typeof record === 'string') this.addLine(record, line);
    else this.addValue(record, line);
  }

  /** Prices one JSON line: the scanner's fast path when the line has the usual shape, else JSON.parse. */
  addLine(text: string, line: number): void {
    this.addSpan(text, 0, text.length, line);
  }

  /**
   * Prices the JSON line `text[start, end)` (a line of a larger chunk: nothing is sliced on the fast path).
   * Blank lines are skipped.
   */
  addSpan(text: string, start: number, end: number, line: number): void {
    if (end > start && text.charCodeAt(end - 1) === 13) end--; // CRLF
    let first = start;
    while (first < end && text.charCodeAt(first) === 32) first++;
    if (first === end) return; // a blank line
    const scanned = this.scanned;
    if (scanLine(text, first, end, scanned) && this.addScanned(text, scanned, line)) return;
    const lineText = text.slice(start, end);
    if (isBlank(lineText)) return;
    let value: unknown;
    try {
      value = JSON.parse(lineText);
    } catch (error) {
      this.read++;
      const shown = lineText.length > 60 ? `${lineText.slice(0, 60)}...` : lineText;
      this.fail(line, {
        reason: 'invalid-json',
        message: `not JSON (${(error as Error).message}): ${JSON.stringify(shown)}`,
      });
      return;
    }
    this.addValue(value, line);
  }

  /** Prices a scanned line; false (nothing counted) when the slow path must judge it. */
  private addScanned(text: string, scanned: ScannedLine, line: number): boolean {
    const recordTier = scanned.serviceTier;
    const usageTier = scanned.usageServiceTier;
    if (
      (recordTier !== undefined && !Object.hasOwn(TIER_OPTIONS, recordTier)) ||
      (usageTier !== undefined && !Object.hasOwn(TIER_OPTIONS, usageTier))
    ) {
      return false;
    }
    this.read++;
    let time = this.defaultTime;
    if (scanned.atStart !== -1) {
      time = this.spanTime(text, scanned.atStart, scanned.atEnd);
      if (Number.isNaN(time)) {
        this.failAt(line, scanned.model, text.slice(scanned.atStart, scanned.atEnd));
        return true;
      }
    }
    const c = scanned.counts;
    const get = (k: number, fallback: number) => {
      const value = c[k] as number;
      return value === -1 ? fallback : value;
    };
    let leaves: UsageLeaves;
    try {
      leaves = splitLeaves(
        c[0] as number,
        c[1] as number,
        get(2, 0),
        get(3, 0),
        get(4, 0),
        get(5, 0),
        get(6, 0),
        get(7, 0),
        get(8, 0),
        get(9, 0),
        get(10, 0),
        get(11, 0),
        get(12, 1),
        get(13, 0),
        usageTier as ServiceTierName | undefined,
        this.leaves,
      );
    } catch (error) {
      this.fail(line, this.pricingProblem(error, scanned.model));
      return true;
    }
    this.currentScan = scanned;
    this.price(
      line,
      scanned.model,
      scanned.provider,
      time,
      leaves,
      recordTier as ServiceTierName | undefined,
    );
    this.currentScan = undefined;
    return true;
  }

  /** {@link Aggregator.timeOf} for `at` written at `text[start, end)`, sliced only when not the common form. */
  private spanTime(text: string, start: number, end: number): number {
    const day = civilDayMs(text, start);
    if (day >= 0) {
      const time = clockMs(text, start, end);
      if (time >= 0) return day + time;
    }
    return this.timeOf(text.slice(start, end));
  }

  /** Epoch milliseconds of a record's `at` string: the common form by arithmetic, any other by the parser. */
  private timeOf(at: string): number {
    const day = civilDayMs(at, 0);
    if (day >= 0) {
      const time = clockMs(at, 0, at.length);
      if (time >= 0) return day + time;
    }
    const time = parseIsoInstant(at);
    return Number.isFinite(time) && Math.abs(time) <= 8.64e15 ? time : Number.NaN;
  }

  private failAt(line: number, model: string, at: unknown): void {
    this.fail(line, {
      reason: 'invalid-at',
      model,
      message: `"at" is ${describeValue(at)}; write an ISO 8601 instant such as "2026-11-02T09:15:00Z" (no offset means UTC) or epoch milliseconds`,
    });
  }

  /** Counts a line that is not a record at all (a broken CSV row) as a problem. */
  reportUnreadable(line: number, message: string): void {
    this.read++;
    this.fail(line, { reason: 'invalid-record', message });
  }

  /** Prices one parsed record (an object, or a line the scanner left to JSON.parse). */
  addValue(value: unknown, line: number): void {
    this.read++;
    const record = this.record;
    const problem: RecordProblem | undefined = readRecord(value, record);
    if (problem !== undefined) {
      this.fail(line, problem);
      return;
    }
    const model = record.model;
    let time = this.defaultTime;
    if (record.at !== undefined) {
      time = typeof record.at === 'string' ? this.timeOf(record.at) : instantTime(record.at);
      if (Number.isNaN(time)) {
        this.failAt(line, model, record.at);
        return;
      }
    }
    let leaves: UsageLeaves;
    try {
      leaves = usageLeaves(record.usage);
    } catch (error) {
      this.fail(line, this.pricingProblem(error, model));
      return;
    }
    this.price(line, model, record.provider, time, leaves, record.serviceTier);
  }

  /** The shared core: the card in force, the rates, the group, the sums. */
  private price(
    line: number,
    model: string,
    provider: string | undefined,
    time: number,
    leaves: UsageLeaves,
    recordTier: ServiceTierName | undefined,
  ): void {
    const key = provider === undefined ? model : `${provider}\u0000${model}`;
    let entry = this.lookups.get(key);
    if (entry === undefined) {
      entry = this.prepare(model, provider);
      this.lookups.set(key, entry);
    }
    if (entry.problem !== undefined) {
      this.fail(line, entry.problem);
      return;
    }
    let compiled = entry.compiled;
    if (compiled === undefined) {
      const lookup = entry.lookup as NameLookup;
      if (lookup.fixed) {
        entry.missing ??= this.missing(model, provider, time);
        this.fail(line, entry.missing);
        return;
      }
      let card: PriceCard | undefined;
      try {
        card = lookup.at(time);
      } catch (error) {
        this.fail(line, this.lookupProblem(error, model));
        return;
      }
      if (card === undefined) {
        this.fail(line, this.missing(model, provider, time));
        return;
      }
      compiled = compiledCardOf(card);
    }
    let options: { readonly serviceTier: ServiceTierName } | undefined;
    if (recordTier !== undefined) options = TIER_OPTIONS[recordTier];
    else if (this.defaultTier !== undefined && leaves.serviceTier === undefined)
      options = TIER_OPTIONS[this.defaultTier];
    let priced: Priced;
    try {
      priced = pricingOfLeaves(compiled, leaves, options, this.pricing);
    } catch (error) {
      this.fail(line, this.pricingProblem(error, model));
      return;
    }
    const group = this.groupFor(compiled, time, priced.serviceTier);
    const accumulator = group.accumulator(compiled.scale);
    const sum = numberParts(priced, this.scratch);
    if (sum !== undefined) accumulator.addNumbers(this.scratch, sum);
    else accumulator.addBig(bigParts(priced));
    group.addCounts(leaves.counts, leaves.requests, leaves.webSearches);
    group.records++;
    this.priced++;
  }

  /** The record's group: one map level per dimension, then the currency; created on first use. */
  private groupFor(compiled: CompiledCard, time: number, tier: string): Group {
    const card = compiled.card;
    const dimensions = this.dimensions;
    let level = this.groupTree;
    for (let d = 0; d < dimensions.length; d++) {
      const value = this.valueOf(dimensions[d] as Dimension, card, time, tier);
      let next = level.get(value) as GroupTree | undefined;
      if (next === undefined) {
        next = new Map();
        level.set(value, next);
      }
      level = next;
    }
    let group = level.get(card.currency) as Group | undefined;
    if (group === undefined) {
      const values = dimensions.map((dimension) => this.valueOf(dimension, card, time, tier));
      group = new Group(values, card.currency);
      level.set(card.currency, group);
      this.groups.push(group);
    }
    return group;
  }

  private prepare(model: string, provider: string | undefined): LookupEntry {
    let lookup: NameLookup;
    try {
      lookup = nameLookup(this.table, model, provider);
    } catch (error) {
      return {
        lookup: undefined,
        problem: this.lookupProblem(error, model),
        compiled: undefined,
        missing: undefined,
      };
    }
    const compiled = lookup.fixed && lookup.card !== undefined ? compiledCardOf(lookup.card) : undefined;
    return { lookup, problem: undefined, compiled, missing: undefined };
  }

  /** Why no card is in force for a name at an instant: the lookup's own error (unknown, retired). */
  private missing(model: string, provider: string | undefined, time: number): RecordProblem {
    try {
      getCard(this.table, model, provider === undefined ? { at: time } : { provider, at: time });
    } catch (error) {
      return this.lookupProblem(error, model);
    }
    return { reason: 'unknown-model', model, message: `no card for "${model}"` };
  }

  private lookupProblem(error: unknown, model: string): RecordProblem {
    if (isTokenomicsError(error, 'RETIRED_MODEL'))
      return { reason: 'retired-model', model, message: error.message, cause: error };
    if (isTokenomicsError(error, 'AMBIGUOUS_MODEL'))
      return {
        reason: 'ambiguous-model',
        model,
        message: `${error.message} (add "provider" to the record)`,
        cause: error,
      };
    if (isTokenomicsError(error, 'UNKNOWN_MODEL'))
      return { reason: 'unknown-model', model, message: error.message, cause: error };
    if (isTokenomicsError(error))
      return { reason: 'invalid-record', model, message: error.message, cause: error };
    throw error;
  }

  private pricingProblem(error: unknown, model: string): RecordProblem {
    if (isTokenomicsError(error, 'INVALID_USAGE'))
      return { reason: 'invalid-usage', model, message: error.message, cause: error };
    if (isTokenomicsError(error, 'UNPRICED_USAGE'))
      return { reason: 'unpriced', model, message: error.message, cause: error };
    if (isTokenomicsError(error))
      return { reason: 'invalid-record', model, message: error.message, cause: error };
    throw error;
  }

  private fail(line: number, problem: RecordProblem): void {
    if (this.strict) {
      throw new InvalidLogRecordError(
        `Line ${line}: ${problem.message}`,
        {
          line,
          reason: problem.reason,
          ...(problem.model === undefined ? {} : { model: problem.model }),
          ...(isTokenomicsError(problem.cause) ? { cause: problem.cause.code } : {}),
        },
        problem.cause === undefined ? undefined : { cause: problem.cause },
      );
    }
    this.problemCounts[problem.reason] = (this.problemCounts[problem.reason] ?? 0) + 1;
    if (this.problems.length < this.maxProblems) {
      this.problems.push({
        line,
        reason: problem.reason,
        message: problem.message,
        ...(problem.model === undefined ? {} : { model: problem.model }),
      });
    }
  }

  report(): UsageReport {
    const names = this.names;
    const groups = this.groups.map((group) => groupReport(group, names));
    groups.sort(compareGroups(names));
    const totals = new Map<string, { parts: bigint; scale: number; records: number }>();
    for (const group of this.groups) {
      const scale = Math.max(...group.accumulators.map((acc) => acc.scale));
      let sum = 0n;
      for (const acc of group.accumulators) for (const part of acc.partsAt(scale)) sum += part;
      const entry = totals.get(group.currency);
      if (entry === undefined) totals.set(group.currency, { parts: sum, scale, records: group.records });
      else {
        const common = Math.max(entry.scale, scale);
        entry.parts = entry.parts * pow10(common - entry.scale) + sum * pow10(common - scale);
        entry.scale = common;
        entry.records += group.records;
      }
    }
    const unpriced = this.read - this.priced;
    return {
      groups,
      totals: [...totals.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([currency, entry]) => ({
          currency,
          total: { amount: formatUnits(entry.parts, entry.scale), currency },
          records: entry.records,
        })),
      records: { read: this.read, priced: this.priced, unpriced },
      problems: [...this.problems],
      problemCounts: { ...this.problemCounts },
    };
  }
}

function groupReport(group: Group, names: readonly string[]): UsageGroup {
  const scale = Math.max(...group.accumulators.map((acc) => acc.scale));
  const parts = new Array<bigint>(PARTS).fill(0n);
  for (const acc of group.accumulators) {
    const atScale = acc.partsAt(scale);
    for (let i = 0; i < PARTS; i++) parts[i] = (parts[i] as bigint) + (atScale[i] as bigint);
  }
  let total = 0n;
  for (const part of parts) total += part;
  const currency = group.currency;
  const money = (units: bigint): Money => ({ amount: formatUnits(units, scale), currency });
  const partMoney = {} as Record<CostPartName, Money>;
  COST_PART_NAMES.forEach((name, i) => {
    partMoney[name] = money(parts[i] as bigint);
  });
  const c = group.counts.map((count, i) => {
    const big = group.countsBig?.[i];
    const value = big === undefined ? count : Number(big + BigInt(count));
    return value;
  });
  const n = (i: number) => c[i] as number;
  const key: Record<string, string | null> = {};
  names.forEach((name, i) => {
    key[name] = group.values[i] ?? null;
  });
  return {
    key,
    currency,
    total: money(total),
    parts: partMoney,
    counts: {
      inputTokens: n(0) + n(1) + n(2) + n(3) + n(4) + n(5) + n(6) + n(7),
      outputTokens: n(8) + n(9) + n(10) + n(11),
      cacheReadTokens: n(1) + n(5) + n(7),
      cacheWriteTokens: n(2) + n(3),
      cacheWrite1hTokens: n(3),
      reasoningTokens: n(9),
      audioInputTokens: n(4) + n(5),
      audioCacheReadTokens: n(5),
      audioOutputTokens: n(10),
      imageInputTokens: n(6) + n(7),
      imageCacheReadTokens: n(7),
      imageOutputTokens: n(11),
      requests: n(12),
      webSearches: n(13),
    },
    records: group.records,
  };
}

function compareGroups(names: readonly string[]) {
  return (a: UsageGroup, b: UsageGroup): number => {
    for (const name of names) {
      const x = a.key[name] ?? '';
      const y = b.key[name] ?? '';
      if (x !== y) return x < y ? -1 : 1;
    }
    return a.currency < b.currency ? -1 : a.currency > b.currency ? 1 : 0;
  };
}

/**
 * An aggregator to feed record by record; see {@link aggregateUsage} for the options and the report.
 *
 * @throws `InvalidArgumentError` for a bad option (checked now, not at the first record).
 *
 * @example
 * ```ts
 * import { createUsageAggregator } from 'tokenomics/budget';
 * import { catalog } from 'tokenomics/data';
 * const totals = createUsageAggregator({ table: catalog, groupBy: ['model'] });
 * totals.add({ model: 'gpt-4o', at: '2026-11-02T09:15:00Z', usage: { inputTokens: 1200, outputTokens: 300 } });
 * totals.report().groups[0]?.total; // { amount: '0.006', currency: 'USD' }
 * ```
 */
export function createUsageAggregator(options: AggregateOptions): UsageAggregator {
  const aggregator = new Aggregator(options);
  return Object.freeze({
    add: (record: UsageLogRecord | string, line?: number) => aggregator.add(record, line),
    report: () => aggregator.report(),
  });
}

/** A log source: records or JSON lines, synchronous or not. */
export type UsageSource = Iterable<UsageLogRecord | string> | AsyncIterable<UsageLogRecord | string>;

function isAsync<T>(source: unknown): source is AsyncIterable<T> {
  return typeof source === 'object' && source !== null && Symbol.asyncIterator in source;
}

/**
 * Prices and totals a usage log: record objects or JSON lines (one record per string), from an array, a
 * generator, or an async iterable (a stream of lines). Each record is priced at its own `at` on the card in
 * force then (DeepSeek's off-peak hours, price changes, retirements), totalled exactly per group, and
 * memory stays proportional to the number of groups. A record that cannot be priced (bad JSON, invalid
 * usage, unknown or retired model, a part the card has no rate for) is counted and reported with its
 * line and reason, never priced at $0; with `strict`, the first one throws.
 *
 * For a file or a byte stream, {@link aggregateLog} splits the lines itself (faster than a line reader).
 *
 * @throws `InvalidArgumentError` for a bad option; `InvalidLogRecordError` under `strict`.
 *
 * @example
 * ```ts
 * import { aggregateUsage } from 'tokenomics/budget';
 * import { catalog } from 'tokenomics/data';
 * const report = await aggregateUsage(
 *   [
 *     { model: 'gpt-4o', at: '2026-11-02T09:15:00Z', usage: { inputTokens: 1200, cacheReadTokens: 800, outputTokens: 300 }, tags: { team: 'search' } },
 *     '{"model":"claude-sonnet-4-5","at":"2026-11-02T10:00:00Z","anthropic":{"input_tokens":12,"output_tokens":250}}',
 *   ],
 *   { table: catalog, groupBy: ['model', 'team'] },
 * );
 * report.groups.map((g) => [g.key.model, g.key.team, g.total.amount]);
 * // [['claude-sonnet-4-5', null, '0.003786'], ['gpt-4o', 'search', '0.004']]
 * ```
 */
export async function aggregateUsage(source: UsageSource, options: AggregateOptions): Promise<UsageReport> {
  const aggregator = new Aggregator(options);
  let line = 0;
  const take = (item: UsageLogRecord | string): void => {
    line++;
    if (typeof item === 'string') {
      if (isBlank(item)) return;
      aggregator.add(item, line);
    } else aggregator.addValue(item, line);
  };
  if (isAsync<UsageLogRecord | string>(source)) {
    for await (const item of source) take(item);
  } else if (typeof source === 'object' && source !== null && Symbol.iterator in source) {
    for (const item of source) take(item);
  } else {
    throw new InvalidArgumentError(
      `aggregateUsage takes records or JSON lines (an array, a generator or an async iterable), not ${describeValue(source)}.`,
      { argument: 'source', value: source },
    );
  }
  return aggregator.report();
}

/** True for a line with only spaces, tabs and carriage returns. */
export function isBlank(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
