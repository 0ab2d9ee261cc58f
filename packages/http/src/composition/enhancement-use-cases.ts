import {
  ApplyEnhancement,
  EnhanceProfileHandler,
  GetEnhancement,
  RestoreEnhancement,
  StartEnhancement,
} from '@tailor/application';
import type { Adapters } from './tokens.js';

export function buildEnhancementUseCases({
  repositories,
  clock,
  ids,
  taskQueue,
}: Pick<Adapters, 'repositories' | 'clock' | 'ids' | 'taskQueue'>) {
  const deps = {
    profiles: repositories.profiles,
    enhancements: repositories.enhancements,
    unitOfWork: repositories.unitOfWork,
    clock,
    ids,
    queue: taskQueue,
  };
  return {
    startEnhancement: new StartEnhancement(deps),
    getEnhancement: new GetEnhancement(deps),
    applyEnhancement: new ApplyEnhancement(deps),
    restoreEnhancement: new RestoreEnhancement(deps),
  };
}

/** The background half of an enhancement: the task handler the runner calls. */
export function buildEnhancementHandler({
  repositories,
  llm,
  clock,
}: Pick<Adapters, 'repositories' | 'llm' | 'clock'>) {
  return new EnhanceProfileHandler({
    profiles: repositories.profiles,
    samples: repositories.samples,
    enhancements: repositories.enhancements,
    llm,
    clock,
  });
}
