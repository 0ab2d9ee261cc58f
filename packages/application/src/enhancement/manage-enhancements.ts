import { EnhancementErrors, type BackgroundTask, type ITaskQueue } from '@tailor/domain';
import { toTaskView, type TaskView } from '../tasks/task-view.js';
import {
  changeProfile,
  loadOwnProfile,
  toProfileView,
  type ProfileUseCaseDeps,
  type ProfileView,
} from '../profiles/profile-use-case-deps.js';
import {
  ENHANCEMENT_TASK,
  HISTORY_FIELD,
  HISTORY_LIMIT,
  type DroppedProposal,
  type EnhancementHistoryEntry,
  type EnhancementInput,
  type EnhancementProposal,
  type EnhancementResult,
} from './enhancement.js';

export interface EnhancementDeps extends ProfileUseCaseDeps {
  queue: ITaskQueue;
}

export interface EnhancementView {
  id: string;
  profileId: string;
  task: TaskView;
  styleFrom: EnhancementResult['styleFrom'];
  proposals: EnhancementProposal[];
  dropped: DroppedProposal[];
}

/** Starts rewriting a profile in the user's style, as a background task (202 with the task). */
export class StartEnhancement {
  constructor(private readonly deps: EnhancementDeps) {}

  async execute(input: { userId: string; profileId: string }): Promise<TaskView> {
    await loadOwnProfile(this.deps, input.userId, input.profileId);
    const payload: EnhancementInput = { profileId: input.profileId };
    return toTaskView(await this.deps.queue.submit(ENHANCEMENT_TASK, input.userId, payload));
  }
}

async function loadEnhancement(
  deps: EnhancementDeps,
  input: { userId: string; profileId: string; enhancementId: string },
): Promise<BackgroundTask> {
  const task = await deps.queue.get(input.userId, input.enhancementId);
  if (
    !task ||
    task.kind !== ENHANCEMENT_TASK ||
    (task.input as EnhancementInput | null)?.profileId !== input.profileId
  )
    throw EnhancementErrors.notFound();
  return task;
}

const toView = (task: BackgroundTask): EnhancementView => {
  const result = task.status === 'succeeded' ? (task.result as EnhancementResult) : null;
  return {
    id: task.id,
    profileId: (task.input as EnhancementInput).profileId,
    task: toTaskView({ ...task, result: null }),
    styleFrom: result?.styleFrom ?? null,
    proposals: result?.proposals ?? [],
    dropped: result?.dropped ?? [],
  };
};

/** Status, progress and, once done, each proposal beside its original. Raises `ENHANCEMENT.NOT_FOUND`. */
export class GetEnhancement {
  constructor(private readonly deps: EnhancementDeps) {}

  async execute(input: {
    userId: string;
    profileId: string;
    enhancementId: string;
  }): Promise<EnhancementView> {
    return toView(await loadEnhancement(this.deps, input));
  }
}

const historyOf = (customFields: Record<string, unknown>): EnhancementHistoryEntry[] =>
  Array.isArray(customFields[HISTORY_FIELD])
    ? (customFields[HISTORY_FIELD] as EnhancementHistoryEntry[])
    : [];

/**
 * Applies the accepted proposals (`itemIds`, default all) as one new profile version. A proposal whose
 * original no longer matches the profile (edited since) is skipped. The replaced text is kept in
 * `customFields.enhancementHistory` so RestoreEnhancement can put it back. Raises `ENHANCEMENT.NOT_FOUND`,
 * `ENHANCEMENT.NOT_READY`, `PROFILE.*`.
 */
export class ApplyEnhancement {
  constructor(private readonly deps: EnhancementDeps) {}

  async execute(input: {
    userId: string;
    profileId: string;
    enhancementId: string;
    itemIds?: string[] | undefined;
  }): Promise<ProfileView> {
    const task = await loadEnhancement(this.deps, input);
    if (task.status !== 'succeeded') throw EnhancementErrors.notReady(task.status);
    const { proposals } = task.result as EnhancementResult;
    const wanted = input.itemIds ? new Set(input.itemIds) : null;
    const chosen = proposals.filter((p) => !wanted || wanted.has(p.itemId));
    const { profile } = await changeProfile(this.deps, input, (p, now) => {
      const content = p.content;
      const items: EnhancementHistoryEntry['items'] = [];
      let summary = content.summary;
      const experiences = content.experiences.map((e) => ({ ...e, bullets: [...e.bullets] }));
      for (const proposal of chosen) {
        if (proposal.kind === 'summary' && summary === proposal.original) {
          summary = proposal.proposed;
          items.push({ itemId: proposal.itemId, previous: proposal.original, applied: proposal.proposed });
        }
        const experience = experiences.find((e) => e.id === proposal.experienceId);
        if (
          proposal.kind === 'bullet' &&
          experience &&
          experience.bullets[proposal.bulletIndex!] === proposal.original
        ) {
          experience.bullets[proposal.bulletIndex!] = proposal.proposed;
          items.push({ itemId: proposal.itemId, previous: proposal.original, applied: proposal.proposed });
        }
      }
      if (items.length === 0) return;
      const entry: EnhancementHistoryEntry = { enhancementId: task.id, appliedAt: now.toISOString(), items };
      const history = [...historyOf(content.customFields).filter((h) => h.enhancementId !== task.id), entry];
      p.patch(
        {
          summary,
          experiences,
          customFields: { ...content.customFields, [HISTORY_FIELD]: history.slice(-HISTORY_LIMIT) },
        },
        this.deps.ids,
        now,
      );
    });
    return toProfileView(profile);
  }
}

/**
 * Puts back the text an applied enhancement replaced, where the profile still holds the applied rewrite.
 * Raises `ENHANCEMENT.NOT_FOUND`, `ENHANCEMENT.NOT_APPLIED`.
 */
export class RestoreEnhancement {
  constructor(private readonly deps: EnhancementDeps) {}

  async execute(input: { userId: string; profileId: string; enhancementId: string }): Promise<ProfileView> {
    await loadEnhancement(this.deps, input);
    const { profile } = await changeProfile(this.deps, input, (p, now) => {
      const content = p.content;
      const history = historyOf(content.customFields);
      const entry = history.find((h) => h.enhancementId === input.enhancementId);
      if (!entry) throw EnhancementErrors.notApplied();
      let summary = content.summary;
      const experiences = content.experiences.map((e) => ({ ...e, bullets: [...e.bullets] }));
      for (const item of entry.items) {
        if (item.itemId === 'summary') {
          if (summary === item.applied) summary = item.previous;
          continue;
        }
        const [experienceId, index] = item.itemId.split(':') as [string, string];
        const experience = experiences.find((e) => e.id === experienceId);
        if (experience && experience.bullets[Number(index)] === item.applied)
          experience.bullets[Number(index)] = item.previous;
      }
      p.patch(
        {
          summary,
          experiences,
          customFields: {
            ...content.customFields,
            [HISTORY_FIELD]: history.filter((h) => h.enhancementId !== input.enhancementId),
          },
        },
        this.deps.ids,
        now,
      );
    });
    return toProfileView(profile);
  }
}
