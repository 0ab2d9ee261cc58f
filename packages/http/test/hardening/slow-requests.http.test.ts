import { connect } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { createContainer } from '../../src/composition-root.js';
import { testConfig } from '../../src/config/config.js';

/**
 * A request must arrive within its deadline: Fastify sets none by default, so a body sent a byte at a time held
 * its connection for as long as the sender liked (hundreds of such connections, one socket each). The deadline
 * is shortened here to a second; the server's is REQUEST_TIMEOUT_MS.
 */
describe('requests that take too long to arrive', () => {
  let app: FastifyInstance;
  let port: number;
  beforeAll(async () => {
    const config = testConfig();
    app = await buildApp(config, createContainer(config), { requestTimeoutMs: 1_000 });
    await app.listen({ port: 0, host: '127.0.0.1' });
    port = (app.server.address() as { port: number }).port;
  });
  afterAll(() => app.close());

  it('a body trickling in past the deadline is answered 408 in the envelope and its connection closed', async () => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (data) => (received += data.toString('latin1')));
    socket.on('error', () => undefined);
    let closed = false;
    socket.once('close', () => (closed = true));
    socket.write(
      'POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{',
    );
    const trickle = setInterval(() => !socket.destroyed && socket.write(' '), 100);
    try {
      await expect.poll(() => closed, { timeout: 15_000, interval: 100 }).toBe(true);
    } finally {
      clearInterval(trickle);
    }
    expect(received).toMatch(/^HTTP\/1\.1 408 /u);
    expect(JSON.parse(received.slice(received.indexOf('\r\n\r\n') + 4)).error.code).toBe(
      'HTTP.REQUEST_TIMEOUT',
    );
  });
});
