import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { expect, it } from 'vitest';
import { describeRaces, record, registerUser, statusCounts, together } from './race-harness.js';

/** A multipart body with a `type` field and a text file. */
function sampleUpload(app: FastifyInstance, token: string, type: string, text: string) {
  const boundary = `----race${Math.random().toString(16).slice(2)}`;
  const body = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="type"\r\n\r\n${type}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="sample.txt"\r\n` +
      `Content-Type: text/plain\r\n\r\n${text}\r\n--${boundary}--\r\n`,
  );
  return app.inject({
    method: 'POST',
    url: '/api/v1/samples',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload: body,
  });
}

const letter = (n: number) =>
  `Dear hiring team,\n\nDraft number ${n}. I led the migration of our billing system and cut deployment ` +
  `time in half. I care about reliable systems and would welcome the chance to talk.\n\nKind regards,\nAda`;

describeRaces('sessions and samples', (context) => {
  it('refresh: 10 parallel refreshes with one token all get the same new pair; the session lives on', async () => {
    const { app, database } = context();
    const user = await registerUser(app);
    const responses = await together(10, () =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/refresh',
        payload: { refreshToken: user.refreshToken },
      }),
    );
    record('10 refreshes with one token', database, responses);
    expect(statusCounts(responses)).toEqual({ 200: 10 });
    const pairs = new Set(responses.map((r) => r.json<{ refreshToken: string }>().refreshToken));
    expect(pairs.size).toBe(1);
    const { accessToken, refreshToken } = responses[0]!.json<{ accessToken: string; refreshToken: string }>();
    const me = await app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { authorization: `Bearer ${accessToken}` },
    });
    expect(me.statusCode).toBe(200);
    const next = await app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: { refreshToken } });
    expect(next.statusCode).toBe(200);
  });

  it('samples: 10 parallel uploads of one type → no 5xx, one row, one file, and the file is the row’s', async () => {
    const { app, config, database } = context();
    const user = await registerUser(app);
    const responses = await together(10, (i) => sampleUpload(app, user.accessToken, 'resume', letter(i)));
    record('10 sample uploads of one type', database, responses);
    expect(statusCounts(responses)).toEqual({ 201: 10 });
    // Applied one after another: every upload got its own version.
    const versions = responses.map((r) => r.json<{ version: number }>().version).sort((a, b) => a - b);
    expect(versions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

    const listed = (await user.call('GET', '/api/v1/samples')).json<{
      data: Array<{ text: string; version: number }>;
    }>();
    expect(listed.data).toHaveLength(1);
    const dir = join(config.storageDir, 'samples', user.userId);
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(listed.data[0]!.version).toBe(10);
    expect(readFileSync(join(dir, files[0]!), 'utf8').trim()).toBe(listed.data[0]!.text.trim());
  });

  it('samples: parallel uploads of both types and a delete leave no orphan file', async () => {
    const { app, config, database } = context();
    const user = await registerUser(app);
    const first = await sampleUpload(app, user.accessToken, 'coverLetter', letter(0));
    const firstId = first.json<{ id: string }>().id;
    const responses = await Promise.all([
      ...Array.from({ length: 8 }, (_, i) =>
        sampleUpload(app, user.accessToken, i % 2 === 0 ? 'resume' : 'coverLetter', letter(i + 1)),
      ),
      user.call('DELETE', `/api/v1/samples/${firstId}`),
    ]);
    record('8 uploads of two types and a delete', database, responses);
    const listed = (await user.call('GET', '/api/v1/samples')).json<{ data: unknown[] }>();
    const dir = join(config.storageDir, 'samples', user.userId);
    const files = existsSync(dir) ? readdirSync(dir) : [];
    // Exactly one file per stored row, whichever order the delete landed in.
    expect(files).toHaveLength(listed.data.length);
    expect(files.filter((name) => name.endsWith('.partial'))).toEqual([]);
  });
});
