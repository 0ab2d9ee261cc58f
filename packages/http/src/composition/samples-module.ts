import { SamplesContributor } from '@tailor/application';
import { StorageSampleFileStore } from '@tailor/infrastructure';
import { provide, resolve, type DependencyContainer } from './container.js';
import { buildSampleUseCases } from './sample-use-cases.js';
import { TOKENS } from './tokens.js';

/** Writing samples: their files (in the chosen storage), use cases, and their part of account data. */
export function registerSamples(container: DependencyContainer): void {
  provide(container, TOKENS.sampleFiles, (c) => new StorageSampleFileStore(resolve(c, TOKENS.storage)));
  provide(container, TOKENS.sampleUseCases, (c) =>
    buildSampleUseCases({
      samples: resolve(c, TOKENS.repositories).samples,
      files: resolve(c, TOKENS.sampleFiles),
      extractor: resolve(c, TOKENS.textExtractor),
      llm: resolve(c, TOKENS.llm),
      unitOfWork: resolve(c, TOKENS.repositories).unitOfWork,
      clock: resolve(c, TOKENS.clock),
      ids: resolve(c, TOKENS.ids),
    }),
  );
  provide(
    container,
    TOKENS.samplesContributor,
    (c) => new SamplesContributor(resolve(c, TOKENS.repositories).samples, resolve(c, TOKENS.sampleFiles)),
  );
}
