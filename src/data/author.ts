/**
 * One helper for writing a provider's cards as data: a rate triple and the few extras a card needs, with the
 * provider, currency and provenance filled in once per file. Plain data out; the catalog validates it.
 *
 * @module
 */

import type { ContextTierInput, PriceCardInput, PublishedSource, ServiceTiersInput } from '../cards/types.js';

/** What a card may carry besides its input, cache-read and output rates. */
export interface CardExtras {
  readonly aliases?: readonly string[];
  /** Maximum prompt plus output tokens. */
  readonly context?: number;
  readonly effective?: { readonly from?: string; readonly to?: string };
  /** Cache writes per 1M (5-minute lifetime where the provider has several). */
  readonly cacheWrite?: string;
  /** Reasoning (thinking) tokens per 1M when billed apart from output. */
  readonly reasoning?: string;
  /** Per-request fee in the card's currency. */
  readonly requestFee?: string;
  readonly webSearchPerThousand?: string;
  /** Long-context tiers: `[above, input, cacheRead | undefined, output, reasoning?]`, ascending. */
  readonly tiers?: readonly TierRates[];
  readonly serviceTiers?: ServiceTiersInput;
  /** Other rates (audio, image) as `TokenRatesInput` fields. */
  readonly rates?: Readonly<Record<string, string>>;
  /** Why the card says what it says: the sources that agree, the judgment made. */
  readonly note: string;
}

/** A long-context tier: the prompt size it starts above, then its rates per 1M tokens. */
export type TierRates = readonly [
  above: number,
  input: string,
  cached: string | undefined,
  output: string,
  reasoning?: string,
];

/** `[input, cacheRead, output]` per 1M tokens; an absent cache-read rate is unknown, not zero. */
export type RateTriple = readonly [input: string, cached: string | undefined, output: string];

function tierOf([above, input, cached, output, reasoning]: TierRates): ContextTierInput {
  return {
    abovePromptTokens: above,
    inputPerMillion: input,
    ...(cached === undefined ? {} : { cacheReadPerMillion: cached }),
    outputPerMillion: output,
    ...(reasoning === undefined ? {} : { reasoningPerMillion: reasoning }),
  };
}

/**
 * A card writer for one provider: `card(id, name, [input, cached, output], { note, ... })`.
 *
 * @example
 * ```ts
 * const card = cardWriter('moonshot', { url: 'https://platform.moonshot.ai/docs/pricing/chat', checkedAt: '2026-11-23' });
 * card('kimi-k2.5', 'Kimi K2.5', ['0.6', '0.1', '3'], { note: 'Three catalogs agree.' });
 * ```
 */
export function cardWriter(
  provider: string,
  page: { readonly url: string; readonly checkedAt: string },
): (id: string, name: string, rates: RateTriple, extras: CardExtras) => PriceCardInput {
  return (id, name, [input, cached, output], extras) => {
    const source: PublishedSource = {
      kind: 'published',
      url: page.url,
      checkedAt: page.checkedAt,
      note: extras.note,
    };
    return {
      id,
      provider,
      name,
      ...(extras.aliases === undefined ? {} : { aliases: extras.aliases }),
      inputPerMillion: input,
      ...(cached === undefined ? {} : { cacheReadPerMillion: cached }),
      ...(extras.cacheWrite === undefined ? {} : { cacheWritePerMillion: extras.cacheWrite }),
      outputPerMillion: output,
      ...(extras.reasoning === undefined ? {} : { reasoningPerMillion: extras.reasoning }),
      ...extras.rates,
      ...(extras.requestFee === undefined ? {} : { requestFee: extras.requestFee }),
      ...(extras.webSearchPerThousand === undefined
        ? {}
        : { webSearchPerThousand: extras.webSearchPerThousand }),
      ...(extras.tiers === undefined ? {} : { tiers: extras.tiers.map(tierOf) }),
      ...(extras.serviceTiers === undefined ? {} : { serviceTiers: extras.serviceTiers }),
      ...(extras.effective === undefined ? {} : { effective: extras.effective }),
      ...(extras.context === undefined ? {} : { contextWindow: extras.context }),
      source,
    };
  };
}
