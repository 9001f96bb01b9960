/**
 * The declared spelling rules of lookup, one by one: Gemini's `models/` prefix, gateway and LiteLLM vendor
 * prefixes (each read as the provider it names), two rules in a row, and what they never do.
 */
import { describe, expect, it } from 'vitest';
import { composeTables, createPriceTable, findCard, getCard } from '../../src/index.js';
import { errorOf } from '../support/errors.js';

const rates = { inputPerMillion: '1', outputPerMillion: '2' };
const card = (provider: string, id: string, extra: object = {}) => ({ id, provider, ...rates, ...extra });
const table = createPriceTable([
  card('google', 'gemini-2.5-flash'),
  card('vertex', 'gemini-2.5-flash', { inputPerMillion: '9' }),
  card('openai', 'gpt-4o'),
  card('azure', 'gpt-4o', { inputPerMillion: '8' }),
  card('anthropic', 'claude-sonnet-4-5', { aliases: ['claude-sonnet-4.5'] }),
  card('bedrock', 'anthropic.claude-sonnet-4-20250514-v1:0'),
  card('xai', 'grok-4'),
  card('mistral', 'mistral-large-2512', { aliases: ['mistral-large-latest'] }),
  card('deepseek', 'deepseek-chat'),
  card('alibaba', 'qwen3-max'),
  card('moonshot', 'kimi-k2.6'),
  card('zai', 'glm-4.6'),
  card('minimax', 'MiniMax-M2.5'),
  card('cohere', 'command-a-03-2025'),
  card('perplexity', 'sonar'),
  card('cerebras', 'gpt-oss-120b'),
  card('together', 'meta-llama/Llama-3.3-70B-Instruct-Turbo'),
  card('fireworks', 'accounts/fireworks/models/gpt-oss-120b'),
  card('groq', 'openai/gpt-oss-20b'),
  card('deepinfra', 'openai/gpt-oss-120b'),
]);
const providerOf = (id: string, options?: Parameters<typeof findCard>[2]) =>
  findCard(table, id, options)?.provider;

describe("Gemini's models/ prefix", () => {
  it('reads models/<id> as <id>, any case, ambiguity included', () => {
    expect(findCard(table, 'Models/Gemini-2.5-Flash', { provider: 'google' })?.id).toBe('gemini-2.5-flash');
    expect(errorOf(() => findCard(table, 'models/gemini-2.5-flash'), 'AMBIGUOUS_MODEL').message).toContain(
      'google, vertex',
    );
  });
  it('keeps a provider the caller asked for', () => {
    expect(findCard(table, 'models/gemini-2.5-flash', { provider: 'vertex' })?.inputPerMillion).toBe('9');
  });
});

describe('vendor and gateway prefixes name a provider', () => {
  it.each([
    ['openai/gpt-4o', 'openai'],
    ['anthropic/claude-sonnet-4.5', 'anthropic'],
    ['google/gemini-2.5-flash', 'google'],
    ['gemini/gemini-2.5-flash', 'google'],
    ['vertex/gemini-2.5-flash', 'vertex'],
    ['vertex_ai/gemini-2.5-flash', 'vertex'],
    ['bedrock/anthropic.claude-sonnet-4-20250514-v1:0', 'bedrock'],
    ['bedrock_converse/anthropic.claude-sonnet-4-20250514-v1:0', 'bedrock'],
    ['azure/gpt-4o', 'azure'],
    ['azure_ai/gpt-4o', 'azure'],
    ['xai/grok-4', 'xai'],
    ['x-ai/grok-4', 'xai'],
    ['mistral/mistral-large-latest', 'mistral'],
    ['mistralai/mistral-large-2512', 'mistral'],
    ['deepseek/deepseek-chat', 'deepseek'],
    ['alibaba/qwen3-max', 'alibaba'],
    ['qwen/qwen3-max', 'alibaba'],
    ['dashscope/qwen3-max', 'alibaba'],
    ['moonshot/kimi-k2.6', 'moonshot'],
    ['moonshotai/kimi-k2.6', 'moonshot'],
    ['zai/glm-4.6', 'zai'],
    ['z-ai/glm-4.6', 'zai'],
    ['zhipuai/glm-4.6', 'zai'],
    ['minimax/minimax-m2.5', 'minimax'],
    ['cohere/command-a-03-2025', 'cohere'],
    ['cohere_chat/command-a-03-2025', 'cohere'],
    ['perplexity/sonar', 'perplexity'],
    ['cerebras/gpt-oss-120b', 'cerebras'],
    ['together/meta-llama/Llama-3.3-70B-Instruct-Turbo', 'together'],
    ['together_ai/meta-llama/Llama-3.3-70B-Instruct-Turbo', 'together'],
    ['fireworks/accounts/fireworks/models/gpt-oss-120b', 'fireworks'],
    ['fireworks_ai/accounts/fireworks/models/gpt-oss-120b', 'fireworks'],
    ['groq/openai/gpt-oss-20b', 'groq'],
    ['deepinfra/openai/gpt-oss-120b', 'deepinfra'],
  ])('%s is a card of %s', (id, provider) => {
    expect(providerOf(id)).toBe(provider);
  });

  it('a prefix for a provider the table lacks finds nothing rather than another provider', () => {
    expect(findCard(table, 'amazon/gpt-4o')).toBeUndefined();
    expect(findCard(table, 'vertex_ai/gpt-4o')).toBeUndefined();
  });

  it('a prefix contradicting the provider asked for finds nothing', () => {
    expect(findCard(table, 'azure/gpt-4o', { provider: 'openai' })).toBeUndefined();
    expect(findCard(table, 'azure/gpt-4o', { provider: 'azure' })?.inputPerMillion).toBe('8');
  });
});

describe('rules combine at most twice, and never fuzzily', () => {
  it('a LiteLLM prefix before a vendor prefix, and a vendor prefix before models/', () => {
    expect(providerOf('vertex_ai/models/gemini-2.5-flash')).toBe('vertex');
    expect(providerOf('openrouter-like/x')).toBeUndefined();
    expect(providerOf('gemini/models/gemini-2.5-flash')).toBe('google');
  });

  it('stops after two rules', () => {
    expect(findCard(table, 'google/models/models/gemini-2.5-flash')).toBeUndefined();
  });

  it('an exact id wins over a spelling: groq lists openai/gpt-oss-20b under that very id', () => {
    expect(providerOf('openai/gpt-oss-20b')).toBe('groq');
  });

  it('does not strip suffixes, versions or unknown prefixes', () => {
    for (const id of ['openai/gpt-4o:free', 'gpt-4o-2099', 'openrouter/gpt-4o', 'models/gpt', 'x-ai/grok']) {
      expect(findCard(table, id), id).toBeUndefined();
    }
  });

  it('the first layer of a composed table that answers a spelling wins', () => {
    const mine = createPriceTable([card('openai', 'gpt-4o', { inputPerMillion: '0.5' })]);
    expect(findCard(composeTables(mine, table), 'openai/gpt-4o')?.inputPerMillion).toBe('0.5');
  });

  it('an unknown spelled id names the id as written in its error', () => {
    const error = errorOf(() => getCard(table, 'x-ai/grok-99'), 'UNKNOWN_MODEL');
    expect(error.message).toMatch(/^Model "x-ai\/grok-99" is not in price table "price table"/);
  });
});
