// typedoc's configuration: every public subpath of package.json is an entry point (scripts/entries.mjs).
import { entries } from './scripts/entries.mjs';

/** @type {import('typedoc').TypeDocOptions} */
export default {
  entryPoints: entries.map((entry) => entry.source),
  out: 'docs/api',
  name: 'tokenomics',
  readme: 'README.md',
  // The guides, beside the API reference.
  projectDocuments: [
    'docs/usage.md',
    'docs/tables.md',
    'docs/budgeting.md',
    'docs/warehouse.md',
    'docs/pricing-pages.md',
    'docs/bottom-up.md',
  ],
  // typedoc's defaults, plus the shell and SQL of the guides.
  highlightLanguages: [
    'bash',
    'sh',
    'console',
    'css',
    'html',
    'javascript',
    'json',
    'jsonc',
    'json5',
    'yaml',
    'tsx',
    'typescript',
    'ts',
    'sql',
  ],
  treatWarningsAsErrors: true,
  excludePrivate: true,
  excludeInternal: true,
  validation: { notExported: true, invalidLink: true, notDocumented: true },
  requiredToBeDocumented: ['Function', 'Class', 'Interface', 'TypeAlias', 'Variable', 'Enum'],
  disableSources: true,
};
