/**
 * The public surface, written down: per entry point, every export with its kind and type, compared with
 * test/api/api-report.json. A change to the surface fails here until the report is regenerated on purpose
 * (`UPDATE_API_REPORT=1 npx vitest run test/api`), so it shows in review.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { entries } from '../../scripts/entries.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const REPORT = fileURLToPath(new URL('./api-report.json', import.meta.url));

function report(): Record<string, Record<string, string>> {
  const program = ts.createProgram(
    entries.map((entry) => `${root}${entry.source}`),
    {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      target: ts.ScriptTarget.ES2022,
      strict: true,
      exactOptionalPropertyTypes: true,
    },
  );
  const checker = program.getTypeChecker();
  const result: Record<string, Record<string, string>> = {};
  for (const entry of entries) {
    const source = program.getSourceFile(`${root}${entry.source}`);
    const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
    if (moduleSymbol === undefined) throw new Error(`cannot read ${entry.source}`);
    const exports: Record<string, string> = {};
    for (const exported of checker
      .getExportsOfModule(moduleSymbol)
      .sort((a, b) => a.name.localeCompare(b.name))) {
      const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declaration = symbol.declarations?.[0];
      let kind = 'value';
      if (symbol.flags & ts.SymbolFlags.Function) kind = 'function';
      else if (symbol.flags & ts.SymbolFlags.Class) kind = 'class';
      else if (symbol.flags & ts.SymbolFlags.Interface) kind = 'interface';
      else if (symbol.flags & ts.SymbolFlags.TypeAlias) kind = 'type';
      const flags = ts.TypeFormatFlags.NoTruncation | ts.TypeFormatFlags.InTypeAlias;
      const declared = checker.getDeclaredTypeOfSymbol(symbol);
      // An interface is its members: a member added, removed or retyped changes the report.
      const members =
        kind === 'interface'
          ? `{ ${checker
              .getPropertiesOfType(declared)
              .map((member) => {
                const at = member.declarations?.[0] ?? declaration;
                const optional = member.flags & ts.SymbolFlags.Optional ? '?' : '';
                return `${member.name}${optional}: ${at === undefined ? '' : checker.typeToString(checker.getTypeOfSymbolAtLocation(member, at), undefined, flags)}`;
              })
              .join('; ')} }`
          : undefined;
      const type =
        members !== undefined
          ? members
          : kind === 'type'
            ? checker.typeToString(declared, declaration, flags)
            : declaration === undefined
              ? ''
              : checker.typeToString(
                  checker.getTypeOfSymbolAtLocation(symbol, declaration),
                  undefined,
                  ts.TypeFormatFlags.NoTruncation,
                );
      // Types TypeScript prints by their module path carry the checkout's location: keep it out of the report.
      exports[exported.name] = `${kind}: ${type.replaceAll(`import("${root}`, 'import("./')}`;
    }
    result[entry.subpath] = exports;
  }
  return result;
}

describe('the public API', () => {
  it('matches test/api/api-report.json (regenerate deliberately with UPDATE_API_REPORT=1)', () => {
    const current = report();
    if (process.env.UPDATE_API_REPORT === '1') writeFileSync(REPORT, `${JSON.stringify(current, null, 2)}\n`);
    expect(current).toEqual(JSON.parse(readFileSync(REPORT, 'utf8')));
  }, 60_000);
});
