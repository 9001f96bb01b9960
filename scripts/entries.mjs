/**
 * The package's public entry points, read from package.json's `exports` (the one list): each subpath with
 * the source file it is built from and the output name tsup gives it. tsup, typedoc and the tests import
 * this, so adding a subpath (a provider's `./data/<name>`) is one line in package.json plus its source file.
 */

import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

/** Sources of the subpaths that are not `./data/<provider>`. */
const FIXED = {
  '.': 'src/index.ts',
  './lite': 'src/lite/index.ts',
  './adapters': 'src/tables/adapters/index.ts',
  './infra': 'src/infra/index.ts',
  './data': 'src/catalog/index.ts',
  './budget': 'src/budget/index.ts',
  './sql': 'src/sql/index.ts',
};

/** `{ subpath, source, output }` for every export but `./package.json`. */
export const entries = Object.keys(pkg.exports)
  .filter((subpath) => subpath !== './package.json')
  .map((subpath) => {
    const provider = /^\.\/data\/([a-z0-9-]+)$/.exec(subpath)?.[1];
    const source = provider === undefined ? FIXED[subpath] : `src/catalog/${provider}.ts`;
    if (source === undefined)
      throw new Error(`package.json export ${subpath} has no source in scripts/entries.mjs`);
    const output = subpath === '.' ? 'index' : subpath === './data' ? 'data/index' : subpath.slice(2);
    return { subpath, source, output };
  });

/** The providers with their own `tokenomics/data/<provider>` subpath. */
export const providerSubpaths = entries
  .map((entry) => /^\.\/data\/([a-z0-9-]+)$/.exec(entry.subpath)?.[1])
  .filter((provider) => provider !== undefined);
