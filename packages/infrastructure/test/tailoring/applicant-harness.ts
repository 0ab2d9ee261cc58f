import { readFileSync, readdirSync } from 'node:fs';
import {
  CreateJob,
  GetGenerationResult,
  ParseJobText,
  RunGenerationPipeline,
  StartGeneration,
} from '@tailor/application';
import { FixedClock, SequentialIds, createInMemoryRepositories } from '@tailor/application/testing';
import {
  Profile,
  readingOrder,
  toRenderableDocument,
  type DocumentContent,
  type GenerationOptionsInput,
  type ILLMService,
  type JobPrimitives,
  type MatchReport,
  type ProfileContent,
  type ProfileContentInput,
} from '@tailor/domain';
import { afterAll, beforeAll } from 'vitest';
import { PdfLibDocumentRenderer } from '../../src/documents/pdf/pdf-lib-document-renderer.js';
import { FakeLlmServer, openAiReply, type RecordedRequest } from '../llm/fake-llm-server.js';
import { TEST_KEY, buildService, llmConfig } from '../llm/llm-test-kit.js';

/**
 * Applicants written for these tests (tests/fixtures/applicants): a profile and the posting they apply to,
 * across fields and languages. Each profile can also be run against every other posting.
 */
export interface Applicant {
  id: string;
  field: string;
  language: string;
  profile: ProfileContentInput;
  posting: string;
}

export const APPLICANTS_DIR = new URL('../../../../tests/fixtures/applicants/', import.meta.url);

export function loadApplicants(): Applicant[] {
  return readdirSync(APPLICANTS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(new URL(f, APPLICANTS_DIR), 'utf8')) as Applicant);
}

export interface Tailored {
  status: string;
  profile: ProfileContent;
  job: JobPrimitives;
  content: DocumentContent;
  title: string;
  match: MatchReport;
  baselineMatch: MatchReport;
}

/** One generation through the real pipeline (in-memory repositories, the given model). */
export async function tailor(
  llm: ILLMService,
  profileInput: ProfileContentInput,
  posting: string,
  type: 'resume' | 'coverLetter',
  options: GenerationOptionsInput = {},
): Promise<Tailored> {
  const repos = createInMemoryRepositories();
  const clock = new FixedClock(new Date('2026-03-10T12:00:00.000Z'));
  const ids = new SequentialIds('gen');
  const profile = Profile.create({
    id: 'profile-1',
    ownerId: 'user-1',
    isDefault: true,
    content: profileInput,
    ids,
    now: clock.now(),
  });
  await repos.profiles.add(profile);
  const job = await new CreateJob(repos.jobs, new ParseJobText(), ids, clock).execute({
    userId: 'user-1',
    rawText: posting,
  });
  const deps = { ...repos, ids, clock };
  const { generation } = await new StartGeneration(deps).execute({
    userId: 'user-1',
    type,
    jobId: job.id,
    options,
  });
  const done = await new RunGenerationPipeline({ ...deps, llm }).execute(generation.id, 'user-1', {
    signal: new AbortController().signal,
    yieldToRequests: async () => {},
    reportProgress: () => {},
  });
  if (done?.status !== 'succeeded') throw new Error(`generation ${done?.status}: ${JSON.stringify(done)}`);
  const result = await new GetGenerationResult(repos.generations).execute({
    userId: 'user-1',
    generationId: generation.id,
  });
  const document = await repos.documents.findById('user-1', result.documentId!);
  const stored = await repos.jobs.findById('user-1', job.id);
  const { content, title } = document!.toPrimitives();
  return {
    status: done.status,
    profile: profile.content,
    job: stored!.toPrimitives(),
    content,
    title,
    match: result.match,
    baselineMatch: result.baselineMatch,
  };
}

/** The built-in engine, as the composition root builds it. */
export const localModel = (): ILLMService => buildService(llmConfig({ provider: 'local' })).service;

/** The real OpenAI adapter pointed at a fake server on 127.0.0.1. */
export const openAiModel = (server: FakeLlmServer): ILLMService =>
  buildService(
    llmConfig({ provider: 'openai', openai: { apiKey: TEST_KEY, baseUrl: `${server.origin}/v1` } }),
  ).service;

// ---- A plausible, lossy model on the OpenAI wire protocol ----

const unescape = (text: string): string =>
  text.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&');

/** The task's variables, read back from the delimited blocks of the user message. */
function variablesOf(request: RecordedRequest): Record<string, unknown> {
  const messages = request.body['messages'] as { role: string; content: string }[];
  const user = messages.find((m) => m.role === 'user')?.content ?? '';
  const out: Record<string, unknown> = {};
  for (const m of user.matchAll(/<untrusted name="(\w+)">\n([\s\S]*?)\n<\/untrusted>/gu)) {
    const raw = unescape(m[2] as string);
    try {
      out[m[1] as string] = JSON.parse(raw);
    } catch {
      out[m[1] as string] = raw;
    }
  }
  return out;
}

const taskOf = (request: RecordedRequest): string =>
  ((request.body['response_format'] as { json_schema?: { name?: string } } | undefined)?.json_schema?.name ??
    '') as string;

interface Facts {
  fullName: string;
  experiences: { title: string; company: string; bullets: string[] }[];
  skills: string[];
}

/**
 * Answers like a real model that never invents but often loses things: bullets tightened by cutting their
 * tail or generalising capitalised names ("Epic" → "the system"), a summary with no keyword, and a letter
 * that signs with the name, greets the company with its city and repeats the sign-off in the body — the
 * habits the pipeline must absorb. Deterministic: the same request gets the same answer.
 */
export function lossyModelReply(request: RecordedRequest) {
  const task = taskOf(request);
  const v = variablesOf(request);
  if (task === 'rewrite_bullets') {
    const bullets = (v['bullets'] as string[]).map((b, i) => {
      const words = b.split(/\s+/u);
      if (i % 3 === 1 && words.length > 5) return words.slice(0, Math.ceil(words.length / 2)).join(' ');
      if (i % 3 === 2) return words.map((w, j) => (j > 0 && /^\p{Lu}/u.test(w) ? 'it' : w)).join(' ');
      return b;
    });
    return openAiReply(JSON.stringify({ bullets }));
  }
  const profile = v['profile'] as Facts;
  const job = v['job'] as { title: string; company: string | null };
  if (task === 'write_summary')
    return openAiReply(JSON.stringify({ summary: 'A dependable professional who cares about good work.' }));
  if (task === 'write_cover_letter') {
    const recent = profile.experiences[0];
    const paragraphs = [
      `Dear ${job.company ?? 'Sir or Madam'},`,
      `I am writing to apply for the ${job.title || 'advertised'} role${job.company ? ` at ${job.company}` : ''}.`,
      ...(recent
        ? [
            `In my work as ${recent.title} at ${recent.company}, I ${recent.bullets[0]?.toLowerCase() ?? 'worked'}.`,
          ]
        : []),
      `My skills include ${profile.skills.slice(0, 3).join(', ') || 'teamwork'}.`,
      'I would be glad to talk about the role.',
      `Kind regards,\n${profile.fullName}`,
    ];
    return openAiReply(
      JSON.stringify({
        salutation: `Dear ${job.company ?? ''} Team, Chicago`,
        paragraphs,
        closing: `Kind regards,\n${profile.fullName}\n${profile.fullName}`,
      }),
    );
  }
  return openAiReply('{}');
}

/** The lossy model for one test file: started before its tests, closed after; call the result inside a test. */
export function useLossyModel(): () => ILLMService {
  let server: FakeLlmServer | undefined;
  beforeAll(async () => {
    server = await FakeLlmServer.start();
    server.reply(lossyModelReply);
  });
  afterAll(async () => {
    await server?.close();
  });
  return () => {
    if (!server) throw new Error('the lossy model is not running');
    return openAiModel(server);
  };
}

// ---- Sample applications rendered to PDF (the script and the pdftotext test share this) ----

/** The three applications the issue asks for: a nurse, an accountant, a Polish engineer → a German posting. */
export const SAMPLE_APPLICANTS = ['nurse', 'accountant', 'quality-engineer'] as const;

export interface RenderedSample {
  applicant: string;
  type: 'resume' | 'coverLetter';
  templateId: 'plain' | 'modern';
  fileName: string;
  bytes: Uint8Array;
  /** What the reader must see, line by line, in order. */
  expected: string[];
  fullName: string;
}

/** Tailors, then renders each sample's resume and cover letter with the local engine, in both templates. */
export async function renderSamples(): Promise<RenderedSample[]> {
  const renderer = new PdfLibDocumentRenderer(new FixedClock(new Date('2026-03-10T12:00:00.000Z')));
  const llm = localModel();
  const out: RenderedSample[] = [];
  for (const id of SAMPLE_APPLICANTS) {
    const applicant = loadApplicants().find((a) => a.id === id);
    if (!applicant) throw new Error(`missing fixture ${id}`);
    for (const type of ['resume', 'coverLetter'] as const) {
      const t = await tailor(llm, applicant.profile, applicant.posting, type);
      const doc = toRenderableDocument(t.content, t.title, new Date('2026-03-10T12:00:00.000Z'));
      for (const templateId of ['plain', 'modern'] as const) {
        const pdf = await renderer.render(doc, { templateId });
        out.push({
          applicant: id,
          type,
          templateId,
          fileName: `${id}.${type === 'resume' ? 'resume' : 'cover-letter'}.${templateId}.pdf`,
          bytes: pdf.bytes,
          expected: readingOrder(doc),
          fullName: t.profile.fullName,
        });
      }
    }
  }
  return out;
}
