/**
 * Cards for a channel (a cloud that resells a maker's models under its own ids) derived from the maker's
 * cards: same rates, or the maker's rates times a published uplift, computed exactly on decimal strings.
 * Deriving keeps one source of truth for rates the channel lists at the maker's price; every derived card
 * says so in its note.
 *
 * @module
 */

import type { ContextTierInput, PriceCardInput, ServiceTiersInput } from '../cards/types.js';

/** `value × factor` for decimal strings, exact (no float): `'3.3'` for `('3', '1.1')`. */
export function multiplyDecimal(value: string, factor: string): string {
  const parse = (text: string): [bigint, number] => {
    const [whole = '', fraction = ''] = text.split('.');
    return [BigInt(`${whole}${fraction}`), fraction.length];
  };
  const [a, aScale] = parse(value);
  const [b, bScale] = parse(factor);
  const scale = aScale + bScale;
  const digits = (a * b).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  return fraction === '' ? whole : `${whole}.${fraction}`;
}

function scaled<T extends object>(rates: T, factor: string | undefined): T {
  if (factor === undefined) return rates;
  // Every per-1M-token rate is a `...PerMillion` field; fees and counts are not scaled.
  const out: Record<string, unknown> = { ...(rates as Record<string, unknown>) };
  for (const [field, rate] of Object.entries(out)) {
    if (field.endsWith('PerMillion') && rate !== undefined)
      out[field] = multiplyDecimal(String(rate), factor);
  }
  return out as T;
}

/** How a channel card differs from the maker's card it is derived from. */
export interface ChannelCard {
  readonly id: string;
  readonly aliases?: readonly string[];
  /** Carry the maker's aliases too (dated snapshot ids the channel also answers to). */
  readonly keepAliases?: boolean;
  /** A published uplift over the maker's rates, e.g. `'1.1'` for a 10% regional premium. */
  readonly uplift?: string;
  /** The maker's service tiers the channel also sells (default: none). */
  readonly serviceTiers?: readonly ('batch' | 'flex' | 'priority')[];
  /** Keep the maker's effective dates (default: the channel's card has none). */
  readonly keepDates?: boolean;
  /** Keep the maker's web-search fee (default: unknown on the channel, so searches are unpriced). */
  readonly keepWebSearch?: boolean;
  readonly note: string;
}

/**
 * A channel's card from a maker's card: the maker's token rates (times `uplift`), tiers and the service
 * tiers the channel sells, under the channel's provider, id, aliases and source.
 *
 * @example
 * ```ts
 * const channel = channelWriter('bedrock', { url: 'https://aws.amazon.com/bedrock/pricing/', checkedAt: '2026-11-23' });
 * channel(sonnet45, { id: 'anthropic.claude-sonnet-4-5-20250929-v1:0', uplift: '1.1', note: 'Regional endpoint.' });
 * ```
 */
export function channelWriter(
  provider: string,
  page: { readonly url: string; readonly checkedAt: string },
): (maker: PriceCardInput, channel: ChannelCard) => PriceCardInput {
  return (maker, channel) => {
    const kept: Record<string, unknown> = {};
    for (const tier of channel.serviceTiers ?? []) {
      const pricing = maker.serviceTiers?.[tier];
      if (pricing === undefined) continue;
      kept[tier] = 'multiplier' in pricing ? pricing : scaled(pricing, channel.uplift);
    }
    const {
      id: _id,
      aliases: makerAliases,
      provider: _provider,
      serviceTiers: _serviceTiers,
      effective,
      source: _source,
      tiers,
      webSearchPerThousand,
      ...rest
    } = maker;
    return {
      ...scaled(rest, channel.uplift),
      id: channel.id,
      provider,
      ...(channel.aliases === undefined && (channel.keepAliases !== true || makerAliases === undefined)
        ? {}
        : {
            aliases: [
              ...(channel.keepAliases === true ? (makerAliases ?? []) : []),
              ...(channel.aliases ?? []),
            ],
          }),
      ...(tiers === undefined
        ? {}
        : { tiers: tiers.map((tier): ContextTierInput => scaled(tier, channel.uplift)) }),
      ...(Object.keys(kept).length === 0 ? {} : { serviceTiers: kept as ServiceTiersInput }),
      ...(channel.keepDates === true && effective !== undefined ? { effective } : {}),
      ...(channel.keepWebSearch === true && webSearchPerThousand !== undefined
        ? { webSearchPerThousand }
        : {}),
      source: { kind: 'published', url: page.url, checkedAt: page.checkedAt, note: channel.note },
    };
  };
}

/**
 * The maker's card for an id that is in force at an instant (the last one listed when several are), so a
 * channel file names the maker's model and gets the rates in force then.
 *
 * @example
 * ```ts
 * makerCard(anthropicPrices.cards, 'claude-sonnet-4-5');
 * ```
 */
export function makerCard(cards: readonly PriceCardInput[], id: string, at?: string): PriceCardInput {
  const matching = cards.filter(
    (card) =>
      card.id === id &&
      (at === undefined ||
        ((card.effective?.from === undefined || card.effective.from <= at) &&
          (card.effective?.to === undefined || at < card.effective.to))),
  );
  const found = matching[matching.length - 1];
  if (found === undefined || found.timeOfDay !== undefined) {
    throw new Error(
      `channel data names maker card "${id}"${at === undefined ? '' : ` at ${at}`}, which does not exist`,
    );
  }
  return found;
}
