export const ENHANCEMENT_TASK = 'profile_enhancement';

/** One proposed rewrite beside the text it would replace. */
export interface EnhancementProposal {
  /** `summary`, or `<experienceId>:<bulletIndex>` for a bullet. */
  itemId: string;
  kind: 'summary' | 'bullet';
  experienceId: string | null;
  bulletIndex: number | null;
  original: string;
  proposed: string;
}

/** A rewrite that stated something the profile does not support: never offered, reported with why. */
export interface DroppedProposal extends EnhancementProposal {
  reasons: string[];
}

/** What an enhancement task produces (its stored result). */
export interface EnhancementResult {
  profileId: string;
  profileVersion: number;
  /** Which sample's style was followed (`null`: no sample, the model's neutral style). */
  styleFrom: 'resume' | 'coverLetter' | null;
  proposals: EnhancementProposal[];
  dropped: DroppedProposal[];
}

export interface EnhancementInput {
  profileId: string;
}

/** Kept in the profile's `customFields` so applied rewrites can be undone. */
export interface EnhancementHistoryEntry {
  enhancementId: string;
  appliedAt: string;
  items: Array<{ itemId: string; previous: string; applied: string }>;
}
export const HISTORY_FIELD = 'enhancementHistory';
export const HISTORY_LIMIT = 5;
