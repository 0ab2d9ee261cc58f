import { describe, expect, it } from 'vitest';
import { createContainer } from '../src/composition-root.js';
import { provide, resolve, verifyContainer } from '../src/composition/container.js';
import type { Token } from '../src/composition/tokens.js';
import { TOKENS } from '../src/composition/tokens.js';
import { testConfig } from '../src/config/config.js';

describe('composition root', () => {
  it('resolves every token', () => {
    const container = createContainer(testConfig());
    for (const token of Object.values(TOKENS)) {
      expect(resolve(container, token as Token<unknown>)).toBeDefined();
    }
  });

  it('gives each container its own singletons', () => {
    const a = createContainer(testConfig());
    const b = createContainer(testConfig());
    expect(resolve(a, TOKENS.database)).toBe(resolve(a, TOKENS.database));
    expect(resolve(a, TOKENS.database)).not.toBe(resolve(b, TOKENS.database));
  });

  it('stops start-up naming the token whose factory fails', () => {
    const container = createContainer(testConfig());
    provide(container, TOKENS.clock, () => {
      throw new Error('no clock today');
    });
    expect(() => verifyContainer(container)).toThrow(/clock: no clock today/);
  });
});
