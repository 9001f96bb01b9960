// Benchmark: what importing the catalog costs a cold process (a serverless cold start pays it on every
// start). Each sample is a fresh `node` process that times `await import(...)` around the entry, so module
// loading, evaluation and table building are all counted. Median of 21 processes per entry.
//
// Usage: node bench/import.bench.mjs [packageDir ...]   (default: this package's dist/)

import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['.'];
const SAMPLES = 21;

function sample(file) {
  const script = `const s = performance.now(); await import(${JSON.stringify(file)}); console.log(performance.now() - s);`;
  return Number(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim(),
  );
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

console.log(`Import time in a fresh process (median of ${SAMPLES})\n`);
for (const dir of dirs) {
  for (const entry of ['dist/index.js', 'dist/data/index.js', 'dist/data/openai.js']) {
    const file = pathToFileURL(resolve(dir, entry)).href;
    const times = Array.from({ length: SAMPLES }, () => sample(file));
    console.log(`  ${dir.padEnd(24)} ${entry.padEnd(22)} ${median(times).toFixed(1).padStart(7)} ms`);
  }
}
