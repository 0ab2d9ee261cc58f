import {
  GenerationTaskHandler,
  GenerationsContributor,
  DocumentsContributor,
  GenerationEventLog,
  RunGenerationPipeline,
  StoredFilesContributor,
} from '@tailor/application';
import {
  DEFAULT_PRICES,
  JsonDocumentRenderer,
  MarkdownDocumentRenderer,
  PlainTextDocumentRenderer,
  costMicroUsd,
  lazyDocxRenderer,
  lazyPdfRenderer,
} from '@tailor/infrastructure';
import { provide, resolve, type DependencyContainer } from './container.js';
import { buildGenerationUseCases } from './generation-use-cases.js';
import { TOKENS } from './tokens.js';

/** Generations (their pipeline as a background task), documents and usage. */
export function registerGenerations(container: DependencyContainer): void {
  // Singletons: the PDF renderer parses its fonts once per process. PDF and DOCX load their libraries on
  // first render.
  provide(container, TOKENS.renderers, (c) => [
    lazyPdfRenderer(resolve(c, TOKENS.clock)),
    lazyDocxRenderer(resolve(c, TOKENS.clock)),
    new PlainTextDocumentRenderer(),
    new MarkdownDocumentRenderer(),
    new JsonDocumentRenderer(),
  ]);
  provide(container, TOKENS.generationPipeline, (c) => {
    const repos = resolve(c, TOKENS.repositories);
    const prices = { ...DEFAULT_PRICES, ...resolve(c, TOKENS.config).llm.prices };
    return new RunGenerationPipeline({
      generations: repos.generations,
      documents: repos.documents,
      jobs: repos.jobs,
      profiles: repos.profiles,
      llm: resolve(c, TOKENS.llm),
      unitOfWork: repos.unitOfWork,
      ids: resolve(c, TOKENS.ids),
      clock: resolve(c, TOKENS.clock),
      pricing: {
        costMicroUsd: (_provider, model, input, output) => costMicroUsd(prices, model, input, output),
      },
    });
  });
  provide(
    container,
    TOKENS.generationHandler,
    (c) =>
      new GenerationTaskHandler(
        resolve(c, TOKENS.generationPipeline),
        resolve(c, TOKENS.repositories).generations,
        resolve(c, TOKENS.clock),
        resolve(c, TOKENS.generationEvents),
      ),
  );
  provide(
    container,
    TOKENS.generationEvents,
    (c) => new GenerationEventLog(resolve(c, TOKENS.clock), resolve(c, TOKENS.eventRelay)),
  );
  provide(container, TOKENS.generationUseCases, (c) => {
    const config = resolve(c, TOKENS.config);
    return buildGenerationUseCases(
      resolve(c, TOKENS.repositories),
      resolve(c, TOKENS.taskQueue),
      { storage: resolve(c, TOKENS.storage), renderers: resolve(c, TOKENS.renderers) },
      resolve(c, TOKENS.ids),
      resolve(c, TOKENS.clock),
      config.generations,
      resolve(c, TOKENS.generationEvents),
    );
  });
  provide(container, TOKENS.generationContributors, (c) => {
    const repos = resolve(c, TOKENS.repositories);
    return [
      new GenerationsContributor(repos.generations),
      new DocumentsContributor(repos.documents),
      new StoredFilesContributor(resolve(c, TOKENS.storage)),
    ];
  });
}
