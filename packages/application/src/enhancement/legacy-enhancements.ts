import type { AppliedRewrite, ProfileContent } from '@tailor/domain';

// Before enhancements had their own table, an enhancement's undo history sat in the profile's
// `customFields.enhancementHistory` (and its outcome in its task's result: the migration that made tasks delivery
// records moved those into the table). Profiles written then are read through these adapters, so nothing a user
// applied is lost; new writes never use the old place.

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
