import {
  AddGenerationFeedback,
  GenerationEventLog,
  GenerationTaskHandler,
  RunGenerationPipeline,
  CancelGeneration,
  DeleteDocument,
  DeleteStoredFiles,
  DownloadExport,
  ExportDocument,
  PreviewDocument,
  DeleteGeneration,
  GetDocument,
  GetGeneration,
  GetGenerationAnalytics,
  GetGenerationResult,
  GetUsage,
  ListDocuments,
  ListDocumentVersions,
  ListGenerations,
  PatchDocument,
  RegenerateGeneration,
  StartGeneration,
  SubmitGeneration,
  SubmitRegeneration,
  ValidateGeneration,
} from '@tailor/application';
import { DOCUMENT_TEMPLATES, EXPORT_FORMATS } from '@tailor/domain';
import { DEFAULT_PRICES, costMicroUsd } from '@tailor/infrastructure';
import type { Adapters } from './tokens.js';

type GenerationPorts = Pick<
  Adapters,
  'config' | 'repositories' | 'taskQueue' | 'storage' | 'renderers' | 'ids' | 'clock' | 'eventRelay'
>;

/** Generations (their pipeline runs as a background task), documents, their exports and usage. */
export function buildGenerationUseCases({
  config,
  repositories: repos,
  taskQueue: queue,
  storage,
  renderers,
  ids,
  clock,
  eventRelay,
}: GenerationPorts) {
  const limits = config.generations;
  const files = { storage, renderers };
  // One log per app: the task handler publishes to it and the event streams read from it.
  const generationEvents = new GenerationEventLog(clock, eventRelay);
  const deps = {
    generations: repos.generations,
    jobs: repos.jobs,
    profiles: repos.profiles,
    unitOfWork: repos.unitOfWork,
    ids,
    clock,
  };
  const related = {
    generations: repos.generations,
    documents: repos.documents,
    jobs: repos.jobs,
    profiles: repos.profiles,
  };
  return {
    submitGeneration: new SubmitGeneration(new StartGeneration(deps, { limits }), queue),
    submitRegeneration: new SubmitRegeneration(new RegenerateGeneration(deps, { limits }), queue),
    listGenerations: new ListGenerations(repos.generations),
    getGeneration: new GetGeneration(repos.generations),
    getGenerationResult: new GetGenerationResult(repos.generations),
    cancelGeneration: new CancelGeneration(repos.generations, clock, queue),
    deleteGeneration: new DeleteGeneration(repos.generations),
    addGenerationFeedback: new AddGenerationFeedback(repos.generations, clock),
    getGenerationAnalytics: new GetGenerationAnalytics(repos.generations),
    validateGeneration: new ValidateGeneration({ ...related, clock }),
    generationEvents,
    listTemplates: async () =>
      DOCUMENT_TEMPLATES.map((template) => ({ ...template, formats: [...template.formats] })),
    listDocuments: new ListDocuments(repos.documents),
    getDocument: new GetDocument(repos.documents),
    patchDocument: new PatchDocument({
      documents: repos.documents,
      profiles: repos.profiles,
      jobs: repos.jobs,
      unitOfWork: repos.unitOfWork,
      clock,
    }),
    listDocumentVersions: new ListDocumentVersions(repos.documents),
    deleteDocument: new DeleteDocument(repos.documents),
    exportDocument: new ExportDocument({ documents: repos.documents, ...files, ids, clock }),
    downloadExport: new DownloadExport({ documents: repos.documents, storage: files.storage }),
    previewDocument: new PreviewDocument({ documents: repos.documents, renderers: files.renderers, clock }),
    deleteDocumentFiles: new DeleteStoredFiles(files.storage),
    listExportFormats: async () => EXPORT_FORMATS.map((format) => ({ ...format })),
    getUsage: new GetUsage({ generations: repos.generations, llmUsage: repos.llmUsage, clock }, { limits }),
  };
}

/** The background half of a generation: the pipeline, run by the task runner, reporting to `events`. */
export function buildGenerationHandler(
  {
    config,
    repositories: repos,
    llm,
    ids,
    clock,
  }: Pick<Adapters, 'config' | 'repositories' | 'llm' | 'ids' | 'clock'>,
  events: GenerationEventLog,
) {
  const prices = { ...DEFAULT_PRICES, ...config.llm.prices };
  const pipeline = new RunGenerationPipeline({
    generations: repos.generations,
    documents: repos.documents,
    jobs: repos.jobs,
    profiles: repos.profiles,
    llm,
    unitOfWork: repos.unitOfWork,
    ids,
    clock,
    pricing: {
      costMicroUsd: (_provider, model, input, output) => costMicroUsd(prices, model, input, output),
    },
  });
  return new GenerationTaskHandler(pipeline, repos.generations, clock, events);
}
