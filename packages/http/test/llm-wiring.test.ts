import { describe, expect, it } from 'vitest';
import { createContainer } from '../src/composition-root.js';
import { resolve } from '../src/composition/container.js';
import { TOKENS } from '../src/composition/tokens.js';
import { ConfigError, testConfig } from '../src/config/config.js';

describe('LLM wiring', () => {
  it('registers the llm token with the local engine by default, recording usage in the database', async () => {
    const container = createContainer(testConfig());
    const database = resolve(container, TOKENS.database);
    await database.migrate();
    try {
      const llm = resolve(container, TOKENS.llm);
      const result = await llm.run({
        task: 'rewrite_bullets',
        variables: { bullets: ['Responsible for managing the budget'], keywords: [], style: null },
      });
      expect(result.value.bullets).toEqual(['Managed the budget']);
      expect(result.usage.provider).toBe('local');
    } finally {
      await database.close();
    }
  });

  it('stops start-up naming OPENAI_API_KEY when openai has neither a key nor a base URL', () => {
    expect(() => createContainer(testConfig({ LLM_PROVIDER: 'openai' }))).toThrow(ConfigError);
    expect(() => createContainer(testConfig({ LLM_PROVIDER: 'openai' }))).toThrow(/OPENAI_API_KEY/);
    expect(() => createContainer(testConfig({ LLM_FALLBACK: 'anthropic' }))).toThrow(
      /ANTHROPIC_API_KEY: required when LLM_FALLBACK/,
    );
  });

  it('accepts an OpenAI-compatible server without a key (Ollama)', () => {
    expect(() =>
      createContainer(
        testConfig({
          LLM_PROVIDER: 'openai',
          OPENAI_BASE_URL: 'http://127.0.0.1:11434/v1',
          LLM_MODEL: 'llama3.1',
        }),
      ),
    ).not.toThrow();
  });

  it('parses LLM_PRICES and names it when it is not valid', () => {
    expect(testConfig({ LLM_PRICES: '{"my-model":{"input":1,"output":2}}' }).llm.prices).toEqual({
      'my-model': { input: 1, output: 2 },
    });
    expect(() => testConfig({ LLM_PRICES: '{"my-model":{"input":"cheap"}}' })).toThrow(/LLM_PRICES/);
    expect(() => testConfig({ LLM_PRICES: 'not json' })).toThrow(/LLM_PRICES/);
  });
});

describe('LLM error statuses', () => {
  it('maps provider failures to 5xx/429, never to a client error', async () => {
    const { statusOfErrorCode } = await import('@tailor/domain');
    expect(
      ['LLM.AUTH_FAILED', 'LLM.RATE_LIMITED', 'LLM.TIMEOUT', 'LLM.UNAVAILABLE', 'LLM.INVALID_OUTPUT'].map(
        statusOfErrorCode,
      ),
    ).toEqual([503, 429, 503, 503, 502]);
  });
});
