import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ILLMService } from '@tailor/domain';
import {
  createScratchPostgres,
  postgresIsAvailable,
  type ScratchPostgres,
} from '@tailor/infrastructure/testing';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolve } from '../../src/composition/container.js';
import { TOKENS } from '../../src/composition/tokens.js';
import { MAX_EVENT_STREAMS_PER_USER } from '../../src/plugins/event-streams.js';
import { clientFor, expectError, PASSWORD, register, type Registered } from '../http-helpers.js';
import { buildTestApp, type TestApp } from '../test-app.js';

// The model answers only when the suite ends: every enhancement stays running (or queued behind the per-user
// cap), so its event stream stays open until something closes it. Returns the release.
const holdModel = (instances: TestApp[]): (() => void) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  for (const instance of instances) {
    const model: ILLMService = resolve(instance.container, TOKENS.llm);
    const answer = model.run.bind(model);
    model.run = async (request) => {
      await held;
      return answer(request);
    };
  }
  return release;
};
const PROFILE = { fullName: 'Ada Lovelace', summary: 'Backend engineer who builds payment systems.' };

async function waitFor(probe: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!probe()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((done) => setTimeout(done, 10));
  }
}

const postgresAvailable = await postgresIsAvailable();

for (const database of ['sqlite', 'postgres'] as const) {
  describe.skipIf(database === 'postgres' && !postgresAvailable)(
    `event streams end with their session and are capped per user [${database}]`,
    () => {
      // Two instances on one database, as in a scaled-out deployment: revocations travel between them.
      let scratch: ScratchPostgres | undefined;
      let a: TestApp;
      let b: TestApp;
      let releaseModel: () => void = () => {};
      beforeAll(async () => {
        scratch = database === 'postgres' ? await createScratchPostgres('streams') : undefined;
        const url =
          scratch?.url ?? `file:${join(mkdtempSync(join(tmpdir(), 'tailor-streams-')), 'tailor.db')}`;
        a = await buildTestApp({ DATABASE_URL: url });
        await a.app.ready();
        b = await buildTestApp({ DATABASE_URL: url });
        await b.app.ready();
        releaseModel = holdModel([a, b]);
      });
      afterAll(async () => {
        releaseModel();
        await a?.app.close();
        await b?.app.close();
        await scratch?.drop();
      });

      /** The events path of a new enhancement of the user (one that cannot finish while the model is held). */
      const enhancementEvents = async (user: Registered) => {
        const call = clientFor(a.app, user.accessToken);
        const profile = (await call('POST', '/api/v1/profiles', PROFILE)).json<{ id: string }>();
        const started = await call('POST', `/api/v1/profiles/${profile.id}/enhancements`);
        expect(started.statusCode).toBe(202);
        return `/api/v1/profiles/${profile.id}/enhancements/${started.json<{ id: string }>().id}/events`;
      };

      /** Opens a stream on a new enhancement and waits until it is registered; resolves when it ends. */
      const openStream = async (
        app: FastifyInstance,
        user: Registered,
        token = user.accessToken,
      ): Promise<{ ended: Promise<LightMyRequestResponse> }> => {
        const path = await enhancementEvents(user);
        const before = app.eventStreams.openCount(user.user.id);
        // inject() only sends when awaited: start it now.
        const stream = Promise.resolve(clientFor(app, token)('GET', path));
        await waitFor(() => app.eventStreams.openCount(user.user.id) === before + 1);
        // Wrapped: an async function returning the promise itself would wait for the stream to end.
        return { ended: stream };
      };
      const expectRevoked = (response: LightMyRequestResponse) => {
        expect(response.statusCode).toBe(200);
        expect(response.body).toContain('event: progress');
        expect(response.body).toContain('event: revoked');
        expect(response.body).toContain('"code":"AUTH.SESSION_REVOKED"');
      };
      const login = async (app: FastifyInstance, email: string) => {
        const response = await app.inject({
          method: 'POST',
          url: '/api/v1/auth/login',
          payload: { email, password: PASSWORD },
        });
        expect(response.statusCode).toBe(200);
        return response.json<{ accessToken: string }>().accessToken;
      };

      it('logout closes the session’s streams on this instance', async () => {
        const user = await register(a.app);
        const stream = await openStream(a.app, user);
        expect((await clientFor(a.app, user.accessToken)('POST', '/api/v1/auth/logout')).statusCode).toBe(
          204,
        );
        expectRevoked(await stream.ended);
        expect(a.app.eventStreams.openCount(user.user.id)).toBe(0);
      });

      it('logout on another instance closes the stream too', async () => {
        const user = await register(a.app);
        const stream = await openStream(a.app, user);
        expect((await clientFor(b.app, user.accessToken)('POST', '/api/v1/auth/logout')).statusCode).toBe(
          204,
        );
        expectRevoked(await stream.ended);
      });

      it('a password change closes the streams of the other sessions', async () => {
        const user = await register(a.app);
        const otherSession = await login(a.app, user.email);
        const stream = await openStream(a.app, user, otherSession);
        const changed = await clientFor(b.app, user.accessToken)('POST', '/api/v1/auth/change-password', {
          currentPassword: PASSWORD,
          newPassword: 'Another-pass-42',
        });
        expect(changed.statusCode).toBeLessThan(300);
        expectRevoked(await stream.ended);
      });

      it('deleting the account closes its streams', async () => {
        const user = await register(a.app);
        const stream = await openStream(a.app, user);
        const deleted = await clientFor(a.app, user.accessToken)('DELETE', '/api/v1/auth/me', {
          password: PASSWORD,
        });
        expect(deleted.statusCode).toBe(204);
        expectRevoked(await stream.ended);
      });

      it(`a user holds at most ${MAX_EVENT_STREAMS_PER_USER} streams; one more is 429 in the envelope`, async () => {
        expect(MAX_EVENT_STREAMS_PER_USER).toBe(6);
        const user = await register(a.app);
        const streams = [];
        for (let index = 0; index < MAX_EVENT_STREAMS_PER_USER; index += 1)
          streams.push(await openStream(a.app, user));
        const refused = await clientFor(a.app, user.accessToken)('GET', await enhancementEvents(user));
        expectError(refused, 429, 'RATE_LIMIT.TOO_MANY_STREAMS');
        expect(refused.json()).toMatchObject({ error: { details: { limit: MAX_EVENT_STREAMS_PER_USER } } });
        expect(refused.headers['x-request-id']).toBeDefined();
        // Someone else is not affected.
        const other = await register(a.app);
        const othersStream = await openStream(a.app, other);
        // Logging out ends all six; the slots are free again.
        await clientFor(a.app, user.accessToken)('POST', '/api/v1/auth/logout');
        for (const stream of streams) expectRevoked(await stream.ended);
        expect(a.app.eventStreams.openCount(user.user.id)).toBe(0);
        await clientFor(a.app, other.accessToken)('POST', '/api/v1/auth/logout');
        expectRevoked(await othersStream.ended);
      });
    },
  );
}
