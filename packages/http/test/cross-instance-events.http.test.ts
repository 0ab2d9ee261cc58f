import {
  createScratchPostgres,
  postgresIsAvailable,
  type ScratchPostgres,
} from '@tailor/infrastructure/testing';
import { GENERATION_STAGES, type ILLMService } from '@tailor/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonResumeExample, readFixture } from '../../../tests/support/fixtures.js';
import { resolve } from '../src/composition/container.js';
import { TOKENS } from '../src/composition/tokens.js';
import { clientFor, register } from './http-helpers.js';
import { buildTestApp, type TestApp } from './test-app.js';

const postgresAvailable = await postgresIsAvailable();

/** The events of an SSE body, in order. */
const eventsOf = (body: string) =>
  body
    .split('\n\n')
    .filter((block) => block.startsWith('event:'))
    .map((block) => ({
      event: block.split('\n')[0]!.slice('event: '.length),
      data: JSON.parse(block.split('\n')[1]!.slice('data: '.length)),
    }));

/**
 * Opens an event stream on a listening app and resolves once its first event has arrived (the follower is then
 * subscribed), with the whole body once the stream ends.
 */
async function openStream(baseUrl: string, path: string, token: string) {
  const response = await fetch(`${baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let body = '';
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    body += decoder.decode(chunk.value, { stream: true });
    if (body.includes('\n\n')) break;
  }
  const whole = (async () => {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      body += decoder.decode(chunk.value, { stream: true });
    return body;
  })();
  return { whole };
}

/** Consecutive duplicates removed: the stages as a follower sees them move. */
const transitions = (stages: unknown[]) => stages.filter((stage, i) => i === 0 || stage !== stages[i - 1]);

/**
 * Two instances on one PostgreSQL database. Only A runs background work (B's runner is stopped), so every stage
 * B's clients see came through the event relay (LISTEN/NOTIFY): the local model runs the whole pipeline in
 * well under a second, which a stream reading the stored row every few seconds would see as one jump.
 */
describe.skipIf(!postgresAvailable)('events across instances [postgres]', () => {
  let scratch: ScratchPostgres;
  let a: TestApp;
  let b: TestApp;
  let bUrl: string;
  let release: () => void = () => {};
  beforeAll(async () => {
    scratch = await createScratchPostgres('relay_http');
    const env = { DATABASE_URL: scratch.url, AUTH_RATE_LIMIT_MAX: '1000' };
    a = await buildTestApp(env);
    // A's model waits for the test, so B's followers can be in place while the generation is under way.
    const model: ILLMService = resolve(a.container, TOKENS.llm);
    const answer = model.run.bind(model);
    const answering = new Promise<void>((resolve) => (release = resolve));
    model.run = async (request) => {
      await answering;
      return answer(request);
    };
    await a.app.ready();
    b = await buildTestApp(env);
    bUrl = await b.app.listen({ host: '127.0.0.1', port: 0 });
    await resolve(b.container, TOKENS.taskQueue).stop();
  });
  afterAll(async () => {
    release();
    await b?.app.close();
    await a?.app.close();
    await scratch?.drop();
  });

  it('a generation run by A streams every stage, in order, to clients of B (generation and task streams)', async () => {
    const user = await register(a.app);
    const onA = clientFor(a.app, user.accessToken);
    await onA('POST', '/api/v1/profiles/import', {
      format: 'json-resume',
      data: jsonResumeExample('seniorEngineer'),
    });
    const job = (
      await onA('POST', '/api/v1/jobs', { rawText: readFixture('jobs/software-engineer.en.txt') })
    ).json();

    const started = await onA('POST', '/api/v1/generations', { type: 'resume', jobId: job.id });
    expect(started.statusCode).toBe(202);
    const id = started.json().id as string;
    // Both streams open on B while the generation waits on A's model; then it runs to the end.
    const generationStream = await openStream(bUrl, `/api/v1/generations/${id}/events`, user.accessToken);
    const taskStream = await openStream(bUrl, `/api/v1/tasks/${id}/events`, user.accessToken);
    release();
    const streamOnA = await onA('GET', `/api/v1/generations/${id}/events`);

    const onBEvents = eventsOf(await generationStream.whole);
    const progress = onBEvents.filter((e) => e.event === 'progress').map((e) => e.data);
    expect(transitions(progress.map((p) => p.stage))).toEqual([null, ...GENERATION_STAGES]);
    const percentages = progress.map((p) => p.progress);
    expect(percentages).toEqual([...percentages].sort((x, y) => x - y));
    expect(onBEvents.at(-1)).toMatchObject({
      event: 'end',
      data: { id, status: 'succeeded', progress: 100 },
    });
    // What A's own client sees of the same run (it connects late: A's event log replays it).
    const stagesOnA = eventsOf(streamOnA.body)
      .filter((e) => e.event === 'progress')
      .map((e) => e.data.stage);
    expect(transitions(stagesOnA).filter((stage) => stage !== null)).toEqual(
      transitions(progress.map((p) => p.stage)).filter((stage) => stage !== null),
    );

    // The task stream starts from the task as it is when the follower connects (queued, or running its first
    // stage), then every change.
    const taskEvents = eventsOf(await taskStream.whole).map((e) => e.data);
    expect(transitions(taskEvents.map((t) => t.status)).slice(-2)).toEqual(['running', 'succeeded']);
    expect(transitions(taskEvents.map((t) => t.stage).filter((stage) => stage !== null))).toEqual([
      ...GENERATION_STAGES,
    ]);
  });
});
