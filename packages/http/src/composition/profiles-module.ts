import { PooledDocumentReader } from '@tailor/infrastructure';
import { provide, resolve, type DependencyContainer } from './container.js';
import { TOKENS } from './tokens.js';
import { buildProfileUseCases } from './profile-use-cases.js';

export function registerProfiles(container: DependencyContainer): void {
  provide(
    container,
    TOKENS.textExtractor,
    (c) => new PooledDocumentReader(resolve(c, TOKENS.documentWorkers)),
  );
  provide(container, TOKENS.profileUseCases, (c) => {
    const repos = resolve(c, TOKENS.repositories);
    return buildProfileUseCases({
      profiles: repos.profiles,
      unitOfWork: repos.unitOfWork,
      clock: resolve(c, TOKENS.clock),
      ids: resolve(c, TOKENS.ids),
      extractor: resolve(c, TOKENS.textExtractor),
      llm: resolve(c, TOKENS.llm),
    });
  });
}
