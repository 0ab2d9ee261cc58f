import { PROFILE_LIMITS, type ProfileContentInput } from '@tailor/domain';
import { describe, expect, it } from 'vitest';
import {
  FixedClock,
  ProfileMother,
  SequentialIds,
  createInMemoryRepositories,
} from '../../src/testing/index.js';
import {
  AddProfileItem,
  CreateProfile,
  DeleteProfile,
  ExportAllProfiles,
  ExportProfile,
  GetDefaultProfile,
  GetProfile,
  GetProfileAnalytics,
  GetProfileSummary,
  ImportProfile,
  ListProfiles,
  PatchProfile,
  RemoveProfileItem,
  ReplaceProfile,
  ReplaceProfileItem,
  ReplaceProfileSkills,
  SetDefaultProfile,
  type ProfileUseCaseDeps,
} from '../../src/profiles/index.js';

const ALICE = 'user-alice';
const BOB = 'user-bob';

function setup() {
  const repositories = createInMemoryRepositories();
  const clock = new FixedClock(new Date('2026-02-01T08:00:00.000Z'));
  const deps: ProfileUseCaseDeps = {
    profiles: repositories.profiles,
    unitOfWork: repositories.unitOfWork,
    clock,
    ids: new SequentialIds('ulid'),
  };
  const create = (userId: string, content: ProfileContentInput = ProfileMother.completeContent()) => {
    clock.advance(1_000);
    return new CreateProfile(deps).execute({ userId, content });
  };
  return {
    deps,
    clock,
    create,
    get: (userId: string, profileId: string) => new GetProfile(deps).execute({ userId, profileId }),
    getDefault: (userId: string) => new GetDefaultProfile(deps).execute({ userId }),
    list: (userId: string) => new ListProfiles(deps).execute({ userId }),
  };
}

const code = (value: string) => ({ code: value });

describe('CreateProfile', () => {
  it('creates a profile with version 1, fresh item ids and timestamps from the clock', async () => {
    const { create } = setup();
    const profile = await create(ALICE, {
      ...ProfileMother.completeContent(),
      experiences: [{ id: 'client-chosen', title: 'Engineer', company: 'Acme' }],
    });
    expect(profile).toMatchObject({ version: 1, isDefault: true, fullName: 'Ada Lovelace' });
    expect(profile.experiences[0]?.id).toMatch(/^ulid-/u);
    expect(profile.createdAt).toBe('2026-02-01T08:00:01.000Z');
    expect(profile).not.toHaveProperty('ownerId');
  });

  it('makes only the first profile the default', async () => {
    const { create } = setup();
    expect((await create(ALICE)).isDefault).toBe(true);
    expect((await create(ALICE)).isDefault).toBe(false);
    expect((await create(BOB)).isDefault).toBe(true);
  });

  it('accepts a minimal profile (only a full name)', async () => {
    const { create } = setup();
    const profile = await create(ALICE, ProfileMother.minimalContent());
    expect(profile).toMatchObject({
      fullName: 'Grace Hopper',
      headline: null,
      experiences: [],
      skills: { technical: [], soft: [], tools: [] },
      customFields: {},
    });
  });

  it('normalises dates: YYYY-MM-DD becomes YYYY-MM, YYYY stays a year', async () => {
    const { create } = setup();
    const profile = await create(ALICE, {
      fullName: 'A',
      experiences: [{ title: 'T', company: 'C', startDate: '2019-04-17', endDate: '2020' }],
    });
    expect(profile.experiences[0]).toMatchObject({ startDate: '2019-04', endDate: '2020' });
  });

  it('trims text, drops blank bullets and de-duplicates skills case-insensitively', async () => {
    const { create } = setup();
    const profile = await create(ALICE, {
      fullName: '  Ada  ',
      headline: '   ',
      experiences: [{ title: 'T', company: 'C', bullets: [' one ', '', '  '] }],
      skills: { technical: ['SQL', 'sql', ' Go '] },
    });
    expect(profile.fullName).toBe('Ada');
    expect(profile.headline).toBeNull();
    expect(profile.experiences[0]?.bullets).toEqual(['one']);
    expect(profile.skills.technical).toEqual(['SQL', 'Go']);
  });

  it.each([
    ['missingFullName', 'PROFILE.VALIDATION', 'fullName'],
    ['badEmail', 'PROFILE.VALIDATION', 'email'],
    ['badLinkUrl', 'PROFILE.VALIDATION', 'links[0].url'],
    ['badDate', 'PROFILE.VALIDATION', 'experiences[0].startDate'],
    ['tooManyExperiences', 'PROFILE.VALIDATION', 'experiences'],
    ['bulletTooLong', 'PROFILE.VALIDATION', 'experiences[0].bullets[0]'],
    ['summaryTooLong', 'PROFILE.VALIDATION', 'summary'],
    ['endBeforeStart', 'PROFILE.INVALID_DATE_RANGE', 'experiences[0].endDate'],
    ['currentWithEndDate', 'PROFILE.INVALID_DATE_RANGE', 'experiences[0].endDate'],
  ] as const)('refuses %s with %s naming %s', async (variant, errorCode, path) => {
    const { create, list } = setup();
    await expect(create(ALICE, ProfileMother.invalid[variant]())).rejects.toMatchObject({
      code: errorCode,
      details: { issues: expect.arrayContaining([expect.objectContaining({ path })]) },
    });
    expect((await list(ALICE)).data).toEqual([]);
  });

  it('reports every issue at once', async () => {
    const { create } = setup();
    const error = await create(ALICE, {
      fullName: '',
      email: 'x',
      links: [{ label: '', url: 'ftp://x.org' }],
    }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'PROFILE.VALIDATION' });
    const paths = (error as { details: { issues: Array<{ path: string }> } }).details.issues.map(
      (i) => i.path,
    );
    expect(paths).toEqual(expect.arrayContaining(['fullName', 'email', 'links[0].label', 'links[0].url']));
  });

  it('compares dates of different precision at the coarser one', async () => {
    const { create } = setup();
    await expect(
      create(ALICE, {
        fullName: 'A',
        education: [{ institution: 'U', startDate: '2020-05', endDate: '2020' }],
      }),
    ).resolves.toBeDefined();
    await expect(
      create(ALICE, {
        fullName: 'A',
        education: [{ institution: 'U', startDate: '2020', endDate: '2019-12' }],
      }),
    ).rejects.toMatchObject(code('PROFILE.INVALID_DATE_RANGE'));
  });

  it(`refuses more than ${PROFILE_LIMITS.profilesPerUser} profiles per user`, async () => {
    const { create } = setup();
    for (let i = 0; i < PROFILE_LIMITS.profilesPerUser; i += 1)
      await create(ALICE, ProfileMother.minimalContent());
    await expect(create(ALICE, ProfileMother.minimalContent())).rejects.toMatchObject(
      code('PROFILE.LIMIT_REACHED'),
    );
    await expect(create(BOB, ProfileMother.minimalContent())).resolves.toBeDefined();
  });
});

describe('GetProfile, GetDefaultProfile, ListProfiles', () => {
  it('reads one’s own profile and hides everyone else’s as not found', async () => {
    const { create, get } = setup();
    const profile = await create(ALICE);
    expect(await get(ALICE, profile.id)).toEqual(profile);
    await expect(get(BOB, profile.id)).rejects.toMatchObject(code('PROFILE.NOT_FOUND'));
    await expect(get(ALICE, 'missing')).rejects.toMatchObject(code('PROFILE.NOT_FOUND'));
  });

  it('returns the default profile, or not found when the user has none', async () => {
    const { create, getDefault } = setup();
    await expect(getDefault(ALICE)).rejects.toMatchObject(code('PROFILE.NOT_FOUND'));
    const first = await create(ALICE);
    await create(ALICE);
    expect((await getDefault(ALICE)).id).toBe(first.id);
    await expect(getDefault(BOB)).rejects.toMatchObject(code('PROFILE.NOT_FOUND'));
  });

  it('lists only one’s own profiles, paginated and sorted', async () => {
    const { create, deps } = setup();
    const a = await create(ALICE);
    const b = await create(ALICE);
    const c = await create(ALICE);
    await create(BOB);
    const list = new ListProfiles(deps);

    const all = await list.execute({ userId: ALICE });
    expect(all.data.map((p) => p.id)).toEqual([a.id, b.id, c.id]);
    expect(all.pagination).toEqual({ page: 1, size: 20, total: 3, pages: 1 });

    const page2 = await list.execute({ userId: ALICE, page: 2, size: 2, sort: 'createdAt:desc' });
    expect(page2.data.map((p) => p.id)).toEqual([a.id]);
    expect(page2.pagination).toEqual({ page: 2, size: 2, total: 3, pages: 2 });
    expect((await list.execute({ userId: ALICE, size: 1_000 })).pagination.size).toBe(100);
  });
});

describe('ReplaceProfile and PatchProfile', () => {
  it('replaces the content, keeps known item ids, gives new items fresh ids and bumps the version', async () => {
    const { create, deps, clock } = setup();
    const profile = await create(ALICE);
    const kept = profile.experiences[1];
    clock.advance(60_000);
    const replaced = await new ReplaceProfile(deps).execute({
      userId: ALICE,
      profileId: profile.id,
      expectedVersion: 1,
      content: {
        fullName: 'Ada King',
        experiences: [
          { title: 'New', company: 'Co' },
          { ...kept },
          { id: 'forged-id', title: 'X', company: 'Y' },
        ],
      },
    });
    expect(replaced.version).toBe(2);
    expect(replaced.fullName).toBe('Ada King');
    expect(replaced.summary).toBeNull();
    expect(replaced.isDefault).toBe(true);
    expect(replaced.experiences[1]).toEqual(kept);
    expect(replaced.experiences[0]?.id).not.toBe(kept?.id);
    expect(replaced.experiences[2]?.id).not.toBe('forged-id');
    expect(replaced.updatedAt).not.toBe(profile.updatedAt);
    expect(replaced.createdAt).toBe(profile.createdAt);
  });

  it('refuses a stale version and changes nothing', async () => {
    const { create, deps, get } = setup();
    const profile = await create(ALICE);
    await new PatchProfile(deps).execute({
      userId: ALICE,
      profileId: profile.id,
      expectedVersion: 1,
      patch: { headline: 'v2' },
    });
    const before = await get(ALICE, profile.id);
    await expect(
      new ReplaceProfile(deps).execute({
        userId: ALICE,
        profileId: profile.id,
        expectedVersion: 1,
        content: ProfileMother.minimalContent(),
      }),
    ).rejects.toMatchObject({
      code: 'PROFILE.VERSION_CONFLICT',
      details: { expectedVersion: 1, actualVersion: 2 },
    });
    expect(await get(ALICE, profile.id)).toEqual(before);
  });

  it('patches only the fields given', async () => {
    const { create, deps } = setup();
    const profile = await create(ALICE);
    const patched = await new PatchProfile(deps).execute({
      userId: ALICE,
      profileId: profile.id,
      patch: { headline: 'Staff Engineer', phone: null },
    });
    expect(patched).toMatchObject({ headline: 'Staff Engineer', phone: null, version: 2 });
    expect(patched.experiences).toEqual(profile.experiences);
    expect(patched.summary).toBe(profile.summary);
  });

  it('reorders items by a permutation of their ids', async () => {
    const { create, deps } = setup();
    const profile = await create(ALICE, {
      fullName: 'A',
      experiences: [
        { title: '1', company: 'C' },
        { title: '2', company: 'C' },
        { title: '3', company: 'C' },
      ],
    });
    const [a, b, c] = profile.experiences.map((item) => item.id) as [string, string, string];
    const patch = new PatchProfile(deps);
    const reordered = await patch.execute({
      userId: ALICE,
      profileId: profile.id,
      patch: { order: { experiences: [c, a, b] } },
    });
    expect(reordered.experiences.map((item) => item.title)).toEqual(['3', '1', '2']);
    expect(reordered.experiences.map((item) => item.id)).toEqual([c, a, b]);

    await expect(
      patch.execute({ userId: ALICE, profileId: profile.id, patch: { order: { experiences: [a, b] } } }),
    ).rejects.toMatchObject({
      code: 'PROFILE.VALIDATION',
      details: { issues: [{ path: 'order.experiences' }] },
    });
    await expect(
      patch.execute({ userId: ALICE, profileId: profile.id, patch: { order: { experiences: [a, a, b] } } }),
    ).rejects.toMatchObject(code('PROFILE.VALIDATION'));
    await expect(
      patch.execute({
        userId: ALICE,
        profileId: profile.id,
        patch: { order: { experiences: [a, b, 'other'] } },
      }),
    ).rejects.toMatchObject(code('PROFILE.ITEM_NOT_FOUND'));
  });

  it('refuses item ids of another user’s profile in a reorder as missing items', async () => {
    const { create, deps } = setup();
    const mine = await create(ALICE, { fullName: 'A', experiences: [{ title: '1', company: 'C' }] });
    const theirs = await create(BOB, { fullName: 'B', experiences: [{ title: '1', company: 'C' }] });
    await expect(
      new PatchProfile(deps).execute({
        userId: ALICE,
        profileId: mine.id,
        patch: { order: { experiences: [theirs.experiences[0]?.id as string] } },
      }),
    ).rejects.toMatchObject(code('PROFILE.ITEM_NOT_FOUND'));
  });

  it('treats another user’s profile as missing for every update', async () => {
    const { create, deps, get } = setup();
    const profile = await create(ALICE);
    const input = { userId: BOB, profileId: profile.id };
    await expect(
      new ReplaceProfile(deps).execute({ ...input, content: ProfileMother.minimalContent() }),
    ).rejects.toMatchObject(code('PROFILE.NOT_FOUND'));
    await expect(
      new PatchProfile(deps).execute({ ...input, patch: { headline: 'x' } }),
    ).rejects.toMatchObject(code('PROFILE.NOT_FOUND'));
    await expect(new DeleteProfile(deps).execute(input)).rejects.toMatchObject(code('PROFILE.NOT_FOUND'));
    await expect(new SetDefaultProfile(deps).execute(input)).rejects.toMatchObject(code('PROFILE.NOT_FOUND'));
    await expect(new ReplaceProfileSkills(deps).execute({ ...input, skills: {} })).rejects.toMatchObject(
      code('PROFILE.NOT_FOUND'),
    );
    await expect(
      new AddProfileItem(deps).execute({ ...input, kind: 'projects', item: { name: 'P' } }),
    ).rejects.toMatchObject(code('PROFILE.NOT_FOUND'));
    await expect(new GetProfileAnalytics(deps).execute(input)).rejects.toMatchObject(
      code('PROFILE.NOT_FOUND'),
    );
    await expect(new GetProfileSummary(deps).execute(input)).rejects.toMatchObject(code('PROFILE.NOT_FOUND'));
    await expect(new ExportProfile(deps).execute({ ...input, format: 'json-resume' })).rejects.toMatchObject(
      code('PROFILE.NOT_FOUND'),
    );
    expect((await get(ALICE, profile.id)).version).toBe(1);
  });
});

describe('profile items', () => {
  it('adds an item at the end with a fresh id, replaces it in place and removes it', async () => {
    const { create, deps } = setup();
    const profile = await create(ALICE);
    const added = await new AddProfileItem(deps).execute({
      userId: ALICE,
      profileId: profile.id,
      kind: 'experiences',
      expectedVersion: 1,
      item: { id: 'ignored', title: 'CTO', company: 'Startup', startDate: '2025-01', current: true },
    });
    expect(added.item).toMatchObject({ title: 'CTO', current: true, endDate: null, bullets: [] });
    expect(added.item.id).not.toBe('ignored');
    expect(added.profile.version).toBe(2);
    expect(added.profile.experiences.at(-1)).toEqual(added.item);

    const first = profile.experiences[0]?.id as string;
    const replaced = await new ReplaceProfileItem(deps).execute({
      userId: ALICE,
      profileId: profile.id,
      kind: 'experiences',
      itemId: first,
      expectedVersion: 2,
      item: {
        title: 'Principal Engineer',
        company: 'Analytical Engines Ltd',
        startDate: '2021-03',
        current: true,
      },
    });
    expect(replaced.item).toMatchObject({ id: first, title: 'Principal Engineer' });
    expect(replaced.profile.experiences[0]?.id).toBe(first);
    expect(replaced.profile.version).toBe(3);

    const removed = await new RemoveProfileItem(deps).execute({
      userId: ALICE,
      profileId: profile.id,
      kind: 'experiences',
      itemId: first,
    });
    expect(removed.experiences.map((item) => item.id)).not.toContain(first);
    expect(removed.version).toBe(4);
  });

  it.each(['experiences', 'education', 'projects'] as const)(
    '%s: an unknown item id, or one of another user’s profile, is not found',
    async (kind) => {
      const { create, deps } = setup();
      const mine = await create(ALICE);
      const theirs = await create(BOB);
      const foreignItem = theirs[kind][0]?.id as string;
      for (const itemId of ['missing', foreignItem]) {
        await expect(
          new ReplaceProfileItem(deps).execute({
            userId: ALICE,
            profileId: mine.id,
            kind,
            itemId,
            item: { title: 'T', company: 'C', institution: 'I', name: 'N' },
          }),
        ).rejects.toMatchObject(code('PROFILE.ITEM_NOT_FOUND'));
        await expect(
          new RemoveProfileItem(deps).execute({ userId: ALICE, profileId: mine.id, kind, itemId }),
        ).rejects.toMatchObject(code('PROFILE.ITEM_NOT_FOUND'));
      }
      // Bob's item, addressed through Bob's profile id by Alice: the profile itself is not found.
      await expect(
        new RemoveProfileItem(deps).execute({
          userId: ALICE,
          profileId: theirs.id,
          kind,
          itemId: foreignItem,
        }),
      ).rejects.toMatchObject(code('PROFILE.NOT_FOUND'));
    },
  );

  it('validates items with paths inside the profile and enforces the count limits', async () => {
    const { create, deps } = setup();
    const profile = await create(ALICE, {
      fullName: 'A',
      projects: Array.from({ length: PROFILE_LIMITS.projects }, (_, i) => ({ name: `P${i}` })),
    });
    const add = new AddProfileItem(deps);
    await expect(
      add.execute({ userId: ALICE, profileId: profile.id, kind: 'projects', item: { name: 'one too many' } }),
    ).rejects.toMatchObject({ code: 'PROFILE.VALIDATION', details: { issues: [{ path: 'projects' }] } });
    await expect(
      add.execute({
        userId: ALICE,
        profileId: profile.id,
        kind: 'education',
        item: { institution: 'U', startDate: '2020-01', endDate: '2019-01' },
      }),
    ).rejects.toMatchObject({
      code: 'PROFILE.INVALID_DATE_RANGE',
      details: { issues: [{ path: 'education[0].endDate' }] },
    });
  });

  it('refuses a stale version on item changes', async () => {
    const { create, deps } = setup();
    const profile = await create(ALICE);
    await expect(
      new AddProfileItem(deps).execute({
        userId: ALICE,
        profileId: profile.id,
        kind: 'projects',
        expectedVersion: 7,
        item: { name: 'P' },
      }),
    ).rejects.toMatchObject(code('PROFILE.VERSION_CONFLICT'));
  });
});

describe('ReplaceProfileSkills', () => {
  it('replaces all three lists; lists left out become empty', async () => {
    const { create, deps } = setup();
    const profile = await create(ALICE);
    const updated = await new ReplaceProfileSkills(deps).execute({
      userId: ALICE,
      profileId: profile.id,
      expectedVersion: 1,
      skills: { technical: ['Rust', 'rust', 'Go'] },
    });
    expect(updated.skills).toEqual({ technical: ['Rust', 'Go'], soft: [], tools: [] });
    expect(updated.version).toBe(2);
  });

  it('enforces the per-list limit', async () => {
    const { create, deps } = setup();
    const profile = await create(ALICE);
    await expect(
      new ReplaceProfileSkills(deps).execute({
        userId: ALICE,
        profileId: profile.id,
        skills: { tools: Array.from({ length: PROFILE_LIMITS.skillsPerCategory + 1 }, (_, i) => `t${i}`) },
      }),
    ).rejects.toMatchObject({ code: 'PROFILE.VALIDATION', details: { issues: [{ path: 'skills.tools' }] } });
  });
});

describe('SetDefaultProfile and DeleteProfile', () => {
  it('moves the default in one call, bumping both versions', async () => {
    const { create, deps, get, getDefault } = setup();
    const first = await create(ALICE);
    const second = await create(ALICE);
    const result = await new SetDefaultProfile(deps).execute({ userId: ALICE, profileId: second.id });
    expect(result).toMatchObject({ id: second.id, isDefault: true, version: 2 });
    expect(await get(ALICE, first.id)).toMatchObject({ isDefault: false, version: 2 });
    expect((await getDefault(ALICE)).id).toBe(second.id);
  });

  it('changes nothing when the profile already is the default', async () => {
    const { create, deps } = setup();
    const first = await create(ALICE);
    const result = await new SetDefaultProfile(deps).execute({ userId: ALICE, profileId: first.id });
    expect(result).toEqual(first);
  });

  it('deleting the default promotes the oldest remaining profile', async () => {
    const { create, deps, get, getDefault, list } = setup();
    const first = await create(ALICE);
    const second = await create(ALICE);
    const third = await create(ALICE);
    await new DeleteProfile(deps).execute({ userId: ALICE, profileId: first.id, expectedVersion: 1 });
    await expect(get(ALICE, first.id)).rejects.toMatchObject(code('PROFILE.NOT_FOUND'));
    expect((await getDefault(ALICE)).id).toBe(second.id);
    expect((await list(ALICE)).data.filter((p) => p.isDefault).map((p) => p.id)).toEqual([second.id]);
    expect((await get(ALICE, third.id)).isDefault).toBe(false);
  });

  it('deleting a non-default profile leaves the default alone; deleting the last leaves none', async () => {
    const { create, deps, getDefault } = setup();
    const first = await create(ALICE);
    const second = await create(ALICE);
    await new DeleteProfile(deps).execute({ userId: ALICE, profileId: second.id });
    expect((await getDefault(ALICE)).id).toBe(first.id);
    await new DeleteProfile(deps).execute({ userId: ALICE, profileId: first.id });
    await expect(getDefault(ALICE)).rejects.toMatchObject(code('PROFILE.NOT_FOUND'));
  });

  it('refuses to delete with a stale version, and deletes nothing', async () => {
    const { create, deps, get } = setup();
    const profile = await create(ALICE);
    await expect(
      new DeleteProfile(deps).execute({ userId: ALICE, profileId: profile.id, expectedVersion: 2 }),
    ).rejects.toMatchObject(code('PROFILE.VERSION_CONFLICT'));
    expect((await get(ALICE, profile.id)).id).toBe(profile.id);
  });

  it('a new profile after the default was deleted does not steal the default', async () => {
    const { create, deps, getDefault } = setup();
    const first = await create(ALICE);
    const second = await create(ALICE);
    await new DeleteProfile(deps).execute({ userId: ALICE, profileId: first.id });
    await create(ALICE);
    expect((await getDefault(ALICE)).id).toBe(second.id);
  });
});

describe('GetProfileAnalytics and GetProfileSummary', () => {
  it('scores a complete profile 100 with nothing missing', async () => {
    const { create, deps } = setup();
    const profile = await create(ALICE);
    const analytics = await new GetProfileAnalytics(deps).execute({ userId: ALICE, profileId: profile.id });
    expect(analytics).toMatchObject({
      profileId: profile.id,
      version: 1,
      score: 100,
      missing: [],
      suggestions: [],
    });
    expect(analytics.breakdown.reduce((sum, entry) => sum + entry.max, 0)).toBe(100);
  });

  it('scores a minimal profile low and says what is missing and what to do', async () => {
    const { create, deps } = setup();
    const profile = await create(ALICE, ProfileMother.minimalContent());
    const analytics = await new GetProfileAnalytics(deps).execute({ userId: ALICE, profileId: profile.id });
    expect(analytics.score).toBe(4);
    expect(analytics.missing).toEqual(
      expect.arrayContaining(['email', 'phone', 'summary', 'experiences', 'education', 'skills']),
    );
    expect(analytics.suggestions.length).toBeGreaterThanOrEqual(analytics.missing.length - 1);
  });

  it('is deterministic and rewards bullets, figures and dates', async () => {
    const { create, deps } = setup();
    const profile = await create(ALICE, {
      ...ProfileMother.completeContent(),
      experiences: [
        {
          title: 'A',
          company: 'X',
          startDate: '2020-01',
          current: true,
          bullets: ['Did things', 'More things'],
        },
        { title: 'B', company: 'Y', bullets: ['One'] },
      ],
    });
    const analyse = () => new GetProfileAnalytics(deps).execute({ userId: ALICE, profileId: profile.id });
    const analytics = await analyse();
    expect(await analyse()).toEqual(analytics);
    const points = Object.fromEntries(analytics.breakdown.map((entry) => [entry.criterion, entry.points]));
    expect(points).toMatchObject({ bullets: 5, quantified: 0, dates: 7 });
    expect(analytics.missing).toEqual(
      expect.arrayContaining(['experiences[1].bullets', 'experiences[1].dates']),
    );
    expect(analytics.score).toBe(100 - 5 - 10 - 3);
  });

  it('summarises a profile as compact text with every section', async () => {
    const { create, deps } = setup();
    const profile = await create(ALICE);
    const { text, version } = await new GetProfileSummary(deps).execute({
      userId: ALICE,
      profileId: profile.id,
    });
    expect(version).toBe(1);
    expect(text.split('\n')[0]).toBe('Ada Lovelace — Senior Backend Engineer');
    for (const fragment of [
      'ada@example.org | +44 20 7946 0000 | London, UK',
      'EXPERIENCE',
      '- Senior Backend Engineer, Analytical Engines Ltd (London) 2021-03 – present',
      '  • Cut p99 latency of the payments API by 45% by replacing N+1 queries with batched reads',
      'EDUCATION',
      '- BSc in Mathematics, University of London (London) 2012-09 – 2016-06',
      'PROJECTS',
      'Technical: TypeScript, SQL, Distributed systems',
      'LANGUAGES',
      'CERTIFICATIONS',
    ]) {
      expect(text).toContain(fragment);
    }
    expect(text).not.toContain(profile.experiences[0]?.id as string);
  });
});

describe('ImportProfile and ExportProfile', () => {
  it('imports a JSON Resume as a new profile (the first becomes the default)', async () => {
    const { deps } = setup();
    const imported = await new ImportProfile(deps).execute({
      userId: ALICE,
      format: 'json-resume',
      data: {
        basics: { name: 'Zoë', email: 'zoe@example.org', image: 'https://img.example.org/z.png' },
        work: [{ name: 'Acme', position: 'Dev', startDate: '2020-01-15', highlights: ['Shipped 3 apps'] }],
        awards: [{ title: 'Best', date: '2021' }],
      },
    });
    expect(imported).toMatchObject({
      isDefault: true,
      version: 1,
      fullName: 'Zoë',
      experiences: [{ title: 'Dev', company: 'Acme', startDate: '2020-01', current: true }],
      customFields: {
        jsonResume: { awards: [{ title: 'Best', date: '2021' }], basics: { image: expect.any(String) } },
      },
    });
  });

  it('keeps values it cannot model (bad URL, unparseable date) aside and exports them back', async () => {
    const { deps } = setup();
    const data = {
      basics: { name: 'A' },
      projects: [{ name: 'P', url: 'ftp://files.example.org', startDate: 'Spring 2020' }],
      work: [{ name: 'W', position: 'T', startDate: '2019-01', endDate: 'Present' }],
    };
    const imported = await new ImportProfile(deps).execute({ userId: ALICE, format: 'json-resume', data });
    expect(imported.projects[0]).toMatchObject({ url: null, startDate: null });
    expect(imported.experiences[0]).toMatchObject({ current: true, endDate: null });
    const exported = await new ExportProfile(deps).execute({
      userId: ALICE,
      profileId: imported.id,
      format: 'json-resume',
    });
    expect(exported.projects).toEqual([
      { name: 'P', url: 'ftp://files.example.org', startDate: 'Spring 2020' },
    ]);
  });

  it('refuses what is not a JSON Resume object, and unknown formats', async () => {
    const { deps, create } = setup();
    await expect(
      new ImportProfile(deps).execute({ userId: ALICE, format: 'json-resume', data: [1, 2] }),
    ).rejects.toMatchObject({ code: 'PROFILE.VALIDATION', details: { issues: [{ path: 'data' }] } });
    await expect(
      new ImportProfile(deps).execute({ userId: ALICE, format: 'docx' as 'json-resume', data: {} }),
    ).rejects.toMatchObject(code('PROFILE.UNSUPPORTED_FORMAT'));
    const profile = await create(ALICE);
    await expect(
      new ExportProfile(deps).execute({
        userId: ALICE,
        profileId: profile.id,
        format: 'pdf' as 'json-resume',
      }),
    ).rejects.toMatchObject(code('PROFILE.UNSUPPORTED_FORMAT'));
  });

  it('exports all of a user’s profiles, and only theirs', async () => {
    const { create, deps } = setup();
    const a = await create(ALICE);
    const b = await create(ALICE, ProfileMother.minimalContent());
    await create(BOB);
    const all = await new ExportAllProfiles(deps).execute({ userId: ALICE });
    expect(all.map((entry) => entry.id)).toEqual([a.id, b.id]);
    expect(all[1]?.jsonResume).toEqual({ basics: { name: 'Grace Hopper' } });
  });
});
