import {
  CreateJob,
  GetGenerationResult,
  ParseJobText,
  RunGenerationPipeline,
  StartGeneration,
  fromJsonResume,
} from '@tailor/application';
import {
  FixedClock,
  InventingFakeLlm,
  SequentialIds,
  createInMemoryRepositories,
} from '@tailor/application/testing';
import { Profile, toRenderableDocument } from '@tailor/domain';
import { extractText, getDocumentProxy } from 'unpdf';
import { describe, expect, it } from 'vitest';
import { jsonResumeExample, readFixture } from '../../../../tests/support/fixtures.js';
import { PdfLibDocumentRenderer } from '../../src/documents/pdf/pdf-lib-document-renderer.js';

// The last line of defence, checked on the file a person would send: a model that invents an employer, a
// metric and a tool gets them removed by the gate, and none of them reaches the PDF.
describe('a tailored resume from a model that invents facts', () => {
  it('is printed without the invented employer, metric or tool', async () => {
    const repos = createInMemoryRepositories();
    const clock = new FixedClock(new Date('2026-03-10T12:00:00.000Z'));
    const ids = new SequentialIds('gen');
    const resume = jsonResumeExample('seniorEngineer');
    await repos.profiles.add(
      Profile.create({
        id: 'profile-1',
        ownerId: 'user-1',
        isDefault: true,
        content: fromJsonResume(resume, ids),
        ids,
        now: clock.now(),
        keepItemIds: true,
      }),
    );
    const job = await new CreateJob(repos.jobs, new ParseJobText(), ids, clock).execute({
      userId: 'user-1',
      rawText: readFixture('jobs/software-engineer.en.txt'),
    });
    const deps = { ...repos, ids, clock };
    const { generation } = await new StartGeneration(deps).execute({
      userId: 'user-1',
      type: 'resume',
      jobId: job.id,
    });
    const done = await new RunGenerationPipeline({ ...deps, llm: new InventingFakeLlm() }).execute(
      generation.id,
      'user-1',
      {
        signal: new AbortController().signal,
        yieldToRequests: async () => {},
        reportProgress: () => {},
      },
    );
    expect(done?.status).toBe('succeeded');
    const result = await new GetGenerationResult(repos.generations).execute({
      userId: 'user-1',
      generationId: generation.id,
    });
    expect(result.gate.removed.length).toBeGreaterThan(0);

    const document = await repos.documents.findById('user-1', result.documentId!);
    const { content, title } = document!.toPrimitives();
    const pdf = await new PdfLibDocumentRenderer(clock).render(toRenderableDocument(content, title), {
      templateId: 'plain',
    });
    const { text } = await extractText(await getDocumentProxy(pdf.bytes), { mergePages: true });
    expect(text).toContain('Vasquez');
    for (const invented of [InventingFakeLlm.EMPLOYER, InventingFakeLlm.METRIC, InventingFakeLlm.TOOL]) {
      expect(text).not.toContain(invented);
    }
  });
});
