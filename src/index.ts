/**
 * tokenomics: what an AI token costs. The core: exact money, price cards, the cost estimator, usage
 * normalizers and price tables. It carries no price data (see `tokenomics/data`), no zod (see
 * `tokenomics/adapters`) and no decimal.js.
 *
 * @packageDocumentation
 */

export { createPriceCard } from './cards/card.js';
export { estimateCost, estimateTotal, type SafeEstimateResult, safeEstimateCost } from './cards/estimate.js';
export {
  type AISDKProviderFamily,
  type AISDKUsageV5,
  type AISDKUsageV6,
  type FromAISDKUsageOptions,
  fromAISDKUsage,
} from './cards/normalizers/aisdk.js';
export { type AnthropicUsage, fromAnthropicUsage } from './cards/normalizers/anthropic.js';
export {
  fromGeminiUsage,
  type GeminiModalityTokenCount,
  type GeminiUsageMetadata,
  type GeminiUsageMetadataSnake,
} from './cards/normalizers/gemini.js';
export {
  type FromOpenAIUsageOptions,
  fromOpenAIUsage,
  type OpenAIChatUsage,
  type OpenAIResponsesUsage,
} from './cards/normalizers/openai.js';
export {
  type BottomUpSource,
  type CardSource,
  COST_PART_NAMES,
  type ContextTier,
  type ContextTierInput,
  type CostBreakdown,
  type CostPartName,
  type EffectiveRange,
  type EstimateCostOptions,
  type ImportedSource,
  type PriceCard,
  type PriceCardInput,
  type PublishedSource,
  SERVICE_TIER_NAMES,
  type ServiceTierMultiplier,
  type ServiceTierName,
  type ServiceTierPricing,
  type ServiceTierPricingInput,
  type ServiceTierRates,
  type ServiceTiers,
  type ServiceTiersInput,
  type TimeOfDayWindow,
  TOKEN_RATE_FIELDS,
  type TokenRateField,
  type TokenRates,
  type TokenRatesInput,
  type Usage,
  type Weekday,
} from './cards/types.js';
export { addUsage, type UsageTotals, validateUsage } from './cards/usage.js';
export {
  AmbiguousModelError,
  CapacityError,
  CurrencyMismatchError,
  InvalidAmountError,
  InvalidArgumentError,
  InvalidForeignCatalogError,
  InvalidLogRecordError,
  InvalidPriceCardError,
  InvalidPriceTableError,
  InvalidUsageError,
  isTokenomicsError,
  type LogProblemReason,
  RetiredModelError,
  TableLoadError,
  type TableLoadFailure,
  TokenomicsError,
  type TokenomicsErrorByCode,
  type TokenomicsErrorCode,
  type TokenomicsErrorDetails,
  UnknownModelError,
  UnknownPresetError,
  type UnpricedReason,
  UnpricedUsageError,
} from './errors.js';
export { type DecimalInput, ROUNDING_MODES, type RoundingMode, toDecimalString } from './money/decimal.js';
export { type FormatMoneyOptions, formatMoney } from './money/format.js';
export {
  addMoney,
  type ConvertMoneyOptions,
  compareMoney,
  convertMoney,
  divideMoney,
  isZeroMoney,
  type Money,
  money,
  multiplyMoney,
  type RoundingOptions,
  roundMoney,
  subtractMoney,
  sumMoney,
} from './money/money.js';
export {
  compareMonthlyCost,
  type MonthlyComparison,
  type MonthlyCost,
  type MonthlyCostOptions,
  type MonthlyUnpriced,
} from './page/calculator.js';
export {
  type PriceRow,
  type PriceRowRates,
  type PriceRowsOptions,
  type RateUnit,
  toPriceRows,
} from './page/rows.js';
export { composeTables } from './tables/compose.js';
export { type PriceTableJSON, TABLE_SCHEMA_VERSION, tableFromJSON, tableToJSON } from './tables/json.js';
export {
  type FindCardOptions,
  findCard,
  getCard,
  type ListCardsOptions,
  listCards,
} from './tables/lookup.js';
export { type CreatePriceTableOptions, createPriceTable, type PriceTable } from './tables/table.js';
export type { Instant } from './tables/time.js';
