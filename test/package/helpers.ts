import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));

/** True when `npm run build` has produced dist/ (npm test builds before running vitest). */
export const built = existsSync(new URL('../../dist/index.js', import.meta.url));

/** Runs a Node script from the repository root, where `tokenomics` resolves to this package by self-reference. */
export function runNode(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
}
