// A small benchmark harness: alternating rounds of each contender in one process, median ops/s per contender.
// No timed assertions anywhere: this prints figures for people, CI does not judge them.

/** Runs `fn(i)` for about `ms` milliseconds and returns operations per second. */
function measure(fn, ms) {
  let iterations = 0;
  let sink = 0;
  const start = performance.now();
  let now = start;
  while (now - start < ms) {
    for (let i = 0; i < 1000; i++) sink ^= fn(iterations + i) ? 1 : 0;
    iterations += 1000;
    now = performance.now();
  }
  if (sink === 2) console.log('');
  return (iterations / (now - start)) * 1000;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Compares contenders `{ name: fn }` over `rounds` alternating rounds of `ms` each (after a warm-up) and
 * returns `{ name: medianOpsPerSecond }`.
 */
export function compare(contenders, { rounds = 7, ms = 300, warmupMs = 300 } = {}) {
  const names = Object.keys(contenders);
  for (const name of names) measure(contenders[name], warmupMs);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? names : [...names].reverse();
    for (const name of order) samples[name].push(measure(contenders[name], ms));
  }
  return Object.fromEntries(names.map((name) => [name, median(samples[name])]));
}

export function formatRate(opsPerSecond) {
  return opsPerSecond >= 1e6
    ? `${(opsPerSecond / 1e6).toFixed(2)}M ops/s`
    : `${(opsPerSecond / 1e3).toFixed(1)}k ops/s`;
}

/** A seeded pseudo-random generator (mulberry32), so every run prices the same records. */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
