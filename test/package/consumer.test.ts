/**
 * The packed package as a new project meets it: the tarball `npm pack` makes, unpacked into a fresh
 * project's node_modules, imported from ESM and required from CommonJS for every subpath, and type-checked
 * by TypeScript under each moduleResolution a consumer uses (node10, node16, nodenext, bundler).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { entries } from '../../scripts/entries.mjs';
import { root, skipWithoutBuild } from './helpers.js';

const subpaths = entries.map((entry) =>
  entry.subpath === '.' ? 'tokenomics' : `tokenomics/${entry.subpath.slice(2)}`,
);

describe.skipIf(skipWithoutBuild)('the packed package in a fresh project', () => {
  let project: string;
  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'tokenomics-consumer-'));
    // The tarball npm would publish (dist is built already: npm test builds first).
    const packed = execFileSync(
      'npm',
      ['pack', '--ignore-scripts', '--pack-destination', project, '--silent'],
      {
        cwd: root,
        encoding: 'utf8',
      },
    )
      .trim()
      .split('\n')
      .at(-1) as string;
    const modules = join(project, 'node_modules');
    mkdirSync(join(modules, 'tokenomics'), { recursive: true });
    execFileSync('tar', [
      '-xzf',
      join(project, packed),
      '-C',
      join(modules, 'tokenomics'),
      '--strip-components=1',
    ]);
    // Its two runtime dependencies, as npm would install them.
    for (const dependency of ['zod', 'decimal.js'])
      symlinkSync(join(root, 'node_modules', dependency), join(modules, dependency));
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  }, 60_000);

  it('maps every subpath for TypeScript node10 (typesVersions), to the same types as exports', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const mapped = manifest.typesVersions['*'] as Record<string, string[]>;
    const expected = Object.fromEntries(
      entries
        .filter((entry) => entry.subpath !== '.')
        .map((entry) => [entry.subpath.slice(2), [manifest.exports[entry.subpath].import.types]]),
    );
    expect(mapped).toEqual(expected);
  });

  it('ships dist and the documents only', () => {
    const shipped = readdirSync(join(project, 'node_modules', 'tokenomics')).sort();
    expect(shipped).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist', 'package.json']);
  });

  it('imports every subpath from ESM and requires it from CommonJS', () => {
    const esm = subpaths.map((path, i) => `import * as m${i} from '${path}';`).join('\n');
    writeFileSync(
      join(project, 'esm.mjs'),
      `${esm}\nconsole.log([${subpaths.map((_, i) => `Object.keys(m${i}).length`).join(',')}].join(','));`,
    );
    writeFileSync(
      join(project, 'cjs.cjs'),
      `console.log([${subpaths.map((path) => `Object.keys(require('${path}')).length`).join(',')}].join(','));`,
    );
    const counts = (file: string) =>
      execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' })
        .trim()
        .split(',')
        .map(Number);
    const fromEsm = counts('esm.mjs');
    expect(fromEsm).toEqual(counts('cjs.cjs'));
    expect(fromEsm.every((count) => count > 0)).toBe(true);
    // and the core prices a request from either
    writeFileSync(
      join(project, 'price.cjs'),
      `const { estimateCost, getCard } = require('tokenomics/lite'); const { openai } = require('tokenomics/data/openai');
       console.log(estimateCost({ inputTokens: 1000, outputTokens: 100 }, getCard(openai, 'gpt-4o')).total.amount);`,
    );
    expect(execFileSync(process.execPath, ['price.cjs'], { cwd: project, encoding: 'utf8' }).trim()).toBe(
      '0.0035',
    );
  });

  it.each([
    ['node10', 'commonjs'],
    ['node16', 'node16'],
    ['nodenext', 'nodenext'],
    ['bundler', 'esnext'],
  ])(
    'type-checks every subpath under moduleResolution %s',
    (resolution, module) => {
      const dir = join(project, `ts-${resolution}`);
      mkdirSync(dir, { recursive: true });
      const ext = resolution === 'node16' || resolution === 'nodenext' ? 'mts' : 'ts';
      writeFileSync(
        join(dir, `consumer.${ext}`),
        `${subpaths.map((path, i) => `import * as m${i} from '${path}';`).join('\n')}
import type { PriceCard, Usage } from 'tokenomics';
import { estimateCost, getCard } from 'tokenomics/lite';
import { openai } from 'tokenomics/data/openai';
const usage: Usage = { inputTokens: 1000, outputTokens: 100 };
const card: PriceCard = getCard(openai, 'gpt-4o');
export const total: string = estimateCost(usage, card).total.amount;
export const modules = [${subpaths.map((_, i) => `m${i}`).join(', ')}];
`,
      );
      writeFileSync(
        join(dir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            module,
            moduleResolution: resolution,
            target: 'es2022',
            strict: true,
            noEmit: true,
            skipLibCheck: false,
            types: [],
            lib: ['es2022', 'dom'],
          },
          include: [`consumer.${ext}`],
        }),
      );
      const output = (() => {
        try {
          execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', dir], {
            cwd: dir,
            encoding: 'utf8',
          });
          return '';
        } catch (error) {
          return String((error as { stdout?: string }).stdout ?? error);
        }
      })();
      expect(output).toBe('');
    },
    60_000,
  );
});
