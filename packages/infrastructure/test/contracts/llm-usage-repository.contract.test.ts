import { UserMother } from '@tailor/application/testing';
import type { LlmUsageRecord } from '@tailor/domain';
import { expect, it } from 'vitest';
import { describeContract } from '../contract-harness.js';

let sequence = 0;
const entry = (overrides: Partial<LlmUsageRecord> = {}): LlmUsageRecord => {
  sequence += 1;
  return {
    id: `usage-${String(sequence).padStart(6, '0')}`,
    userId: null,
    task: 'rewrite_bullets',
    provider: 'openai',
    model: 'gpt-4o-mini',
    promptId: 'rewrite_bullets',
    promptVersion: 1,
    inputTokens: 100,
    outputTokens: 20,
    latencyMs: 350,
    costMicroUsd: 27,
    outcome: 'ok',
    redacted: false,
    createdAt: new Date('2026-03-10T12:00:00.000Z'),
    ...overrides,
  };
};

describeContract('ILlmUsageRepository', (context) => {
  const usage = () => context().repositories.llmUsage;
  const addUser = async () => {
    const user = UserMother.create();
    await context().repositories.users.add(user);
    return user.id;
  };

  it('records entries and lists a user’s, oldest first, with every field intact', async () => {
    const userId = await addUser();
    const later = entry({ userId, createdAt: new Date('2026-03-11T00:00:00.000Z') });
    const earlier = entry({
      userId,
      task: 'parse_job',
      provider: 'anthropic',
      outcome: 'LLM.TIMEOUT',
      redacted: true,
    });
    await usage().record(later);
    await usage().record(earlier);
    await usage().record(entry({ userId: null }));

    expect(await usage().listByUser(userId)).toEqual([earlier, later]);
    expect(await usage().listByUser('nobody')).toEqual([]);
  });

  it('sums a month by provider and model, ignoring other months and other users', async () => {
    const userId = await addUser();
    const otherId = await addUser();
    await usage().record(entry({ userId, inputTokens: 10, outputTokens: 1, costMicroUsd: 5 }));
    await usage().record(entry({ userId, inputTokens: 30, outputTokens: 3, costMicroUsd: 7 }));
    await usage().record(
      entry({ userId, provider: 'local', model: 'tailor-local-1', inputTokens: 4, costMicroUsd: 0 }),
    );
    // Boundaries: the last millisecond of the month counts, the first of the next does not.
    await usage().record(entry({ userId, createdAt: new Date('2026-03-31T23:59:59.999Z'), costMicroUsd: 1 }));
    await usage().record(entry({ userId, createdAt: new Date('2026-04-01T00:00:00.000Z') }));
    await usage().record(entry({ userId: otherId }));

    expect(await usage().monthlySummary(userId, '2026-03')).toEqual([
      {
        provider: 'local',
        model: 'tailor-local-1',
        calls: 1,
        inputTokens: 4,
        outputTokens: 20,
        costMicroUsd: 0,
      },
      {
        provider: 'openai',
        model: 'gpt-4o-mini',
        calls: 3,
        inputTokens: 140,
        outputTokens: 24,
        costMicroUsd: 13,
      },
    ]);
    expect(await usage().monthlySummary(userId, '2026-05')).toEqual([]);
  });

  it('deletes a user’s entries and says how many', async () => {
    const userId = await addUser();
    await usage().record(entry({ userId }));
    await usage().record(entry({ userId }));
    const kept = entry({ userId: null });
    await usage().record(kept);

    expect(await usage().deleteByUser(userId)).toBe(2);
    expect(await usage().listByUser(userId)).toEqual([]);
    expect(await usage().deleteByUser(userId)).toBe(0);
  });

  it('loses a user’s entries when the user is deleted', async () => {
    const userId = await addUser();
    await usage().record(entry({ userId }));
    await context().repositories.users.delete(userId);
    expect(await usage().listByUser(userId)).toEqual([]);
  });
});
