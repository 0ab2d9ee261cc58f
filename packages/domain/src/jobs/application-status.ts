import { JobErrors } from './jobs.errors.js';

/** The pipeline of an application, in order. */
export const APPLICATION_STAGES = ['saved', 'applied', 'interviewing', 'offer', 'accepted'] as const;
export const APPLICATION_EXITS = ['rejected', 'withdrawn'] as const;
export const APPLICATION_STATUSES = [...APPLICATION_STAGES, ...APPLICATION_EXITS] as const;

export type ApplicationStage = (typeof APPLICATION_STAGES)[number];
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

const OPEN: ReadonlySet<ApplicationStatus> = new Set(['saved', 'applied', 'interviewing', 'offer']);

export const isOpen = (status: ApplicationStatus): boolean => OPEN.has(status);

/** 0 for saved … 4 for accepted; exits have no stage of their own. */
export const stageIndex = (status: ApplicationStatus): number =>
  (APPLICATION_STAGES as readonly string[]).indexOf(status);

/**
 * Where an application may go next: forward along the pipeline (skipping stages is allowed — an interview
 * invitation can come before the "applied" click was recorded), or out to rejected/withdrawn from any open
 * state. Nothing leaves accepted, rejected or withdrawn, and nothing goes backwards.
 */
export function allowedNextStatuses(from: ApplicationStatus): ApplicationStatus[] {
  if (!isOpen(from)) return [];
  const forward = APPLICATION_STAGES.slice(stageIndex(from) + 1);
  return [...forward, ...APPLICATION_EXITS];
}

export function assertTransition(from: ApplicationStatus, to: ApplicationStatus): void {
  const allowed = allowedNextStatuses(from);
  if (!allowed.includes(to)) throw JobErrors.invalidTransition(from, to, allowed);
}
