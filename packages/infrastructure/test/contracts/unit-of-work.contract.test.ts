import { UserMother } from '@tailor/application/testing';
import { expect, it } from 'vitest';
import { describeContract } from '../contract-harness.js';

describeContract('IUnitOfWork', (context) => {
  const repos = () => context().repositories;

  it('commits every write of a successful unit', async () => {
    const [a, b] = [UserMother.create(), UserMother.create()];
    await repos().unitOfWork.run(async () => {
      await repos().users.add(a);
      await repos().users.add(b);
    });
    expect(await repos().users.findById(a.id)).not.toBeNull();
    expect(await repos().users.findById(b.id)).not.toBeNull();
  });

  it('returns the value of the work', async () => {
    await expect(repos().unitOfWork.run(async () => 42)).resolves.toBe(42);
  });

  it('undoes every write when the unit fails, and rethrows the failure', async () => {
    const kept = UserMother.create();
    await repos().users.add(kept);
    const doomed = UserMother.create();
    await expect(
      repos().unitOfWork.run(async () => {
        await repos().users.add(doomed);
        await repos().users.delete(kept.id);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await repos().users.findById(doomed.id)).toBeNull();
    expect(await repos().users.findById(kept.id)).not.toBeNull();
  });

  it('rolls back a failed inner unit without losing the outer one', async () => {
    const outer = UserMother.create();
    const inner = UserMother.create();
    await repos().unitOfWork.run(async () => {
      await repos().users.add(outer);
      await repos()
        .unitOfWork.run(async () => {
          await repos().users.add(inner);
          throw new Error('inner failure');
        })
        .catch(() => undefined);
    });
    expect(await repos().users.findById(outer.id)).not.toBeNull();
    expect(await repos().users.findById(inner.id)).toBeNull();
  });

  it('sees its own uncommitted writes', async () => {
    const user = UserMother.create();
    const seen = await repos().unitOfWork.run(async () => {
      await repos().users.add(user);
      return repos().users.findByEmail(user.email);
    });
    expect(seen?.id).toBe(user.id);
  });
});

describeContract('IUnitOfWork.runExclusive', (context) => {
  const repos = () => context().repositories;
  const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('never overlaps two units holding the same key, and a count-then-insert inside stays exact', async () => {
    const log: string[] = [];
    const unit = (name: string) =>
      repos().unitOfWork.runExclusive('limit:user-1', async () => {
        log.push(`${name} in`);
        const before = (await repos().users.findByEmail('only@example.org')) !== null;
        await tick(20);
        if (!before) await repos().users.add(UserMother.create({ email: 'only@example.org' }));
        log.push(`${name} out`);
        return before;
      });
    const found = await Promise.all([unit('a'), unit('b'), unit('c')]);
    expect(found.filter((f) => !f)).toHaveLength(1);
    for (let i = 0; i < log.length; i += 2) expect(log[i + 1]).toBe(log[i]!.replace(' in', ' out'));
  });

  it('releases the key when a unit fails', async () => {
    await expect(
      repos().unitOfWork.runExclusive('limit:user-2', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(repos().unitOfWork.runExclusive('limit:user-2', async () => 'next')).resolves.toBe('next');
  });
});
