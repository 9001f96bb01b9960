/**
 * Azure OpenAI (Microsoft Foundry) prices for OpenAI models, USD per 1M tokens. Azure reports the model's own
 * name (`gpt-4o-2024-08-06`) whatever the deployment is called, so these cards answer to OpenAI's ids and
 * snapshot names, and to LiteLLM's `azure/global/...` spelling.
 *
 * Global deployments are billed at OpenAI's list prices; Data Zone deployments (US or EU) at 10% more, which
 * LiteLLM (2026-07-24) lists as `azure/us/<model>` and `azure/eu/<model>`: those ids answer here for the
 * models whose Data Zone rates LiteLLM lists at exactly 10% more. For some newer models (gpt-5.1, gpt-5.4)
 * LiteLLM lists rates rounded to the cent (1.38 for 1.375); not knowing which Azure bills, those Data Zone
 * ids are left out. Regional (single-region) deployments and models whose OpenAI prices changed over time
 * (gpt-5.6) are not here.
 *
 * @module
 */

import type { PriceCardInput } from '../cards/types.js';
import { channelWriter, makerCard } from './channel.js';
import { openaiPrices } from './openai.js';
import type { ProviderPriceList } from './types.js';

const PRICING = 'https://azure.microsoft.com/en-us/pricing/details/azure-openai/';
const channel = channelWriter('azure', { url: PRICING, checkedAt: '2026-11-23' });
const GLOBAL =
  "OpenAI's list prices on Azure Global deployments, as LiteLLM's azure entries (2026-07-24) list them";
/** When the chat and codex variants (retired on OpenAI's own API later) were priced. */
const BEFORE_OPENAI_RETIREMENTS = '2026-07-01';

/** A model on a Global deployment, answering to OpenAI's id, its snapshots and `global/<id>`. */
function global(openaiId: string, azureId = openaiId, extraAliases: readonly string[] = []): PriceCardInput {
  return channel(makerCard(openaiPrices.cards, openaiId, BEFORE_OPENAI_RETIREMENTS), {
    id: azureId,
    keepAliases: azureId === openaiId,
    aliases: [`global/${azureId}`, `global-standard/${azureId}`, ...extraAliases],
    serviceTiers: ['batch'],
    note: `${GLOBAL}.`,
  });
}

/** The same model on a Data Zone deployment: `us/<id>` and `eu/<id>` at 10% over global. */
function dataZone(openaiId: string, snapshots: readonly string[] = []): PriceCardInput {
  const names = [openaiId, ...snapshots];
  return channel(makerCard(openaiPrices.cards, openaiId, BEFORE_OPENAI_RETIREMENTS), {
    id: `us/${openaiId}`,
    aliases: [...names.slice(1).map((name) => `us/${name}`), ...names.map((name) => `eu/${name}`)],
    uplift: '1.1',
    note: "OpenAI's list prices plus Azure's 10% Data Zone premium, as LiteLLM's azure/us and azure/eu entries list them.",
  });
}

/** Azure OpenAI's price list. */
export const azurePrices: ProviderPriceList = {
  provider: 'azure',
  name: 'Azure OpenAI',
  pricingUrl: PRICING,
  cards: [
    ...[
      'gpt-5.5',
      'gpt-5.5-pro',
      'gpt-5.4',
      'gpt-5.4-pro',
      'gpt-5.4-mini',
      'gpt-5.4-nano',
      'gpt-5.2',
      'gpt-5.2-pro',
      'gpt-5.3-codex',
      'gpt-5.1',
      'gpt-5',
      'gpt-5-mini',
      'gpt-5-nano',
      'gpt-5-pro',
      'gpt-4.1',
      'gpt-4.1-mini',
      'gpt-4.1-nano',
      'gpt-4o',
      'gpt-4o-mini',
      'o3',
      'o3-pro',
      'o3-mini',
      'o4-mini',
    ].map((id) => global(id)),
    global('gpt-5.2-codex', 'gpt-5.2-codex'),
    global('gpt-5.1-codex', 'gpt-5.1-codex', ['gpt-5.1-codex-2025-11-13']),
    global('gpt-5.1-codex-max', 'gpt-5.1-codex-max'),
    global('gpt-5.1-codex-mini', 'gpt-5.1-codex-mini', ['gpt-5.1-codex-mini-2025-11-13']),
    global('gpt-5-codex', 'gpt-5-codex'),
    global('gpt-5.3-chat-latest', 'gpt-5.3-chat'),
    global('gpt-5.2-chat-latest', 'gpt-5.2-chat', ['gpt-5.2-chat-2025-12-11']),
    global('gpt-5.1-chat-latest', 'gpt-5.1-chat', ['gpt-5.1-chat-2025-11-13']),
    global('gpt-5-chat-latest', 'gpt-5-chat', ['gpt-5-chat-latest']),
    dataZone('gpt-5.5', ['gpt-5.5-2026-04-23']),
    dataZone('gpt-5', ['gpt-5-2025-08-07']),
    dataZone('gpt-5-mini', ['gpt-5-mini-2025-08-07']),
    dataZone('gpt-5-nano', ['gpt-5-nano-2025-08-07']),
    dataZone('gpt-4.1', ['gpt-4.1-2025-04-14']),
    dataZone('gpt-4.1-mini', ['gpt-4.1-mini-2025-04-14']),
    dataZone('o3', ['o3-2025-04-16']),
    dataZone('o3-mini', ['o3-mini-2025-01-31']),
    dataZone('gpt-4o', ['gpt-4o-2024-08-06']),
  ],
};
