/**
 * Budgeting: exact spend over usage logs of any size (JSONL, CSV, records, streams), projections,
 * comparisons of cards on one workload, and budget checks. Built on the core estimator: no zod, no
 * decimal.js.
 *
 * @module
 */

export {
  type AggregateOptions,
  aggregateUsage,
  createUsageAggregator,
  type GroupByKey,
  type UsageAggregator,
  type UsageCounts,
  type UsageGroup,
  type UsageProblem,
  type UsageReport,
  type UsageSource,
} from './aggregate.js';
export type { CsvField, CsvMapping } from './csv.js';
export { type AggregateLogOptions, aggregateLog, type LogText } from './log.js';
export {
  type BudgetStatus,
  type CardComparison,
  type CardRanking,
  type CheckBudgetOptions,
  checkBudget,
  compareCards,
  type ProjectedPeriod,
  type ProjectSpendOptions,
  projectSpend,
  type SpendProjection,
  type Workload,
  type WorkloadShare,
} from './project.js';
export type { UsageLogRecord } from './record.js';
