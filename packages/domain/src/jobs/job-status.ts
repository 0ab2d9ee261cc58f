/** The posting's own lifecycle, independent of the application. */
export const JOB_STATUSES = ['active', 'draft', 'archived', 'expired'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const JOB_SOURCES = ['user_created', 'parsed', 'imported', 'catalog'] as const;
export type JobSource = (typeof JOB_SOURCES)[number];
