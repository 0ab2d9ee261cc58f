import type { EnhancementStatus } from '@tailor/domain';

export const ENHANCEMENT_TASK = 'profile_enhancement';

/** What the delivering task carries; the task's id is the enhancement's. */
export interface EnhancementInput {
  profileId: string;
}

/** What the delivering task records when it ends: only a pointer, the enhancement holds the outcome. */
export interface EnhancementTaskResult {
  enhancementId: string;
  status: EnhancementStatus;
}
