/**
 * Every code example a user reads compiles: each `@example` of the source's TSDoc and each ```ts block of
 * README.md and docs/*.md, type-checked against the source (strict) as its own module. Values an example
 * takes from the user's own code (an SDK response, a card they made) are declared once in PRELUDE below,
 * with their real types where the library has them; anything else undeclared is an error.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));

/** What the examples take from the reader's own code. */
const PRELUDE = `import type { PriceCard, PriceTable, Usage } from 'tokenomics';
import type { BottomUpInputs } from 'tokenomics/infra';
declare global {
  /** A provider SDK's response (OpenAI, Gemini...), an AI SDK result, an Anthropic message. */
  const response: any;
  const result: any;
  const message: any;
  /** A catalog fetched as JSON. */
  const json: unknown;
  const url: string;
  const GENAI_PRICES_URL: string;
  const LITELLM_URL: string;
  /** Cards and tables the reader made. */
  const card: PriceCard;
  const gpt4o: PriceCard;
  const listCard: PriceCard;
  const cardWithoutCacheWrites: PriceCard;
  const cards: PriceCard[];
  const table: PriceTable;
  const fallback: PriceTable;
  const usage: Usage;
  const inputs: BottomUpInputs;
  const spent: import('tokenomics').Money;
  const limit: import('tokenomics').Money;
  /** A caught error. */
  const error: unknown;
}
export {};
`;

/** Internal authoring helpers, not public API: their examples name module-private values. */
const SKIP = ['src/data/author.ts', 'src/data/channel.ts'];

function files(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, ext) : path.endsWith(ext) ? [path] : [];
  });
}

function examples(): { where: string; code: string }[] {
  const found: { where: string; code: string }[] = [];
  for (const file of files(join(root, 'src'), '.ts')) {
    const where = file.slice(root.length);
    if (SKIP.includes(where)) continue;
    for (const match of readFileSync(file, 'utf8').matchAll(
      /@example\s*\n\s*\* ```ts\n([\s\S]*?)\n\s*\* ```/g,
    )) {
      const code = (match[1] as string)
        .split('\n')
        .map((line) => line.replace(/^\s*\* ?/, ''))
        .join('\n');
      found.push({ where, code });
    }
  }
  const guides = ['README.md', ...files(join(root, 'docs'), '.md').map((file) => file.slice(root.length))];
  for (const guide of guides.filter((path) => !path.startsWith('docs/api/'))) {
    for (const match of readFileSync(join(root, guide), 'utf8').matchAll(/```ts\n([\s\S]*?)\n```/g)) {
      found.push({ where: guide, code: match[1] as string });
    }
  }
  return found;
}

const SUBPATHS: Record<string, string[]> = {
  tokenomics: ['src/index.ts'],
  'tokenomics/lite': ['src/lite/index.ts'],
  'tokenomics/data': ['src/catalog/index.ts'],
  'tokenomics/data/*': ['src/catalog/*.ts'],
  'tokenomics/infra': ['src/infra/index.ts'],
  'tokenomics/adapters': ['src/tables/adapters/index.ts'],
  'tokenomics/budget': ['src/budget/index.ts'],
  'tokenomics/sql': ['src/sql/index.ts'],
};

describe('the documentation examples', () => {
  it('every @example and every ts block of the guides type-checks', () => {
    const blocks = examples();
    expect(blocks.length).toBeGreaterThan(100);
    const dir = join(root, 'tmp', 'examples-check');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'prelude.ts'), PRELUDE);
    const names = blocks.map((block, index) => {
      const path = join(dir, `example-${index}.ts`);
      writeFileSync(path, `${block.code}\nexport {};\n`);
      return path;
    });
    const program = ts.createProgram([join(dir, 'prelude.ts'), ...names], {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      exactOptionalPropertyTypes: true,
      noEmit: true,
      skipLibCheck: true,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
      types: ['node'],
      baseUrl: root,
      paths: SUBPATHS,
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file?.fileName.startsWith(dir))
      .map((diagnostic) => {
        const index = Number(/example-(\d+)\.ts$/.exec(diagnostic.file?.fileName ?? '')?.[1]);
        const block = blocks[index];
        const line = diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line ?? 0;
        const text = block?.code.split('\n')[line]?.trim();
        return `${block?.where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')} (in "${text}")`;
      });
    rmSync(dir, { recursive: true, force: true });
    expect(problems).toEqual([]);
  }, 120_000);
});
