import { describe, expect, it } from 'vitest';
import type { IIdGenerator } from '../../src/shared/ports.js';
import { ProfileDate } from '../../src/profiles/profile-date.js';
import { Profile } from '../../src/profiles/profile.js';

const ids = (): IIdGenerator => {
  let n = 0;
  return { next: () => `id-${++n}` };
};
const t0 = new Date('2026-01-01T00:00:00.000Z');
const t1 = new Date('2026-01-02T00:00:00.000Z');

describe('ProfileDate', () => {
  it.each([
    ['2020', '2020'],
    ['2020-03', '2020-03'],
    ['2020-03-31', '2020-03'],
    [' 2020-12 ', '2020-12'],
    ['2024-02-29', '2024-02'],
  ])('normalises %s to %s', (raw, normalised) => {
    expect(ProfileDate.normalise(raw)).toBe(normalised);
  });

  it.each(['2020-13', '2020-00', '2023-02-29', '20-01', '2020/01', 'March 2020', '1899', '2020-1'])(
    'refuses %s',
    (raw) => {
      expect(ProfileDate.normalise(raw)).toBeNull();
    },
  );

  it('compares at the coarser precision', () => {
    expect(ProfileDate.endsBeforeStart('2020-05', '2020-04')).toBe(true);
    expect(ProfileDate.endsBeforeStart('2020-05', '2020')).toBe(false);
    expect(ProfileDate.endsBeforeStart('2020', '2019-12')).toBe(true);
    expect(ProfileDate.endsBeforeStart('2020-05', '2020-05')).toBe(false);
  });
});

describe('Profile', () => {
  const create = () =>
    Profile.create({
      id: 'p1',
      ownerId: 'u1',
      isDefault: true,
      content: { fullName: 'Ada', experiences: [{ title: 'T', company: 'C' }] },
      ids: ids(),
      now: t0,
    });

  it('bumps the version once per loaded instance, however many changes it gets', () => {
    const profile = create();
    const generator = ids();
    profile.patch({ headline: 'H' }, generator, t1);
    profile.addItem('projects', { name: 'P' }, generator, t1);
    profile.unmarkDefault(t1);
    expect(profile.version).toBe(2);
    expect(profile.updatedAt).toEqual(t1);
    expect(profile.createdAt).toEqual(t0);

    const reloaded = Profile.fromPrimitives(profile.toPrimitives());
    reloaded.patch({ headline: 'H2' }, generator, t1);
    expect(reloaded.version).toBe(3);
  });

  it('is never left invalid by a refused change', () => {
    const profile = create();
    const before = profile.toPrimitives();
    expect(() => profile.patch({ fullName: '' }, ids(), t1)).toThrow();
    expect(() =>
      profile.replaceItem('experiences', profile.content.experiences[0]!.id, { title: '' }, ids(), t1),
    ).toThrow();
    expect(profile.toPrimitives()).toEqual(before);
  });

  it('does not share state with what it was built from or what it hands out', () => {
    const profile = create();
    const primitives = profile.toPrimitives();
    primitives.experiences[0]!.title = 'changed';
    profile.content.experiences[0]!.bullets.push('leak');
    expect(profile.content.experiences[0]).toMatchObject({ title: 'T', bullets: [] });
  });

  it('refuses wrong types from untyped input with paths', () => {
    expect(() =>
      Profile.create({
        id: 'p',
        ownerId: 'u',
        isDefault: false,
        content: JSON.parse('{"fullName": 5, "experiences": {"x": 1}, "skills": {"soft": "x"}}') as never,
        ids: ids(),
        now: t0,
      }),
    ).toThrow(
      expect.objectContaining({
        code: 'PROFILE.VALIDATION',
        details: {
          issues: expect.arrayContaining([
            { path: 'fullName', message: 'must be a string' },
            { path: 'experiences', message: 'must be an array' },
            { path: 'skills.soft', message: 'must be an array' },
          ]),
        },
      }),
    );
  });
});
