import {
  ApplyEnhancement,
  EnhanceProfileHandler,
  enhancementEventLog,
  type EnhancementEventLog,
  EnhancementTaskSubject,
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
  eventRelay,
}: Pick<Adapters, 'repositories' | 'clock' | 'ids' | 'taskQueue' | 'eventRelay'>) {
  // Each enhancement's changes, from every instance: its event stream and its task's view follow them.
  const enhancementEvents = enhancementEventLog(clock, eventRelay);
  const deps = {
    profiles: repositories.profiles,
    enhancements: repositories.enhancements,
    unitOfWork: repositories.unitOfWork,
    clock,
    ids,
    queue: taskQueue,
    events: enhancementEvents,
  };
  return {
    startEnhancement: new StartEnhancement(deps),
    getEnhancement: new GetEnhancement(deps),
    applyEnhancement: new ApplyEnhancement(deps),
    restoreEnhancement: new RestoreEnhancement(deps),
    enhancementEvents,
    /** What the task routes read and cancel of an enhancement's task. */
    taskSubject: new EnhancementTaskSubject(deps),
  };
}

/** The background half of an enhancement: the task handler the runner calls. */
export function buildEnhancementHandler(
  { repositories, llm, clock }: Pick<Adapters, 'repositories' | 'llm' | 'clock'>,
  events: EnhancementEventLog,
) {
  return new EnhanceProfileHandler({
    profiles: repositories.profiles,
    samples: repositories.samples,
    enhancements: repositories.enhancements,
    llm,
    clock,
    events,
  });
}
