/**
 * `pnpm demo [resume.json] [posting.txt]`: the whole tailoring journey against a real server on a fresh
 * SQLite database, with the built-in local engine (no key, no network). Writes the tailored resume and
 * cover letter to ./out/. Without arguments it uses inputs that come with the repository: the senior
 * engineer example of `@jsonresume/schema` and our software engineer posting (tests/fixtures/jobs).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp, createContainer, loadConfig } from '@tailor/http';
import { DemoInputError, readJsonInput, readTextInput } from './demo-inputs.js';

const [resumeArgument, postingArgument] = process.argv.slice(2);

function bundledExampleResume(): string {
  try {
    return createRequire(import.meta.url).resolve('@jsonresume/schema/examples/senior-engineer.resume.json');
  } catch {
    throw new DemoInputError(
      'the example resume of @jsonresume/schema is not installed: run `pnpm install` first',
    );
  }
}
let inputs: { resumeFile: string; resume: unknown; postingFile: string; posting: string };
try {
  const resumeFile = resumeArgument || bundledExampleResume();
  const postingFile =
    postingArgument ||
    fileURLToPath(new URL('../tests/fixtures/jobs/software-engineer.en.txt', import.meta.url));
  inputs = {
    resumeFile,
    resume: readJsonInput(resumeFile, 'resume (JSON Resume)'),
    postingFile,
    posting: readTextInput(postingFile, 'job posting (plain text)'),
  };
} catch (error) {
  if (!(error instanceof DemoInputError)) throw error;
  console.error(`pnpm demo: ${error.message}`);
  console.error('Usage: pnpm demo [resume.json] [posting.txt] (without arguments: the bundled examples)');
  process.exit(1);
}
const { resumeFile, resume: resumeInput, postingFile, posting } = inputs;
const outDir = join(process.cwd(), 'out');

const work = mkdtempSync(join(tmpdir(), 'tailor-demo-'));
const config = loadConfig({
  ...process.env,
  NODE_ENV: 'test',
  LOG_LEVEL: 'warn',
  LLM_PROVIDER: 'local',
  DATABASE_URL: `file:${join(work, 'tailor.db')}`,
  DATA_DIR: work,
  STORAGE_DIR: join(work, 'files'),
});
const app = await buildApp(config, createContainer(config));
const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the demo reads response fields directly
type Json = Record<string, any>;

let token = '';
async function call<T = Json>(method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${baseUrl}/api/v1${path}`, {
    method,
    headers: {
      ...(body ? { 'content-type': 'application/json' } : {}),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function generate(type: 'resume' | 'coverLetter', jobId: string) {
  const started = await call('POST', '/generations', { type, jobId });
  for (;;) {
    const generation = await call('GET', `/generations/${started.id}`);
    if (!['queued', 'running'].includes(generation.status)) {
      if (generation.status !== 'succeeded')
        throw new Error(`${type} ${generation.status}: ${JSON.stringify(generation.error)}`);
      return { generation, result: await call('GET', `/generations/${started.id}/result`) };
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function exportTo(documentId: string, format: 'pdf' | 'docx', name: string) {
  const exported = await call('POST', `/documents/${documentId}/export`, { format, templateId: 'plain' });
  const file = await fetch(`${baseUrl}${exported.downloadUrl}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  const path = join(outDir, `${name}.${format}`);
  writeFileSync(path, new Uint8Array(await file.arrayBuffer()));
  return { path, pages: exported.pageCount as number | null, bytes: exported.bytes as number };
}

try {
  const session = await call('POST', '/auth/register', {
    email: 'demo@example.org',
    password: 'Demo-password-1',
    fullName: 'Demo User',
  });
  token = session.accessToken;
  const profile = await call('POST', '/profiles/import', {
    format: 'json-resume',
    data: resumeInput,
  });
  const job = await call('POST', '/jobs', { rawText: posting });
  console.log(
    `Profile: ${profile.fullName} (${profile.experiences.length} experiences) — from ${relative(process.cwd(), resumeFile)}`,
  );
  console.log(
    `Job:     ${job.title} at ${job.company ?? 'unknown company'} — ${job.keywords.required.length} required keywords — from ${relative(process.cwd(), postingFile)}`,
  );

  const resume = await generate('resume', job.id);
  const letter = await generate('coverLetter', job.id);
  const truth = resume.result.truthfulness;
  const supported = truth.claims.filter((claim: { verdict: string }) => claim.verdict === 'supported').length;
  console.log(
    `\nMatch score: ${resume.result.baselineMatch.score} before tailoring → ${resume.result.match.score} after`,
  );
  console.log(
    `Truthfulness: ${truth.passed ? 'passed' : 'FAILED'} — ${supported}/${truth.claims.length} claims supported; ${resume.result.gate?.removed?.length ?? 0} lines removed by the gate`,
  );
  console.log(`Cover letter truthfulness: ${letter.result.truthfulness.passed ? 'passed' : 'FAILED'}`);

  mkdirSync(outDir, { recursive: true });
  const files = [
    await exportTo(resume.generation.documentId, 'pdf', 'resume'),
    await exportTo(resume.generation.documentId, 'docx', 'resume'),
    await exportTo(letter.generation.documentId, 'pdf', 'cover-letter'),
    await exportTo(letter.generation.documentId, 'docx', 'cover-letter'),
  ];
  console.log('\nWritten:');
  for (const file of files)
    console.log(`  ${file.path} (${file.bytes} bytes${file.pages ? `, ${file.pages} page(s)` : ''})`);
} catch (error) {
  // A refused input or a failed step is reported in one line; a stack trace helps nobody here.
  console.error(`pnpm demo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await app.close();
}
