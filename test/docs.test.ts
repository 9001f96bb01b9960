import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../', import.meta.url));

/** Every public entry point of the package, from tsup's configuration. */
function entryPoints(): string[] {
  const config = readFileSync(`${root}tsup.config.ts`, 'utf8');
  return [...config.matchAll(/'(src\/[\w/.-]+\.ts)'/g)].map((match) => `${root}${match[1]}`);
}

describe('API documentation', () => {
  const entries = entryPoints();
  const program = ts.createProgram(entries, {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
  });
  const checker = program.getTypeChecker();

  it('finds the entry points', () => {
    expect(entries.length).toBeGreaterThan(0);
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
