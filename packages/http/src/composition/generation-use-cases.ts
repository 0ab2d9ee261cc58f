import type { GenerationEventLog } from '@tailor/application';
import {
  AddGenerationFeedback,
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
import {
  DOCUMENT_TEMPLATES,
  EXPORT_FORMATS,
  type IClock,
  type IDocumentRenderer,
  type IIdGenerator,
  type IStorage,
  type ITaskQueue,
  type Repositories,
} from '@tailor/domain';

export interface GenerationLimitsConfig {
  perHour: number;
  perMonth: number;
}

export function buildGenerationUseCases(
  repos: Repositories,
  queue: ITaskQueue,
  files: { storage: IStorage; renderers: readonly IDocumentRenderer[] },
  ids: IIdGenerator,
  clock: IClock,
  limits: GenerationLimitsConfig,
  generationEvents: GenerationEventLog,
) {
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
    validateGeneration: new ValidateGeneration(related),
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

export type GenerationUseCases = ReturnType<typeof buildGenerationUseCases>;
