import { defineConfig } from 'tsup';
import { entries } from './scripts/entries.mjs';

/** One entry per public subpath of package.json (see scripts/entries.mjs). */
export default defineConfig({
  entry: Object.fromEntries(entries.map((entry) => [entry.output, entry.source])),
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  splitting: true,
  treeshake: true,
  target: 'es2022',
  platform: 'neutral',
  outDir: 'dist',
});
