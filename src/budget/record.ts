/**
 * The usage log format: one JSON object per line, each a request (or an aggregate of requests) with the
 * model it ran on, when, and its usage, either as a usage record or as a provider's raw usage payload.
 *
 * @module
 */

import { fromAISDKUsage } from '../cards/normalizers/aisdk.js';
import { fromAnthropicUsage } from '../cards/normalizers/anthropic.js';
import { fromGeminiUsage } from '../cards/normalizers/gemini.js';
import { fromOpenAIUsage } from '../cards/normalizers/openai.js';
import type { ServiceTierName, Usage } from '../cards/types.js';
import type { LogProblemReason } from '../errors.js';
import { hasOwn } from '../internal/checks.js';
import { describeValue } from '../internal/describe.js';

/**
 * One record of a usage log (one line of a JSONL file). Exactly one of `usage`, `openai`, `anthropic`,
 * `gemini` or `aisdk` holds the usage: a usage record as `estimateCost` takes it, or the provider's own
 * usage object, read by the matching normalizer (`fromOpenAIUsage`...).
 *
 * @example
 * ```json
 * {"model":"gpt-4o","at":"2026-11-02T09:15:00Z","usage":{"inputTokens":1200,"cacheReadTokens":800,"outputTokens":300},"tags":{"team":"search"}}
 * {"model":"claude-sonnet-4-5","at":"2026-11-02T09:16:00Z","anthropic":{"input_tokens":12,"cache_read_input_tokens":4000,"output_tokens":250}}
 * ```
 */
export interface UsageLogRecord {
  /** The model id as the API call or its response named it (any spelling the table resolves). */
  readonly model: string;
  /** The provider, when the id alone is ambiguous (open-weight models on several hosts). */
  readonly provider?: string;
  /** When the request ran: an ISO 8601 instant (no offset means UTC), epoch milliseconds or a Date. */
  readonly at?: string | number | Date;
  /** A usage record (inclusive counts, see `Usage`). */
  readonly usage?: Usage;
  /** OpenAI's `usage` object (Chat Completions or Responses). */
  readonly openai?: unknown;
  /** Anthropic's `usage` object. */
  readonly anthropic?: unknown;
  /** Gemini's `usageMetadata`. */
  readonly gemini?: unknown;
  /** The AI SDK's `usage` (v5 or v6). */
  readonly aisdk?: unknown;
  /** The service tier the request ran at, when its usage does not say (OpenAI's response-level tier). */
  readonly serviceTier?: ServiceTierName;
  /** Labels to total by (`team`, `feature`, `customer`...): string values. */
  readonly tags?: Readonly<Record<string, string>>;
}

/** A record's fields once read: everything the aggregator needs, usage normalized. */
export interface ReadRecord {
  model: string;
  provider: string | undefined;
  at: unknown;
  usage: Usage;
  serviceTier: ServiceTierName | undefined;
  tags: Readonly<Record<string, unknown>> | undefined;
}

/** Why a record could not be read or priced, with the message a report shows. */
export interface RecordProblem {
  readonly reason: LogProblemReason;
  readonly message: string;
  readonly model?: string;
  /** The error behind it, when there was one. */
  readonly cause?: unknown;
}

function recordProblem(
  reason: LogProblemReason,
  message: string,
  model?: string,
  cause?: unknown,
): RecordProblem {
  return {
    reason,
    message,
    ...(model === undefined ? {} : { model }),
    ...(cause === undefined ? {} : { cause }),
  };
}

const PAYLOADS = ['openai', 'anthropic', 'gemini', 'aisdk'] as const;
const FIELDS = new Set([
  'model',
  'provider',
  'at',
  'usage',
  'openai',
  'anthropic',
  'gemini',
  'aisdk',
  'serviceTier',
  'tags',
]);
const TIERS = new Set(['standard', 'batch', 'flex', 'priority', 'fast']);

function problem(message: string, model?: string): RecordProblem {
  return recordProblem('invalid-record', message, model);
}

function payloadUsage(name: (typeof PAYLOADS)[number], payload: unknown): Usage {
  switch (name) {
    case 'openai':
      return fromOpenAIUsage(payload as Parameters<typeof fromOpenAIUsage>[0]);
    case 'anthropic':
      return fromAnthropicUsage(payload as Parameters<typeof fromAnthropicUsage>[0]);
    case 'gemini':
      return fromGeminiUsage(payload as Parameters<typeof fromGeminiUsage>[0]);
    case 'aisdk':
      return fromAISDKUsage(payload as Parameters<typeof fromAISDKUsage>[0]);
  }
}

/**
 * Reads one log record into `into` (reused across records: the hot path allocates nothing here), or
 * returns the problem. Unknown fields are refused (a misspelled `usgae` must not price a record at $0).
 */
export function readRecord(value: unknown, into: ReadRecord): RecordProblem | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return problem(`the record is ${describeValue(value)}, not an object with "model" and "usage"`);
  }
  const record = value as Record<string, unknown>;
  const model = record.model;
  if (typeof model !== 'string' || model.length === 0 || !hasOwn(record, 'model')) {
    return problem(`"model" is ${describeValue(model)}; every record names the model it ran on`);
  }
  let usage: unknown = record.usage;
  let source = 'usage';
  for (const key in record) {
    if (!FIELDS.has(key) || !hasOwn(record, key)) {
      return problem(
        `field ${describeValue(key)} is not a log field; the fields are ${[...FIELDS].join(', ')}`,
        model,
      );
    }
  }
  if (usage === undefined) {
    for (const name of PAYLOADS) {
      const payload = record[name];
      if (payload === undefined) continue;
      if (usage !== undefined) {
        return problem(`the record has both "${source}" and "${name}"; give the usage once`, model);
      }
      try {
        usage = payloadUsage(name, payload);
      } catch (error) {
        return recordProblem('invalid-usage', `"${name}": ${(error as Error).message}`, model, error);
      }
      source = name;
    }
    if (usage === undefined) {
      return problem(
        'the record has no usage: add "usage" (or "openai", "anthropic", "gemini", "aisdk")',
        model,
      );
    }
  } else {
    for (const name of PAYLOADS) {
      if (record[name] !== undefined) {
        return problem(`the record has both "usage" and "${name}"; give the usage once`, model);
      }
    }
  }
  const provider = record.provider;
  if (provider !== undefined && (typeof provider !== 'string' || provider.length === 0)) {
    return problem(`"provider" is ${describeValue(provider)}; it is a provider id such as "openai"`, model);
  }
  const serviceTier = record.serviceTier;
  if (serviceTier !== undefined && !(typeof serviceTier === 'string' && TIERS.has(serviceTier))) {
    return problem(
      `"serviceTier" is ${describeValue(serviceTier)}; it is one of standard, batch, flex, priority, fast`,
      model,
    );
  }
  const tags = record.tags;
  if (tags !== undefined && (typeof tags !== 'object' || tags === null || Array.isArray(tags))) {
    return problem(`"tags" is ${describeValue(tags)}; it is an object of string labels`, model);
  }
  into.model = model;
  into.provider = provider;
  into.at = record.at;
  into.usage = usage as Usage;
  into.serviceTier = serviceTier as ServiceTierName | undefined;
  into.tags = tags as Record<string, unknown> | undefined;
  return undefined;
}
