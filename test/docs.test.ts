import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { entries as packageEntries } from '../scripts/entries.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));

/** Every public entry point of the package, as the API docs list them. */
function entryPoints(): string[] {
  return packageEntries.map((entry) => `${root}${entry.source}`);
}

describe('API documentation', () => {
  const entries = entryPoints();
  const program = ts.createProgram(entries, {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
  });
  const checker = program.getTypeChecker();

  it('documents every entry point the package exports', () => {
    const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
      exports: Record<string, unknown>;
    };
    const subpaths = Object.keys(manifest.exports).filter((subpath) => subpath !== './package.json');
    expect(entries).toHaveLength(subpaths.length);
  });

  for (const entry of entries) {
    it(`every exported function and class of ${entry.slice(root.length)} has TSDoc with an @example`, () => {
      const source = program.getSourceFile(entry);
      if (source === undefined) throw new Error(`cannot read ${entry}`);
      const moduleSymbol = checker.getSymbolAtLocation(source);
      if (moduleSymbol === undefined) throw new Error(`${entry} has no exports`);
      const missing: string[] = [];
      for (const exported of checker.getExportsOfModule(moduleSymbol)) {
        const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
        if (!(symbol.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class))) continue;
        const documentation = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
        const hasExample = symbol.getJsDocTags(checker).some((tag) => tag.name === 'example');
        if (documentation.length === 0 || !hasExample) missing.push(exported.getName());
      }
      expect(missing).toEqual([]);
    });
  }
});

describe('the bottom-up guide', () => {
  it('shows the chart the library draws today (regenerate with npm run docs:chart)', async () => {
    const { OUT, renderChart } = await import('../scripts/chart.js');
    expect(readFileSync(OUT, 'utf8')).toBe(renderChart());
  });
});
