// Bundles the pricing page as a site would: `npm run build` first (the package), then
// `node examples/pricing-page/build.mjs`, then open examples/pricing-page/index.html.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

/** The page bundled for the browser, minified; `tokenomics/...` resolved to the built package. */
export async function bundlePricingPage() {
  const result = await build({
    entryPoints: [join(here, 'page.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    alias: {
      'tokenomics/lite': join(root, 'dist/lite.js'),
      'tokenomics/data/openai': join(root, 'dist/data/openai.js'),
    },
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].text;
  return { code, gzipBytes: gzipSync(code).length };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { code, gzipBytes } = await bundlePricingPage();
  mkdirSync(join(here, 'out'), { recursive: true });
  writeFileSync(join(here, 'out', 'page.js'), code);
  console.log(`examples/pricing-page/out/page.js: ${code.length} bytes, ${gzipBytes} gzipped`);
}
