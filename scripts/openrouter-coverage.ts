/**
 * `npm run prices:coverage`: how many first-party text models of an OpenRouter feed the built-in catalog
 * prices by their OpenRouter id at the feed's date, per maker, and what is missing and why. Reads the shared
 * 2026-05-15 feed by default, or a feed file given as the first argument. It writes nothing.
 *
 * Counted: every model of a vendor the catalog covers, except OpenRouter's `:free` variants, models that
 * output no text (Lyria), OpenRouter's own bundles (`gpt-5-image*`, `gpt-5.4-image-2`), open-weight families
 * the maker's own API does not serve (Gemma, gpt-oss, DeepSeek's distills) and models the maker had retired
 * by the feed's date (the catalog answers those with a RetiredModelError saying until when they were priced).
 */

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { catalog } from '../src/catalog/index.js';
import { getCard, isTokenomicsError } from '../src/index.js';

/** OpenRouter vendor prefix -> catalog provider, for the makers the catalog covers. */
export const VENDORS: Readonly<Record<string, string>> = {
  openai: 'openai',
  anthropic: 'anthropic',
  google: 'google',
  'x-ai': 'xai',
  mistralai: 'mistral',
  deepseek: 'deepseek',
  qwen: 'alibaba',
  moonshotai: 'moonshot',
  'z-ai': 'zai',
  minimax: 'minimax',
  cohere: 'cohere',
  perplexity: 'perplexity',
  amazon: 'bedrock',
};

/** Why a model of a covered vendor is not counted. */
const EXCLUSIONS: readonly (readonly [RegExp, string])[] = [
  [/:free$/, "OpenRouter's free variant, not a maker's price"],
  [/^google\/lyria-/, 'outputs audio, not text'],
  [/^openai\/gpt-5(\.\d)?-image/, "OpenRouter's bundle of a GPT model with image generation"],
  [/^google\/gemma-/, "open-weight (Gemma): Google's API does not sell it; hosts do"],
  [/^openai\/gpt-oss-/, "open-weight (gpt-oss): OpenAI's API does not sell it; hosts do"],
  [/^deepseek\/deepseek-r1-distill-/, "open-weight distill: DeepSeek's API does not serve it; hosts do"],
];

/** The part of an OpenRouter model entry coverage reads. */
export interface OpenRouterModel {
  readonly id: string;
  readonly architecture?: { readonly output_modalities?: readonly string[] };
}

/** One vendor's coverage. */
export interface VendorCoverage {
  readonly provider: string;
  readonly counted: number;
  readonly resolved: number;
  readonly missing: readonly string[];
  /** Retired by the maker before the feed's date: id and the end of its last price. */
  readonly retired: readonly string[];
  readonly excluded: readonly string[];
}

/** Coverage per OpenRouter vendor of a feed, at an instant. */
export function coverage(models: readonly OpenRouterModel[], at: string): Record<string, VendorCoverage> {
  const result: Record<
    string,
    {
      provider: string;
      counted: number;
      resolved: number;
      missing: string[];
      retired: string[];
      excluded: string[];
    }
  > = {};
  for (const model of models) {
    const vendor = model.id.split('/')[0] as string;
    const provider = VENDORS[vendor];
    if (provider === undefined) continue;
    const entry = result[vendor] ?? {
      provider,
      counted: 0,
      resolved: 0,
      missing: [],
      retired: [],
      excluded: [],
    };
    result[vendor] = entry;
    const reason = EXCLUSIONS.find(([pattern]) => pattern.test(model.id))?.[1];
    if (reason !== undefined) {
      entry.excluded.push(`${model.id}: ${reason}`);
      continue;
    }
    entry.counted++;
    try {
      getCard(catalog, model.id, { at });
      entry.resolved++;
    } catch (error) {
      if (isTokenomicsError(error, 'RETIRED_MODEL') && error.details.to !== undefined) {
        // Known, but its maker stopped serving it before `at`: not counted.
        entry.counted--;
        entry.retired.push(`${model.id} (priced until ${error.details.to})`);
      } else
        entry.missing.push(
          isTokenomicsError(error, 'UNKNOWN_MODEL') ? model.id : `${model.id} (${String(error)})`,
        );
    }
  }
  return result;
}

const SHARED = fileURLToPath(
  new URL('../../shared/data/foreign/openrouter/models_2026-05-15.json', import.meta.url),
);

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = process.argv[2] ?? SHARED;
  if (!existsSync(path)) {
    console.log(
      `Skipped: ${path} is absent (pass an OpenRouter /api/v1/models response as the first argument).`,
    );
    process.exit(0);
  }
  const at = process.argv[3] ?? '2026-05-15T00:00:00Z';
  const feed = JSON.parse(readFileSync(path, 'utf8')) as { data: OpenRouterModel[] };
  let counted = 0;
  let resolved = 0;
  for (const [vendor, entry] of Object.entries(coverage(feed.data, at))) {
    counted += entry.counted;
    resolved += entry.resolved;
    const percent = entry.counted === 0 ? 100 : Math.round((1000 * entry.resolved) / entry.counted) / 10;
    console.log(`${vendor} (${entry.provider}): ${entry.resolved}/${entry.counted} = ${percent}%`);
    for (const id of entry.missing) console.log(`  missing   ${id}`);
    for (const id of entry.retired) console.log(`  retired   ${id}`);
    for (const id of entry.excluded) console.log(`  excluded  ${id}`);
  }
  console.log(`all: ${resolved}/${counted} = ${Math.round((1000 * resolved) / counted) / 10}% at ${at}`);
}
