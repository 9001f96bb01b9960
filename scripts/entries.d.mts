/** Types of scripts/entries.mjs. */
export interface PackageEntry {
  /** The package.json export, e.g. `'./data/openai'`. */
  readonly subpath: string;
  /** The source file it is built from. */
  readonly source: string;
  /** tsup's output name, e.g. `'data/openai'`. */
  readonly output: string;
}
export declare const entries: readonly PackageEntry[];
export declare const providerSubpaths: readonly string[];
