// Benchmark: what importing the catalog costs a cold process (a serverless cold start pays it on every
// start). Each sample is a fresh `node` process that times `await import(...)` around the entry, so module
// loading, evaluation and table building are all counted; a second figure adds the first lookup, which
// builds the lookup index the import leaves for later. Median of 21 processes per entry.
//
// Usage: node bench/import.bench.mjs [packageDir ...]   (default: this package's dist/)

import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['.'];
const SAMPLES = 21;

function sample(file, core, lookup) {
  const first = lookup
    ? `const { getCard } = await import(${JSON.stringify(core)}); getCard(m.catalog ?? m.openai, 'gpt-4o');`
    : '';
  const script = `const s = performance.now(); const m = await import(${JSON.stringify(file)}); ${first} console.log(performance.now() - s);`;
  return Number(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }).trim(),
  );
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

console.log(`Import time in a fresh process (median of ${SAMPLES}); "+ lookup" adds the first getCard\n`);
for (const dir of dirs) {
  const core = pathToFileURL(resolve(dir, 'dist/index.js')).href;
  for (const entry of ['dist/index.js', 'dist/data/index.js', 'dist/data/openai.js']) {
    const file = pathToFileURL(resolve(dir, entry)).href;
    const times = Array.from({ length: SAMPLES }, () => sample(file, core, false));
    const line = `  ${dir.padEnd(24)} ${entry.padEnd(22)} ${median(times).toFixed(1).padStart(7)} ms`;
    if (entry === 'dist/index.js') {
      console.log(line);
      continue;
    }
    const withLookup = Array.from({ length: SAMPLES }, () => sample(file, core, true));
    console.log(`${line}   + lookup ${median(withLookup).toFixed(1).padStart(7)} ms`);
  }
}
