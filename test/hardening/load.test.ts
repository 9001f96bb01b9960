/**
 * Class 3: `loadPriceTable` within one deadline (body included) and a byte budget, with every option checked.
 * Servers here listen on 127.0.0.1 only and stop writing by themselves.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPriceTable, tableToJSON } from '../../src/index.js';
import { loadPriceTable } from '../../src/tables/adapters/index.js';
import { rejectionOf } from '../support/errors.js';

const fallback = createPriceTable([{ id: 'm', provider: 'p', inputPerMillion: '1', outputPerMillion: '2' }], {
  name: 'fallback',
});
const tableText = JSON.stringify(tableToJSON(fallback));

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    if (request.url === '/endless') {
      // Headers at once, then a body that keeps coming (at most 10 s of it) and never ends on its own.
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"schemaVersion":1,"name":"x","cards":[');
      const timer = setInterval(() => response.write(' '), 10);
      const stop = setTimeout(() => clearInterval(timer), 10_000);
      response.on('close', () => {
        clearInterval(timer);
        clearTimeout(stop);
      });
      return;
    }
    if (request.url === '/bomb') {
      // 64 MB of spaces gzip to about 64 KB; decompressed, they exceed the 1 MiB budget of the test.
      const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024, 0x20));
      response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      response.end(bomb);
      return;
    }
    if (request.url === '/declared') {
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-length': String(2 * 1024 * 1024),
      });
      response.end(' '.repeat(2 * 1024 * 1024));
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(tableText);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('loadPriceTable is bounded in time and bytes', () => {
  it('times out on a body that never ends (over HTTP), within the deadline', async () => {
    const started = performance.now();
    const result = await loadPriceTable({
      url: `${base}/endless`,
      format: 'tokenomics',
      fallback,
      timeoutMs: 300,
    });
    expect(result.source).toBe('fallback');
    expect(result.source === 'fallback' && result.error.details.reason).toBe('timeout');
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('times out on a Response from load whose stream never ends', async () => {
    const never = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) });
    const result = await loadPriceTable({
      load: async () => new Response(never),
      format: 'tokenomics',
      fallback,
      timeoutMs: 200,
    });
    expect(result.source === 'fallback' && result.error.details.reason).toBe('timeout');
  });

  it('times out on a fetchImpl whose body never ends', async () => {
    const never = new ReadableStream<Uint8Array>({ pull: () => new Promise(() => undefined) });
    const result = await loadPriceTable({
      url: 'https://example.com/prices.json',
      fetchImpl: async () => new Response(never),
      format: 'tokenomics',
      fallback,
      timeoutMs: 200,
    });
    expect(result.source === 'fallback' && result.error.details.reason).toBe('timeout');
  });

  it('stops an endless stream at maxBytes', async () => {
    let produced = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        produced += 65_536;
        controller.enqueue(new Uint8Array(65_536).fill(0x20));
      },
    });
    const result = await loadPriceTable({
      load: async () => new Response(endless),
      format: 'tokenomics',
      fallback,
      maxBytes: 1_000_000,
    });
    expect(result.source === 'fallback' && result.error.details.reason).toBe('too-large');
    expect(produced).toBeLessThan(2_000_000);
  });

  it('counts decompressed bytes, so a gzip bomb stops at maxBytes', async () => {
    const result = await loadPriceTable({
      url: `${base}/bomb`,
      format: 'tokenomics',
      fallback,
      maxBytes: 1024 * 1024,
    });
    expect(result.source === 'fallback' && result.error.details).toEqual({
      where: `${base}/bomb`,
      reason: 'too-large',
      limit: 1024 * 1024,
    });
  });

  it('refuses a declared content-length above maxBytes before reading', async () => {
    const result = await loadPriceTable({
      url: `${base}/declared`,
      format: 'tokenomics',
      fallback,
      maxBytes: 1024,
    });
    expect(result.source === 'fallback' && result.error.details.reason).toBe('too-large');
  });

  it('still loads a table that fits', async () => {
    const result = await loadPriceTable({
      url: `${base}/ok`,
      format: 'tokenomics',
      fallback,
      maxBytes: 10_000,
    });
    expect(result.source).toBe('loaded');
  });

  it('reads only own format names: "constructor" is refused, not a loaded table', async () => {
    const error = await rejectionOf(
      () => loadPriceTable({ load: async () => ({}), format: 'constructor' as never, fallback }),
      'INVALID_ARGUMENT',
    );
    expect(error.message).toContain('option format is "constructor"');
  });

  it.each([
    [{ timeoutMs: 0 }, 'timeoutMs is 0'],
    [{ timeoutMs: 1e9 }, 'timeoutMs is 1000000000'],
    [{ timeoutMs: '10' }, 'timeoutMs is "10"'],
    [{ maxBytes: -1 }, 'maxBytes is -1'],
    [{ minCards: 1.5 }, 'minCards is 1.5'],
    [{ fallback: { kind: 'price-table' } }, 'option fallback'],
    [{ fallback: [] }, 'option fallback'],
    [{ url: undefined, load: 'not a function' }, 'option load is "not a function"'],
    [{ fetchImpl: 42 }, 'option fetchImpl is 42'],
    [{ url: 'file:///etc/passwd' }, 'option url is "file:///etc/passwd"'],
    [{ url: 'javascript:alert(1)' }, 'option url is "javascript:alert(1)"'],
    [{ url: 'not a url' }, 'option url is "not a url"'],
    [{ name: '' }, 'option name is ""'],
    [{ timeout: 10 }, 'has no option "timeout"'],
  ])('refuses the option %j', async (change, message) => {
    const options = { url: 'https://example.com/prices.json', format: 'tokenomics', fallback, ...change };
    const error = await rejectionOf(() => loadPriceTable(options as never), 'INVALID_ARGUMENT');
    expect(error.message).toContain(message);
  });

  it.each([[null], [undefined], ['https://example.com'], [42]])('refuses options %j', async (options) => {
    await rejectionOf(() => loadPriceTable(options as never), 'INVALID_ARGUMENT');
  });
});
