/**
 * The progress bar for long logs: on standard error, only when it is a terminal, through a maintained
 * library (cli-progress). Pipes and CI logs see nothing.
 *
 * @module
 */

import { SingleBar } from 'cli-progress';
import type { CliIo } from './program.js';

/** A bar over `total` bytes that writes to `io.stderr`; `update(bytes)`, then `stop()`. */
export function progressBar(total: number, io: CliIo): { update(bytes: number): void; stop(): void } {
  const stream = {
    isTTY: true,
    columns: io.columns ?? 80,
    write: (text: string) => {
      io.stderr(text);
      return true;
    },
    cursorTo: (x: number) => {
      io.stderr(`\x1b[${x + 1}G`);
      return true;
    },
    clearLine: () => {
      io.stderr('\x1b[2K');
      return true;
    },
    moveCursor: () => true,
    on: () => stream,
    removeListener: () => stream,
  };
  const bar = new SingleBar({
    stream: stream as unknown as NodeJS.WritableStream,
    format: 'pricing {bar} {percentage}% | {value}/{total} MB',
    formatValue: (value, _options, type) =>
      type === 'value' || type === 'total' ? (value / 1e6).toFixed(0) : String(value),
    hideCursor: false,
    clearOnComplete: true,
    fps: 10,
  });
  bar.start(total, 0);
  return {
    update: (bytes) => bar.update(bytes),
    stop: () => bar.stop(),
  };
}
