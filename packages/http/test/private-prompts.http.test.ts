import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { testConfig } from '../src/config/config.js';
import { clientFor, register } from './http-helpers.js';
import { describeEachDatabase } from './test-app.js';

/**
 * Private prompts (LLM_REDACT_PII), end to end: the real app with LLM_PROVIDER=openai pointed at a fake
 * OpenAI-compatible server on 127.0.0.1 that records every request and answers each task from what it was
 * sent (so whatever placeholders it received come back in its answers).
 */

const PERSONAL = {
  fullName: 'Jane Okafor',
  email: 'jane.okafor@analytical.example',
  phone: '+44 20 7946 0958',
  location: '12 St James Square, London SW1Y 4JH',
  link: 'https://github.com/jane-okafor',
};

const profileBody = {
  fullName: PERSONAL.fullName,
  headline: 'Analytical engineer',
  email: PERSONAL.email,
  phone: PERSONAL.phone,
  location: PERSONAL.location,
  links: [{ label: 'GitHub', url: PERSONAL.link }],
  experiences: [
    {
      title: 'Software Engineer',
      company: 'Analytical Engines Ltd',
      startDate: '2019-01',
      endDate: '2021-06',
      // Personal values inside the text too: the surname, the email and the bare link.
      bullets: [
        'Built the Okafor notebook used by 40 analysts in TypeScript',
        `Answered support questions at ${PERSONAL.email} and published fixes on github.com/jane-okafor`,
      ],
      technologies: ['TypeScript'],
    },
    {
      title: 'Consultant',
      company: 'Babbage & Co',
      startDate: '2021-07',
      current: true,
      bullets: ['Advised on notation for TypeScript APIs'],
    },
  ],
  skills: { technical: ['TypeScript', 'Node.js'] },
};

const POSTING = `Software Engineer at Acme
We build TypeScript services.
Requirements:
- TypeScript
- Node.js
Apply to jobs@acme.example`;

// ---- the fake provider ----
const received: string[] = [];
const untrusted = (user: string, name: string): unknown => {
  const match = new RegExp(`<untrusted name="${name}">\\n([\\s\\S]*?)\\n</untrusted>`, 'u').exec(user);
  const text = (match?.[1] ?? 'null').replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&');
  return JSON.parse(text) as unknown;
};
const answers: Record<string, (user: string) => unknown> = {
  parse_job: () => ({
    title: 'Software Engineer',
    company: 'Acme',
    location: null,
    summary: 'We build TypeScript services.',
    responsibilities: [],
    requirements: ['TypeScript', 'Node.js'],
    niceToHave: [],
    skills: ['TypeScript', 'Node.js'],
    keywords: ['TypeScript', 'Node.js'],
  }),
  // The bullets come back as they were sent (placeholders included).
  rewrite_bullets: (user) => ({ bullets: untrusted(user, 'bullets') }),
  write_summary: (user) => {
    const { fullName } = untrusted(user, 'profile') as { fullName: string };
    return { summary: `${fullName} is a Software Engineer who works in TypeScript.` };
  },
  write_cover_letter: (user) => {
    const { fullName } = untrusted(user, 'profile') as { fullName: string };
    return {
      salutation: 'Dear hiring team,',
      paragraphs: [`My name is ${fullName} and I build TypeScript services as a Software Engineer.`],
      closing: 'Kind regards',
    };
  },
};
const fake = createServer((request: IncomingMessage, response: ServerResponse) => {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    const raw = Buffer.concat(chunks).toString('utf8');
    received.push(raw);
    const body = JSON.parse(raw) as {
      response_format?: { json_schema?: { name?: string } };
      messages: Array<{ role: string; content: string }>;
    };
    const task = body.response_format?.json_schema?.name ?? '';
    const user = body.messages.find((message) => message.role === 'user')?.content ?? '';
    const answer = answers[task];
    if (!answer) {
      response.writeHead(400, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: `unexpected task ${task}` } }));
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        id: 'chatcmpl-test',
        object: 'chat.completion',
        created: 1_700_000_000,
        model: 'fake-model',
        choices: [
          {
            index: 0,
            message: { role: 'assistant', content: JSON.stringify(answer(user)), refusal: null },
            finish_reason: 'stop',
          },
        ],
        usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
      }),
    );
  });
});
await new Promise<void>((resolve) => fake.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
afterAll(() => new Promise<void>((resolve) => fake.close(() => resolve())));

async function finished(call: ReturnType<typeof clientFor>, id: string) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const generation = (await call('GET', `/api/v1/generations/${id}`)).json();
    if (['succeeded', 'failed', 'cancelled'].includes(generation.status) || Date.now() > deadline)
      return generation;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describeEachDatabase(
  'private prompts: a whole generation against a remote provider',
  (context) => {
    it('no personal value reaches the provider; the delivered documents have them back', async () => {
      const { app } = context();
      received.length = 0;
      const user = await register(app);
      const call = clientFor(app, user.accessToken);
      expect((await call('POST', '/api/v1/profiles', profileBody)).statusCode).toBe(201);
      const job = await call('POST', '/api/v1/jobs', { rawText: POSTING });
      expect(job.statusCode, job.body).toBe(201);

      const results: Record<string, string> = {};
      for (const type of ['resume', 'coverLetter'] as const) {
        const started = await call('POST', '/api/v1/generations', { type, jobId: job.json().id });
        expect(started.statusCode).toBe(202);
        const generation = await finished(call, started.json().id);
        expect(generation, JSON.stringify(generation.error)).toMatchObject({ status: 'succeeded' });
        results[type] = (await call('GET', `/api/v1/generations/${generation.id}/result`)).body;
      }

      // The provider was asked for every task of the run, and never saw a personal value.
      const tasks = received.map(
        (raw) =>
          (JSON.parse(raw) as { response_format?: { json_schema?: { name?: string } } }).response_format
            ?.json_schema?.name,
      );
      expect(new Set(tasks)).toEqual(
        new Set(['parse_job', 'rewrite_bullets', 'write_summary', 'write_cover_letter']),
      );
      const everything = received.join('\n');
      for (const value of [
        ...Object.values(PERSONAL),
        'Okafor',
        'github.com/jane-okafor',
        'jobs@acme.example',
      ])
        expect(everything).not.toContain(value);
      // What tailoring needs still went: employers, titles, dates, skills.
      for (const kept of ['Analytical Engines Ltd', 'Babbage', 'Software Engineer', '2019-01', 'TypeScript'])
        expect(everything).toContain(kept);
      expect(everything).toMatch(/\[NAME_\d+\]/u);

      // The documents carry the real values, also where the model wrote them, and no placeholder.
      const resume = JSON.parse(results.resume!) as { markdown: string };
      expect(resume.markdown).toContain(
        `${PERSONAL.fullName} is a Software Engineer who works in TypeScript.`,
      );
      expect(resume.markdown).toContain('Okafor notebook');
      expect(resume.markdown).toContain(PERSONAL.email);
      const letter = JSON.parse(results.coverLetter!) as { markdown: string };
      expect(letter.markdown).toContain(`My name is ${PERSONAL.fullName}`);
      for (const body of Object.values(results))
        expect(body).not.toMatch(/\[(NAME|EMAIL|PHONE|ADDRESS|LINK)_\d+\]/u);

      // The usage ledger says so, and the account export carries it.
      const exported = (await call('GET', '/api/v1/auth/me/export')).json() as {
        llmUsage: Array<{ task: string; redacted: boolean; provider: string }>;
      };
      expect(exported.llmUsage.length).toBeGreaterThanOrEqual(3);
      expect(exported.llmUsage.every((entry) => entry.redacted && entry.provider === 'openai')).toBe(true);
    });
  },
  { LLM_PROVIDER: 'openai', OPENAI_BASE_URL: `${origin}/v1`, LLM_MAX_RETRIES: '0' },
);

describe('LLM_REDACT_PII', () => {
  it('defaults to on with a remote provider, off with the local engine alone, and can be set either way', () => {
    expect(testConfig().llm.redactPii).toBe(false);
    expect(testConfig({ LLM_PROVIDER: 'openai', OPENAI_BASE_URL: origin }).llm.redactPii).toBe(true);
    expect(testConfig({ LLM_FALLBACK: 'anthropic', ANTHROPIC_API_KEY: 'sk-ant-x' }).llm.redactPii).toBe(true);
    expect(
      testConfig({ LLM_PROVIDER: 'openai', OPENAI_BASE_URL: origin, LLM_REDACT_PII: 'false' }).llm.redactPii,
    ).toBe(false);
    expect(testConfig({ LLM_REDACT_PII: 'true' }).llm.redactPii).toBe(true);
    expect(() => testConfig({ LLM_REDACT_PII: 'yes' })).toThrow(/LLM_REDACT_PII/u);
  });
});
