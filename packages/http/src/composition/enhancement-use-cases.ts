import {
  ApplyEnhancement,
  GetEnhancement,
  RestoreEnhancement,
  StartEnhancement,
  type EnhancementDeps,
} from '@tailor/application';

export function buildEnhancementUseCases(deps: EnhancementDeps) {
  return {
    startEnhancement: new StartEnhancement(deps),
    getEnhancement: new GetEnhancement(deps),
    applyEnhancement: new ApplyEnhancement(deps),
    restoreEnhancement: new RestoreEnhancement(deps),
    enhancementEvents: deps.events,
  };
}

export type EnhancementUseCases = ReturnType<typeof buildEnhancementUseCases>;
