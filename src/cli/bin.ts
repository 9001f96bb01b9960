/**
 * The `tokenomics` executable: runs the command line on this process's arguments and streams.
 *
 * @module
 */

import { run } from './program.js';

run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: () => process.stdin,
  stderrIsTTY: process.stderr.isTTY === true,
  columns: process.stderr.columns,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `tokenomics: unexpected error (a bug; please report it): ${(error as Error).stack ?? String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
