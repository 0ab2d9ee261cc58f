import type { TaskError, TaskStatus } from '../tasks/background-task.js';
import { EnhancementErrors } from './enhancements.errors.js';

/** An enhancement moves like the task that delivers it: queued → running → succeeded | failed | cancelled. */
export type EnhancementStatus = TaskStatus;

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

/** A rewrite that was applied to the profile, with the text it replaced (what a restore puts back). */
export interface AppliedRewrite {
  itemId: string;
  previous: string;
  applied: string;
}

/** What the rewriting produced. */
export interface EnhancementOutcome {
  profileVersion: number;
  /** Which sample's style was followed (`null`: no sample, the model's neutral style). */
  styleFrom: 'resume' | 'coverLetter' | null;
  proposals: EnhancementProposal[];
  dropped: DroppedProposal[];
}

/**
 * Rewrites of a profile's summary and bullets in the user's own style: its own record, with its proposals and
 * the undo history of what was applied. The background task that runs it is only its delivery (same id).
 */
export interface Enhancement extends EnhancementOutcome {
  id: string;
  userId: string;
  profileId: string;
  status: EnhancementStatus;
  stage: string | null;
  /** 0–100. */
  progress: number;
  error: TaskError | null;
  /** What the last apply changed; `null` when never applied or restored since. */
  applied: AppliedRewrite[] | null;
  appliedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

const isFinished = (status: EnhancementStatus) =>
  status === 'succeeded' || status === 'failed' || status === 'cancelled';

/** The state machine: every change goes through these, each returning the next record. */
export const Enhancements = {
  create(input: { id: string; userId: string; profileId: string; now: Date }): Enhancement {
    return {
      id: input.id,
      userId: input.userId,
      profileId: input.profileId,
      status: 'queued',
      stage: null,
      progress: 0,
      error: null,
      profileVersion: 0,
      styleFrom: null,
      proposals: [],
      dropped: [],
      applied: null,
      appliedAt: null,
      createdAt: input.now,
      updatedAt: input.now,
    };
  },

  /** Starting again after a worker stopped half-way is allowed: the rewriting has no side effects. */
  start(enhancement: Enhancement, now: Date): Enhancement {
    if (isFinished(enhancement.status)) return enhancement;
    return { ...enhancement, status: 'running', stage: null, progress: 0, updatedAt: now };
  },

  progress(enhancement: Enhancement, stage: string, progress: number, now: Date): Enhancement {
    if (enhancement.status !== 'running') return enhancement;
    return { ...enhancement, stage, progress: Math.max(0, Math.min(100, progress)), updatedAt: now };
  },

  succeed(enhancement: Enhancement, outcome: EnhancementOutcome, now: Date): Enhancement {
    if (isFinished(enhancement.status)) return enhancement;
    return { ...enhancement, ...outcome, status: 'succeeded', stage: 'done', progress: 100, updatedAt: now };
  },

  /** Ends a queued or running enhancement as its delivery ended (failed, or cancelled by its owner). */
  end(enhancement: Enhancement, status: 'failed' | 'cancelled', error: TaskError | null, now: Date) {
    if (isFinished(enhancement.status)) return enhancement;
    return { ...enhancement, status, error, updatedAt: now };
  },

  /** Records what an apply changed (a second apply of the same enhancement replaces the first record). */
  apply(enhancement: Enhancement, rewrites: AppliedRewrite[], now: Date): Enhancement {
    if (enhancement.status !== 'succeeded') throw EnhancementErrors.notReady(enhancement.status);
    return { ...enhancement, applied: rewrites, appliedAt: now, updatedAt: now };
  },

  /** Forgets the applied rewrites once they are put back. Raises `ENHANCEMENT.NOT_APPLIED`. */
  restore(enhancement: Enhancement, now: Date): Enhancement {
    if (!enhancement.applied) throw EnhancementErrors.notApplied();
    return { ...enhancement, applied: null, appliedAt: null, updatedAt: now };
  },
};

/** Enhancements as rows; every method is scoped by the owner. */
export interface IEnhancementRepository {
  add(enhancement: Enhancement): Promise<void>;
  /** Stores the record's current state (matched by id and owner; another user's row is never touched). */
  save(enhancement: Enhancement): Promise<void>;
  /** `null` when missing or another user's. */
  findById(userId: string, id: string): Promise<Enhancement | null>;
  /** The user's enhancements, oldest first (account export). */
  listByUser(userId: string): Promise<Enhancement[]>;
  deleteAllByUser(userId: string): Promise<void>;
}
