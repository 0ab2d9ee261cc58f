import type { ApplicationStatus } from './application-status.js';

export type TimelineEntryKind = 'status_change' | 'note' | 'document_sent';

/** One event in an application's history. Entries are appended, never edited. */
export interface TimelineEntry {
  id: string;
  jobId: string;
  kind: TimelineEntryKind;
  /** When it happened (may be earlier than when it was recorded). */
  at: Date;
  fromStatus: ApplicationStatus | null;
  toStatus: ApplicationStatus | null;
  note: string | null;
  /** For `document_sent`: which document, which version, and the sha256 of the file that was sent. */
  document: { documentId: string; version: number; exportSha256: string | null } | null;
  createdAt: Date;
}
