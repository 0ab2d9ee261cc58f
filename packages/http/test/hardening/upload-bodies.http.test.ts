import { connect, type Socket } from 'node:net';
import { MAX_UPLOAD_BYTES } from '@tailor/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCARDED_BYTES, MAX_FORM_BYTES } from '../../src/routes/uploads.js';
import { register } from '../http-helpers.js';
import { buildTestApp, type TestApp } from '../test-app.js';

/**
 * Multipart bodies past their limits, sent over a real connection: the multipart parser kept reading every part
 * after the form had been refused (70,000 one-byte parts cost a second of the event loop after the 400), and a
 * body of any declared size was read. The answer comes at once, and the server stops reading.
 */
describe('multipart bodies past their limits', () => {
  let testApp: TestApp;
  let token: string;
  let port: number;
  beforeAll(async () => {
    testApp = await buildTestApp({ AUTH_RATE_LIMIT_MAX: '1000' });
    await testApp.app.listen({ port: 0, host: '127.0.0.1' });
    port = (testApp.app.server.address() as { port: number }).port;
    token = (await register(testApp.app)).accessToken;
  });
  afterAll(() => testApp.app.close());

  const boundary = 'probe-boundary';
  const head = (headers: Record<string, string | number>) =>
    [
      'POST /api/v1/profiles/import/file HTTP/1.1',
      'Host: 127.0.0.1',
      `Authorization: Bearer ${token}`,
      `Content-Type: multipart/form-data; boundary=${boundary}`,
      ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`),
      '',
      '',
    ].join('\r\n');
  const field = (name: string, value: string) =>
    `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  const chunk = (data: string | Buffer) =>
    Buffer.concat([
      Buffer.from(`${Buffer.byteLength(data).toString(16)}\r\n`),
      Buffer.from(data),
      Buffer.from('\r\n'),
    ]);

  /** A connection that collects what the server answers and notes when the server closes it. */
  function open(): Promise<{ socket: Socket; answer: () => string; closed: Promise<void> }> {
    return new Promise((resolve, reject) => {
      const socket = connect(port, '127.0.0.1');
      let received = '';
      socket.on('data', (data) => (received += data.toString('latin1')));
      socket.on('error', () => undefined);
      const closed = new Promise<void>((done) => socket.once('close', () => done()));
      socket.once('connect', () => resolve({ socket, answer: () => received, closed }));
      socket.once('error', reject);
    });
  }

  const write = (socket: Socket, data: Buffer | string) =>
    new Promise<boolean>((resolve) => {
      if (socket.destroyed) return resolve(false);
      socket.write(data, (error) => resolve(!error));
    });

  const statusOf = (answer: string) => Number(/^HTTP\/1\.1 (\d{3})/u.exec(answer)?.[1]);
  const bodyOf = (answer: string) => answer.slice(answer.indexOf('\r\n\r\n') + 4);

  it('a form past its part limit is answered, and the rest of the body is neither parsed nor read to its end', async () => {
    const { socket, answer, closed } = await open();
    const form = [
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cv.txt"\r\n\r\nJane Roe\r\n`,
      ...Array.from({ length: 20 }, (_, index) => field(`f${index}`, 'a')),
      `--${boundary}\r\nContent-Disposition: form-data; name="rest"\r\n\r\n`,
    ].join('');
    await write(socket, head({ 'Transfer-Encoding': 'chunked' }) + chunk(form).toString('latin1'));
    // Then 32 MB more, far more than the server still reads once it has refused the form.
    const block = chunk(Buffer.alloc(64 * 1024, 'a'));
    let sent = 0;
    while (sent < 32 * 1024 * 1024 && (await write(socket, block))) sent += block.length;
    // The server closed the connection before the client could send it all: what it discarded is bounded.
    expect(sent).toBeLessThan(32 * 1024 * 1024);
    await closed;
    expect(statusOf(answer())).toBe(400);
    expect(JSON.parse(bodyOf(answer())).error.code).toBe('IMPORT.INVALID_FORM');
  });

  it('a form declaring more bytes than one within the limits can weigh is refused before its body is read', async () => {
    const { socket, answer } = await open();
    await write(socket, head({ 'Content-Length': MAX_FORM_BYTES + 1 }));
    // Nothing of the body is sent: the answer must not wait for it.
    await expect.poll(() => statusOf(answer()), { timeout: 10_000 }).toBe(413);
    socket.destroy();
    expect(JSON.parse(bodyOf(answer())).error).toMatchObject({
      code: 'IMPORT.TOO_LARGE',
      details: { limitBytes: MAX_UPLOAD_BYTES },
    });
  });

  it('a client still sending a little of a refused form reads the answer and keeps its connection', async () => {
    const { socket, answer } = await open();
    const form = Array.from({ length: 20 }, (_, index) => field(`f${index}`, 'a')).join('');
    const body = `${form}--${boundary}--\r\n`;
    await write(socket, head({ 'Content-Length': Buffer.byteLength(body) }) + body);
    await write(socket, 'GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    await expect.poll(() => answer().match(/HTTP\/1\.1 \d{3}/gu)?.length ?? 0, { timeout: 10_000 }).toBe(2);
    expect(statusOf(answer())).toBe(400);
    expect(answer()).toMatch(/HTTP\/1\.1 200 OK[\s\S]*"status":"ok"/u);
    expect(body.length).toBeLessThan(DISCARDED_BYTES);
    socket.destroy();
  });
});
