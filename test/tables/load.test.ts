import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPriceTable, getCard, isTokenomicsError, tableToJSON } from '../../src/index.js';
import { loadPriceTable } from '../../src/tables/adapters/index.js';

const fallback = createPriceTable(
  [{ id: 'gpt-4o', provider: 'openai', inputPerMillion: '2.5', outputPerMillion: '10' }],
  { name: 'fallback' },
);
const remote = createPriceTable(
  [{ id: 'gpt-4o', provider: 'openai', inputPerMillion: '2', outputPerMillion: '8' }],
  { name: 'remote' },
);

const routes: Record<string, (respond: (status: number, body: string) => void) => void> = {
  '/tokenomics.json': (respond) => respond(200, JSON.stringify(tableToJSON(remote))),
  '/litellm.json': (respond) =>
    respond(
      200,
      JSON.stringify({
        'gpt-4o': {
          litellm_provider: 'openai',
          mode: 'chat',
          input_cost_per_token: 2e-6,
          output_cost_per_token: 8e-6,
        },
        sample_spec: {},
      }),
    ),
  '/broken.json': (respond) => respond(200, '{ "schemaVersion": 1, "cards": [ '),
  '/bad-card.json': (respond) =>
    respond(
      200,
      JSON.stringify({
        schemaVersion: 1,
        name: 'bad',
        cards: [{ id: 'x', provider: 'p', inputPerMillion: '-1', outputPerMillion: '1' }],
      }),
    ),
  '/empty.json': (respond) => respond(200, JSON.stringify({ schemaVersion: 1, name: 'empty', cards: [] })),
  '/missing.json': (respond) => respond(404, 'not found'),
  '/slow.json': (respond) => setTimeout(() => respond(200, JSON.stringify(tableToJSON(remote))), 2_000),
};

let server: Server;
let base = '';

beforeAll(async () => {
  server = createServer((request, response) => {
    const route = routes[request.url ?? ''];
    const respond = (status: number, body: string) => {
      if (!response.writableEnded)
        response.writeHead(status, { 'content-type': 'application/json' }).end(body);
    };
    if (route === undefined) respond(404, '');
    else route(respond);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('loadPriceTable', () => {
  it('loads a tokenomics table over HTTP, whole', async () => {
    const result = await loadPriceTable({ url: `${base}/tokenomics.json`, format: 'tokenomics', fallback });
    expect(result.source).toBe('loaded');
    expect(getCard(result.table, 'gpt-4o').inputPerMillion).toBe('2');
  });

  it('reads a foreign format and reports what it skipped', async () => {
    const result = await loadPriceTable({
      url: `${base}/litellm.json`,
      format: 'litellm',
      fallback,
      name: 'live',
    });
    expect(result.source).toBe('loaded');
    if (result.source !== 'loaded') return;
    expect(result.table.name).toBe('live');
    expect(getCard(result.table, 'gpt-4o').inputPerMillion).toBe('2');
    expect(result.skipped.map((s) => s.key)).toEqual(['sample_spec']);
  });

  it.each<[string, string, string]>([
    ['an HTTP error', '/missing.json', 'failed with HTTP 404'],
    ['invalid JSON', '/broken.json', 'is not valid JSON'],
    ['an invalid card', '/bad-card.json', 'could not be read: Price table "bad" entry 0 (id "x") is invalid'],
    ['too few cards', '/empty.json', 'has 0 cards, fewer than the 1 required (minCards).'],
  ])('falls back, whole, on %s', async (_name, path, message) => {
    const result = await loadPriceTable({ url: `${base}${path}`, format: 'tokenomics', fallback });
    expect(result.source).toBe('fallback');
    if (result.source !== 'fallback') return;
    expect(result.table).toBe(fallback);
    expect(isTokenomicsError(result.error, 'TABLE_LOAD_FAILED')).toBe(true);
    expect(result.error.message).toContain(message);
  });

  it('falls back on a timeout', async () => {
    const result = await loadPriceTable({
      url: `${base}/slow.json`,
      format: 'tokenomics',
      fallback,
      timeoutMs: 100,
    });
    expect(result.source).toBe('fallback');
    if (result.source === 'fallback')
      expect(result.error.message).toBe(
        `Price table from ${base}/slow.json did not arrive whole within 100 ms.`,
      );
  });

  it('falls back when the network fails', async () => {
    const result = await loadPriceTable({
      url: 'http://127.0.0.1:1/none.json',
      format: 'tokenomics',
      fallback,
      timeoutMs: 5_000,
    });
    expect(result.source).toBe('fallback');
  });

  it('accepts a custom loader returning text, JSON or a Response', async () => {
    const json = tableToJSON(remote);
    for (const value of [JSON.stringify(json), json, new Response(JSON.stringify(json))]) {
      const result = await loadPriceTable({ load: async () => value, format: 'tokenomics', fallback });
      expect(result.source).toBe('loaded');
    }
    const aborted = await loadPriceTable({
      load: (signal) =>
        new Promise((_, reject) => signal.addEventListener('abort', () => reject(new Error('aborted')))),
      format: 'tokenomics',
      fallback,
      timeoutMs: 50,
    });
    expect(aborted.source).toBe('fallback');
  });

  it('refuses bad options', async () => {
    await expect(loadPriceTable({ format: 'tokenomics', fallback } as never)).rejects.toThrowError(
      'exactly one of { url } or { load }',
    );
    await expect(loadPriceTable({ url: 'x', format: 'tokenomics' } as never)).rejects.toThrowError(
      'loadPriceTable option fallback is undefined',
    );
    await expect(
      loadPriceTable({ url: 'https://example.com/x.json', format: 'csv' as never, fallback }),
    ).rejects.toThrowError('loadPriceTable option format is "csv"; use one of');
  });
});
