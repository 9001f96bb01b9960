/**
 * Runs the `tokenomics` command line in-process, as the tests call it: argv in, exit code and the text
 * written to stdout and stderr out, with stdin and the terminal as given.
 */
import { type CliIo, run } from '../../src/cli/program.js';

/** Runs `tokenomics <argv>`; `stdin` is what `-` reads, `tty` whether stderr is a terminal. */
export async function cli(argv: string[], options: { stdin?: string; tty?: boolean } = {}) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stdin: async function* () {
      if (options.stdin !== undefined) yield options.stdin;
    },
    stderrIsTTY: options.tty === true,
    columns: 80,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
