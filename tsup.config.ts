import { defineConfig } from 'tsup';

/** One entry per public subpath; `tokenomics/data/<provider>` keeps each provider's data apart. */
const providers = [
  'openai',
  'anthropic',
  'google',
  'xai',
  'mistral',
  'deepseek',
  'together',
  'fireworks',
  'groq',
  'deepinfra',
];

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    adapters: 'src/tables/adapters/index.ts',
    infra: 'src/infra/index.ts',
    'data/index': 'src/catalog/index.ts',
    ...Object.fromEntries(providers.map((provider) => [`data/${provider}`, `src/catalog/${provider}.ts`])),
  },
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
