/**
 * The layers of DESIGN.md, checked on the source: each folder under src/ imports only the layers its row
 * allows (plus the internal helpers and the error classes at the bottom), and nothing imports the CLI.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/** Per layer, the layers and packages it may import. `data` holds values only, so every layer may read it. */
const ALLOWED: Record<string, readonly string[]> = {
  errors: [],
  internal: ['errors'],
  money: ['internal', 'errors'],
  cards: ['money', 'internal', 'errors'],
  tables: ['cards', 'money', 'internal', 'errors', 'zod'],
  infra: ['cards', 'money', 'data', 'internal', 'errors', 'decimal.js'],
  budget: ['cards', 'tables', 'money', 'data', 'internal', 'errors'],
  sql: ['cards', 'tables', 'money', 'internal', 'errors'],
  // A pricing page's helpers (rows, a calculator) and the lean entry that bundles them: beside budget, over
  // tables and cards.
  page: ['cards', 'tables', 'money', 'internal', 'errors'],
  lite: ['page', 'cards', 'tables', 'money', 'internal', 'errors'],
  data: ['cards:types', 'infra:types', 'internal'],
  catalog: ['tables', 'data', 'internal', 'errors'],
  cli: ['*'],
  '': ['*'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function layerOf(path: string): string {
  const rel = relative(src, path);
  return rel.includes('/') ? (rel.split('/')[0] as string) : rel === 'errors.ts' ? 'errors' : '';
}

describe('layers point one way', () => {
  const problems: string[] = [];
  for (const file of files(src)) {
    const layer = layerOf(file);
    const allowed = ALLOWED[layer];
    if (allowed === undefined) {
      problems.push(`${relative(src, file)}: folder "${layer}" has no row in the layer table`);
      continue;
    }
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(/^(import|export)\s+(type\s+)?[^;]*?from\s+'([^']+)';/gms)) {
      const typeOnly = match[2] !== undefined;
      const target = match[3] as string;
      let targetLayer: string;
      if (target.startsWith('.')) {
        targetLayer = layerOf(resolve(dirname(file), target.replace(/\.js$/, '.ts')));
        if (targetLayer === layer) continue;
      } else {
        targetLayer = target.split('/')[0] as string;
      }
      const ok =
        allowed.includes('*') ||
        allowed.includes(targetLayer) ||
        (typeOnly && allowed.includes(`${targetLayer}:types`)) ||
        (targetLayer === 'infra' && target.endsWith('/types.js') && allowed.includes('infra:types')) ||
        (targetLayer === 'cards' && typeOnly && allowed.includes('cards:types'));
      if (!ok)
        problems.push(
          `${relative(src, file)} (${layer}) imports ${target} (${targetLayer}${typeOnly ? ', types' : ''})`,
        );
      if (targetLayer === 'cli' && layer !== 'cli') problems.push(`${relative(src, file)} imports the CLI`);
    }
  }

  it('every import follows the layer table of DESIGN.md', () => {
    expect(problems).toEqual([]);
  });
});
