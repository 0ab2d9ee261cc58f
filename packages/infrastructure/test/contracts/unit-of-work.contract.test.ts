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
