import { EnhanceProfileHandler, EnhancementEventLog } from '@tailor/application';
import { provide, resolve, type DependencyContainer } from './container.js';
import { buildEnhancementUseCases } from './enhancement-use-cases.js';
import { TOKENS } from './tokens.js';

/** Profile enhancement: its background handler and its use cases. */
export function registerEnhancement(container: DependencyContainer): void {
  provide(container, TOKENS.enhancementHandler, (c) => {
    const repos = resolve(c, TOKENS.repositories);
    return new EnhanceProfileHandler({
      profiles: repos.profiles,
      samples: repos.samples,
      enhancements: repos.enhancements,
      llm: resolve(c, TOKENS.llm),
      clock: resolve(c, TOKENS.clock),
      events: resolve(c, TOKENS.enhancementEvents),
    });
  });
  provide(
    container,
    TOKENS.enhancementEvents,
    (c) => new EnhancementEventLog(resolve(c, TOKENS.clock), resolve(c, TOKENS.eventRelay)),
  );
  provide(container, TOKENS.enhancementUseCases, (c) => {
    const repos = resolve(c, TOKENS.repositories);
    return buildEnhancementUseCases({
      profiles: repos.profiles,
      enhancements: repos.enhancements,
      unitOfWork: repos.unitOfWork,
      clock: resolve(c, TOKENS.clock),
      ids: resolve(c, TOKENS.ids),
      queue: resolve(c, TOKENS.taskQueue),
      events: resolve(c, TOKENS.enhancementEvents),
    });
  });
}
