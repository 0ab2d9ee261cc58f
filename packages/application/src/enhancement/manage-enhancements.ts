import {
  EnhancementErrors,
  Enhancements,
  type AppliedRewrite,
  type BackgroundTask,
  type DroppedProposal,
  type Enhancement,
  type EnhancementProposal,
  type IEnhancementRepository,
  type ITaskQueue,
  type TaskError,
} from '@tailor/domain';
import { toTaskView, type TaskView } from '../tasks/task-view.js';
import {
  changeProfile,
  loadOwnProfile,
  toProfileView,
  type ProfileUseCaseDeps,
  type ProfileView,
} from '../profiles/profile-use-case-deps.js';
import { ENHANCEMENT_TASK } from './enhancement.js';
import { workOf } from './enhancement-task-subject.js';
import type { EnhancementEventLog } from './enhancement-events.js';
import { legacyAppliedRewrites, withoutLegacyEntry } from './legacy-enhancements.js';

export interface EnhancementDeps extends ProfileUseCaseDeps {
  queue: ITaskQueue;
  enhancements: IEnhancementRepository;
  /** Each enhancement's changes, for its event stream. */
  events: EnhancementEventLog;
}

export interface EnhancementView {
  id: string;
  profileId: string;
  status: Enhancement['status'];
  stage: string | null;
  progress: number;
  error: TaskError | null;
  styleFrom: Enhancement['styleFrom'];
  proposals: EnhancementProposal[];
  dropped: DroppedProposal[];
  /** What the last apply changed (what a restore puts back); `null` when not applied. */
  applied: AppliedRewrite[] | null;
  appliedAt: string | null;
  createdAt: string;
  updatedAt: string;
  /** The background task that delivers the work (same id), for clients that follow tasks. */
  task: TaskView | null;
}

const toView = (enhancement: Enhancement, task: BackgroundTask | null): EnhancementView => ({
  id: enhancement.id,
  profileId: enhancement.profileId,
  status: enhancement.status,
  stage: enhancement.stage,
  progress: enhancement.progress,
  error: enhancement.error,
  styleFrom: enhancement.styleFrom,
  proposals: enhancement.proposals,
  dropped: enhancement.dropped,
  applied: enhancement.applied,
  appliedAt: enhancement.appliedAt?.toISOString() ?? null,
  createdAt: enhancement.createdAt.toISOString(),
  updatedAt: enhancement.updatedAt.toISOString(),
  // The task shows the enhancement's state; its outcome lives on the enhancement, not in the task's result.
  task: task ? { ...toTaskView(task, workOf(enhancement)), result: null } : null,
});

/**
 * Starts rewriting a profile in the user's style: stores the enhancement and the task that delivers it in one
 * unit of work (202 with the task). Raises `PROFILE.NOT_FOUND`.
 */
export class StartEnhancement {
  constructor(private readonly deps: EnhancementDeps) {}

  async execute(input: { userId: string; profileId: string }): Promise<TaskView> {
    const { enhancements, queue, unitOfWork, ids, clock } = this.deps;
    await loadOwnProfile(this.deps, input.userId, input.profileId);
    const enhancement = Enhancements.create({ id: ids.next(), ...input, now: clock.now() });
    const task = await unitOfWork.run(async () => {
      await enhancements.add(enhancement);
      return queue.prepare(ENHANCEMENT_TASK, input.userId, enhancement.id);
    });
    await queue.dispatch([task]);
    return toTaskView(task, workOf(enhancement));
  }
}

/** The user's enhancement of that profile, with the task that delivers it (same id). */
async function loadEnhancement(
  deps: EnhancementDeps,
  input: { userId: string; profileId: string; enhancementId: string },
): Promise<{ enhancement: Enhancement; task: BackgroundTask | null }> {
  const [enhancement, task] = await Promise.all([
    deps.enhancements.findById(input.userId, input.enhancementId),
    deps.queue.get(input.userId, input.enhancementId),
  ]);
  if (!enhancement || enhancement.profileId !== input.profileId) throw EnhancementErrors.notFound();
  return { enhancement, task };
}

/** Status, progress and, once done, each proposal beside its original. Raises `ENHANCEMENT.NOT_FOUND`. */
export class GetEnhancement {
  constructor(private readonly deps: EnhancementDeps) {}

  async execute(input: {
    userId: string;
    profileId: string;
    enhancementId: string;
  }): Promise<EnhancementView> {
    const { enhancement, task } = await loadEnhancement(this.deps, input);
    return toView(enhancement, task);
  }
}

/** A copy of the parts of a profile that rewrites change. */
const rewritable = (content: { summary: string | null; experiences: ProfileView['experiences'] }) => ({
  summary: content.summary,
  experiences: content.experiences.map((e) => ({ ...e, bullets: [...e.bullets] })),
});

/**
 * Applies the accepted proposals (`itemIds`, default all) as one new profile version, and records on the
 * enhancement what it replaced, in the same unit of work. A proposal whose original no longer matches the
 * profile (edited since) is skipped. Raises `ENHANCEMENT.NOT_FOUND`, `ENHANCEMENT.NOT_READY`, `PROFILE.*`.
 */
export class ApplyEnhancement {
  constructor(private readonly deps: EnhancementDeps) {}

  async execute(input: {
    userId: string;
    profileId: string;
    enhancementId: string;
    itemIds?: string[] | undefined;
  }): Promise<ProfileView> {
    const { enhancement } = await loadEnhancement(this.deps, input);
    if (enhancement.status !== 'succeeded') throw EnhancementErrors.notReady(enhancement.status);
    const wanted = input.itemIds ? new Set(input.itemIds) : null;
    const chosen = enhancement.proposals.filter((p) => !wanted || wanted.has(p.itemId));
    return this.deps.unitOfWork.run(async () => {
      const { profile, result: rewrites } = await changeProfile(this.deps, input, (p, now) => {
        const content = p.content;
        const next = rewritable(content);
        const items: AppliedRewrite[] = [];
        for (const proposal of chosen) {
          if (proposal.kind === 'summary' && next.summary === proposal.original) {
            next.summary = proposal.proposed;
            items.push({ itemId: proposal.itemId, previous: proposal.original, applied: proposal.proposed });
          }
          const experience = next.experiences.find((e) => e.id === proposal.experienceId);
          if (
            proposal.kind === 'bullet' &&
            experience &&
            experience.bullets[proposal.bulletIndex!] === proposal.original
          ) {
            experience.bullets[proposal.bulletIndex!] = proposal.proposed;
            items.push({ itemId: proposal.itemId, previous: proposal.original, applied: proposal.proposed });
          }
        }
        if (items.length > 0)
          p.patch(
            { ...next, customFields: withoutLegacyEntry(content.customFields, enhancement.id) },
            this.deps.ids,
            now,
          );
        return items;
      });
      if (rewrites.length > 0)
        await this.deps.enhancements.save(Enhancements.apply(enhancement, rewrites, this.deps.clock.now()));
      return toProfileView(profile);
    });
  }
}

/**
 * Puts back the text an applied enhancement replaced, where the profile still holds the applied rewrite.
 * Raises `ENHANCEMENT.NOT_FOUND`, `ENHANCEMENT.NOT_APPLIED`.
 */
export class RestoreEnhancement {
  constructor(private readonly deps: EnhancementDeps) {}

  async execute(input: { userId: string; profileId: string; enhancementId: string }): Promise<ProfileView> {
    const { enhancement } = await loadEnhancement(this.deps, input);
    return this.deps.unitOfWork.run(async () => {
      const { profile } = await changeProfile(this.deps, input, (p, now) => {
        const content = p.content;
        const rewrites = enhancement.applied ?? legacyAppliedRewrites(content, enhancement.id)?.items ?? null;
        if (!rewrites) throw EnhancementErrors.notApplied();
        const next = rewritable(content);
        for (const item of rewrites) {
          if (item.itemId === 'summary') {
            if (next.summary === item.applied) next.summary = item.previous;
            continue;
          }
          const [experienceId, index] = item.itemId.split(':') as [string, string];
          const experience = next.experiences.find((e) => e.id === experienceId);
          if (experience && experience.bullets[Number(index)] === item.applied)
            experience.bullets[Number(index)] = item.previous;
        }
        p.patch(
          { ...next, customFields: withoutLegacyEntry(content.customFields, enhancement.id) },
          this.deps.ids,
          now,
        );
      });
      if (enhancement.applied)
        await this.deps.enhancements.save(Enhancements.restore(enhancement, this.deps.clock.now()));
      return toProfileView(profile);
    });
  }
}
