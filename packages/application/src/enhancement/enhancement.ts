import type { EnhancementStatus } from '@tailor/domain';

/** The kind of the task that delivers an enhancement (the task's subject, and id, is the enhancement's). */
export const ENHANCEMENT_TASK = 'profile_enhancement';

/** What the task view shows as the result of a succeeded enhancement: only a pointer, the enhancement holds the outcome. */
export interface EnhancementTaskResult {
  enhancementId: string;
  status: EnhancementStatus;
}
