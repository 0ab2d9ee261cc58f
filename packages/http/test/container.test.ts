import {
  createInMemoryRepositories,
  DeterministicFakeLlm,
  FixedClock,
  ProfileMother,
  SequentialIds,
} from '@tailor/application/testing';
import { describe, expect, it } from 'vitest';
import { composeApp, createContainer } from '../src/composition-root.js';
import { buildProfileUseCases } from '../src/composition/profile-use-cases.js';
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

  it('holds adapters only: the use cases are built from them, once per app', () => {
    const container = createContainer(testConfig());
    const { adapters, useCases } = composeApp(container);
    expect(adapters.repositories).toBe(resolve(container, TOKENS.repositories));
    expect(Object.keys(useCases).sort()).toEqual(
      [
        'accounts',
        'apiKeys',
        'calendar',
        'enhancements',
        'generations',
        'history',
        'jobs',
        'profiles',
        'samples',
        'system',
        'tasks',
      ].sort(),
    );
  });

  it('a feature builder is a plain function of its ports: no container needed', async () => {
    const profiles = buildProfileUseCases({
      repositories: createInMemoryRepositories(),
      clock: new FixedClock(),
      ids: new SequentialIds(),
      textExtractor: {
        extract: () => Promise.reject(new Error('not read here')),
        extractDocument: () => Promise.reject(new Error('not read here')),
      },
      llm: new DeterministicFakeLlm(),
    });
    const created = await profiles.createProfile.execute({
      userId: 'user-1',
      content: ProfileMother.completeContent(),
    });
    const summary = await profiles.getProfileSummary.execute({ userId: 'user-1', profileId: created.id });
    expect(summary.text).toContain('Ada Lovelace');
  });
});
