import type {
  AppliedRewrite,
  BackgroundTask,
  Enhancement,
  EnhancementOutcome,
  ProfileContent,
} from '@tailor/domain';
import type { EnhancementInput } from './enhancement.js';

// Before enhancements had their own table, an enhancement was only its task (proposals in the task's result)
// and its undo history sat in the profile's `customFields.enhancementHistory`. Databases written then are read
// through these two adapters, so nothing a user started or applied is lost; new writes never use the old places.

/** The record an enhancement task from before the table stands for (its outcome from the task's result). */
export function adoptLegacyTask(task: BackgroundTask): Enhancement {
  const outcome = task.status === 'succeeded' ? (task.result as Partial<EnhancementOutcome> | null) : null;
  return {
    id: task.id,
    userId: task.userId,
    profileId: (task.input as EnhancementInput).profileId,
    status: task.status,
    stage: task.stage,
    progress: task.progress,
    error: task.error,
    profileVersion: outcome?.profileVersion ?? 0,
    styleFrom: outcome?.styleFrom ?? null,
    proposals: outcome?.proposals ?? [],
    dropped: outcome?.dropped ?? [],
    applied: null,
    appliedAt: null,
    createdAt: task.createdAt,
    updatedAt: task.updatedAt,
  };
}

const LEGACY_HISTORY_FIELD = 'enhancementHistory';

interface LegacyHistoryEntry {
  enhancementId: string;
  appliedAt: string;
  items: AppliedRewrite[];
}

const legacyHistory = (customFields: Record<string, unknown>): LegacyHistoryEntry[] =>
  Array.isArray(customFields[LEGACY_HISTORY_FIELD])
    ? (customFields[LEGACY_HISTORY_FIELD] as LegacyHistoryEntry[])
    : [];

/** What an old apply of this enhancement recorded in the profile, if anything. */
export function legacyAppliedRewrites(
  content: ProfileContent,
  enhancementId: string,
): { items: AppliedRewrite[]; appliedAt: Date } | null {
  const entry = legacyHistory(content.customFields).find((h) => h.enhancementId === enhancementId);
  return entry ? { items: entry.items, appliedAt: new Date(entry.appliedAt) } : null;
}

/** The profile's custom fields without the old history entry of this enhancement (and without the field once empty). */
export function withoutLegacyEntry(
  customFields: Record<string, unknown>,
  enhancementId: string,
): Record<string, unknown> {
  if (!(LEGACY_HISTORY_FIELD in customFields)) return customFields;
  const { [LEGACY_HISTORY_FIELD]: _old, ...rest } = customFields;
  const remaining = legacyHistory(customFields).filter((h) => h.enhancementId !== enhancementId);
  return remaining.length > 0 ? { ...rest, [LEGACY_HISTORY_FIELD]: remaining } : rest;
}
