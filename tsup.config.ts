import { defineConfig } from 'tsup';
import { entries } from './scripts/entries.mjs';

export default defineConfig([
  {
    // One entry per public subpath of package.json (see scripts/entries.mjs).
    entry: Object.fromEntries(entries.map((entry) => [entry.output, entry.source])),
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: false, // `npm run build` empties dist first: the two builds run at once
    splitting: true,
    treeshake: true,
    target: 'es2022',
    platform: 'neutral',
    outDir: 'dist',
  },
  {
    // The `tokenomics` executable: one self-contained file, its CLI libraries bundled in, so the package
    // keeps zod and decimal.js as its only runtime dependencies.
    entry: { cli: 'src/cli/bin.ts' },
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
    platform: 'node',
    target: 'node20',
    noExternal: ['commander', 'cli-progress'],
    banner: { js: '#!/usr/bin/env node' },
    sourcemap: false,
    clean: false,
    outDir: 'dist',
  },
]);
