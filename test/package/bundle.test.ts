import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { built, root } from './helpers.js';

/** Bundles an entry the way a pricing page would (esbuild, minified, for the browser) and reports what is in it. */
async function bundle(source: string) {
  const dir = mkdtempSync(join(tmpdir(), 'tokenomics-bundle-'));
  const entry = join(dir, 'entry.mjs');
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    absWorkingDir: root,
    nodePaths: [join(root, 'node_modules')],
    alias: { tokenomics: root },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  return { inputs: Object.keys(result.metafile.inputs), code, gzipBytes: gzipSync(code).length };
}

describe.skipIf(!built)('what a bundle of the core carries', () => {
  it('an estimator-only page carries no decimal.js, no zod and no price data', async () => {
    const { inputs, code, gzipBytes } = await bundle(
      `import { createPriceCard, estimateCost, formatMoney } from 'tokenomics';
       const card = createPriceCard({ id: 'x', provider: 'p', inputPerMillion: '2.5', outputPerMillion: '10' });
       document.body.textContent = formatMoney(estimateCost({ inputTokens: 1, outputTokens: 1 }, card).total);`,
    );
    expect(inputs.some((path) => path.includes('decimal.js'))).toBe(false);
    expect(inputs.some((path) => path.includes('zod'))).toBe(false);
    expect(
      inputs
        .filter((path) => path.includes('dist/'))
        .every((path) => /dist\/(index|chunk-[\w-]+)\.js$/.test(path)),
    ).toBe(true);
    expect(code).not.toContain('decimal.js');
    // A budget, not a benchmark: the estimator path is small. Measured 7.6 KB when this was written.
    expect(gzipBytes).toBeLessThan(10_000);
  });

  it('the package declares itself free of side effects so bundlers can drop what is unused', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(manifest.sideEffects).toBe(false);
    expect(Object.keys(manifest.dependencies).sort()).toEqual(['decimal.js', 'zod']);
  });
});
