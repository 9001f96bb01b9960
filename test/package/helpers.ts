import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** True when `npm run build` has produced dist/ (npm test builds before running vitest). */
export const built = existsSync(new URL('../../dist/index.js', import.meta.url));

/**
 * True when tests of the built package should be skipped: only outside CI, when dist/ is absent (a quick
 * `vitest run` on src). In CI (`CI` set, as `.ci/run` has it) they always run, so a missing build fails
 * instead of passing silently.
 */
export const skipWithoutBuild = !built && !process.env.CI;
if (skipWithoutBuild)
  console.warn('Tests of the built package skipped: run `npm run build` first (npm test does).');

/** Runs a Node script from the repository root, where `tokenomics` resolves to this package by self-reference. */
export function runNode(args: string[], env: NodeJS.ProcessEnv = process.env): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', env });
}
