import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createScratchPostgres, postgresIsAvailable } from '@tailor/infrastructure/testing';
import { describe, expect, it } from 'vitest';
import { clientFor, expectError, register } from './http-helpers.js';
import { buildTestApp, describeEachDatabase } from './test-app.js';

// GET /profiles/me answers from the JSON it wrote for the current id and version of the default profile.
// Whatever changes the profile (on this instance or another), the next read must show it, and one user's
// answer must never reach another.

const me = (call: ReturnType<typeof clientFor>) => call('GET', '/api/v1/profiles/me');

describeEachDatabase('GET /profiles/me answered from the version it last wrote', (context) => {
  const user = async () => {
    const registered = await register(context().app);
    return clientFor(context().app, registered.accessToken);
  };

  it('shows every change at once: an edit, an added item, another default, a deletion', async () => {
    const call = await user();
    const first = (await call('POST', '/api/v1/profiles', { fullName: 'Ada', headline: 'One' })).json();
    const read = await me(call);
    expect(read.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(read.headers.etag).toBe('"1"');
    expect(read.json()).toEqual(first);
    // The same answer again (this time from what was written above).
    const again = await me(call);
    expect(again.body).toBe(read.body);
    expect(again.headers.etag).toBe('"1"');
    expect(again.headers['cache-control']).toBe('no-store');

    await call('PATCH', `/api/v1/profiles/${first.id}`, { headline: 'Two' });
    expect((await me(call)).json()).toMatchObject({ id: first.id, headline: 'Two', version: 2 });

    const added = await call('PUT', `/api/v1/profiles/${first.id}/skills`, {
      technical: ['SQL'],
      soft: [],
      tools: [],
    });
    expect(added.statusCode).toBeLessThan(300);
    const afterSkills = await me(call);
    expect(afterSkills.headers.etag).toBe('"3"');
    expect(afterSkills.json().skills.technical).toEqual(['SQL']);

    const second = (await call('POST', '/api/v1/profiles', { fullName: 'Ada (academic)' })).json();
    await call('PATCH', `/api/v1/profiles/${second.id}`, { isDefault: true });
    expect((await me(call)).json()).toMatchObject({ id: second.id, isDefault: true });
    // Losing and regaining the default are changes too (versions 4 and 5).
    await call('PATCH', `/api/v1/profiles/${first.id}`, { isDefault: true });
    expect((await me(call)).json()).toMatchObject({ id: first.id, isDefault: true, version: 5 });

    await call('DELETE', `/api/v1/profiles/${second.id}`);
    await call('DELETE', `/api/v1/profiles/${first.id}`);
    expectError(await me(call), 404, 'PROFILE.NOT_FOUND');
  });

  it('never answers one user with another user’s profile', async () => {
    const [alice, bob] = [await user(), await user()];
    const alices = (await alice('POST', '/api/v1/profiles', { fullName: 'Alice' })).json();
    expect((await me(alice)).json().id).toBe(alices.id);
    expectError(await me(bob), 404, 'PROFILE.NOT_FOUND');
    const bobs = (await bob('POST', '/api/v1/profiles', { fullName: 'Bob' })).json();
    // Both at version 1: the owner, not the version, decides whose answer it is.
    expect((await me(bob)).json()).toMatchObject({ id: bobs.id, fullName: 'Bob', version: 1 });
    expect((await me(alice)).json()).toMatchObject({ id: alices.id, fullName: 'Alice', version: 1 });
  });
});

const postgresAvailable = await postgresIsAvailable();

describe.each(['sqlite', 'postgres'] as const)('GET /profiles/me with two instances [%s]', (database) => {
  it.skipIf(database === 'postgres' && !postgresAvailable)(
    'shows a change made through the other instance',
    async () => {
      const scratch = database === 'postgres' ? await createScratchPostgres('http') : undefined;
      const url =
        scratch?.url ?? `file:${join(mkdtempSync(join(tmpdir(), 'tailor-two-instances-')), 'tailor.db')}`;
      const [one, two] = [
        await buildTestApp({ DATABASE_URL: url }),
        await buildTestApp({ DATABASE_URL: url }),
      ];
      try {
        await one.app.ready();
        await two.app.ready();
        const { accessToken } = await register(one.app);
        const [viaOne, viaTwo] = [clientFor(one.app, accessToken), clientFor(two.app, accessToken)];
        const profile = (
          await viaOne('POST', '/api/v1/profiles', { fullName: 'Ada', headline: 'Old' })
        ).json();
        expect((await me(viaOne)).json().headline).toBe('Old');
        expect((await me(viaOne)).json().headline).toBe('Old');

        const changed = await viaTwo('PATCH', `/api/v1/profiles/${profile.id}`, { headline: 'New' });
        expect(changed.statusCode).toBe(200);
        const read = await me(viaOne);
        expect(read.headers.etag).toBe('"2"');
        expect(read.json().headline).toBe('New');
      } finally {
        await one.app.close();
        await two.app.close();
        await scratch?.drop();
      }
    },
  );
});
