/**
 * `tokenomics/adapters`: readers for other tools' price catalogs, and run-time loading of a table. This is
 * the only entry that loads zod (validation of foreign input); the core stays free of it.
 *
 * @packageDocumentation
 */

export type {
  AdjustedValue,
  DroppedField,
  ForeignCatalogOptions,
  ForeignCatalogResult,
  SkippedEntry,
  SkipReason,
} from './common.js';
export { fromGenaiPrices } from './genaiprices.js';
export { fromLiteLLM } from './litellm.js';
export {
  type LoadPriceTableOptions,
  type LoadPriceTableResult,
  loadPriceTable,
  type PriceTableFormat,
} from './load.js';
export { fromModelsDev } from './modelsdev.js';
export { fromOpenRouter } from './openrouter.js';
