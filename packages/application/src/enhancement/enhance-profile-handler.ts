import {
  DomainError,
  Enhancements,
  ProfileErrors,
  TaskErrors,
  checkTruthfulness,
  isCancelledByOwner,
  isDomainError,
  type BackgroundTask,
  type DroppedProposal,
  type Enhancement,
  type EnhancementOutcome,
  type EnhancementProposal,
  type IClock,
  type IEnhancementRepository,
  type ILLMService,
  type IProfileRepository,
  type ISampleRepository,
  type ITaskHandler,
  type ProfileContent,
  type ProfileFacts,
  type TaskContext,
  type WritingStyle,
} from '@tailor/domain';
import { ENHANCEMENT_TASK, type EnhancementTaskResult } from './enhancement.js';
import type { EnhancementEventLog } from './enhancement-events.js';
import { adoptLegacyTask } from './legacy-enhancements.js';

const profileFacts = (content: ProfileContent): ProfileFacts => ({
  fullName: content.fullName,
  headline: content.headline,
  experiences: content.experiences.map(({ title, company, startDate, endDate, bullets }) => ({
    title,
    company,
    startDate,
    endDate,
    bullets,
  })),
  skills: [...content.skills.technical, ...content.skills.tools, ...content.skills.soft],
});

export interface EnhanceProfileDeps {
  profiles: IProfileRepository;
  samples: ISampleRepository;
  enhancements: IEnhancementRepository;
  llm: ILLMService;
  clock: IClock;
  /** Where followers hear of each change (the enhancement's event stream); none in some tests. */
  events?: EnhancementEventLog;
}

/**
 * The background work behind `POST /profiles/{id}/enhancements`: rewrites the summary and every bullet in the
 * user's own style (their resume sample first, else their cover letter), then checks each rewrite against
 * the profile with the truthfulness gate. A rewrite that adds a fact (a number, a tool, an employer, a
 * title…) is dropped and reported, never proposed. The Enhancement record owns the state; the task only
 * delivers the work (same id) and ends as the enhancement did.
 */
export class EnhanceProfileHandler implements ITaskHandler {
  readonly kind = ENHANCEMENT_TASK;

  constructor(private readonly deps: EnhanceProfileDeps) {}

  async run(task: BackgroundTask, context: TaskContext): Promise<EnhancementTaskResult> {
    const { enhancements, clock } = this.deps;
    const found = await enhancements.findById(task.userId, task.id);
    let enhancement = found ?? adoptLegacyTask(task);
    if (!found) await enhancements.add(enhancement);
    // Every change is stored, then told to the enhancement's followers (its event stream).
    const store = async (next: Enhancement) => {
      enhancement = next;
      await enhancements.save(next);
      await this.deps.events?.publishState(next);
    };
    enhancement = Enhancements.start(enhancement, clock.now());
    if (enhancement.status !== 'running') return taskOutcome(enhancement);
    await store(enhancement);

    const reportProgress = async (stage: string, progress: number) => {
      await context.reportProgress(stage, progress);
      await store(Enhancements.progress(enhancement, stage, progress, clock.now()));
    };
    try {
      const outcome = await this.propose(enhancement, { reportProgress, signal: context.signal });
      await store(Enhancements.succeed(enhancement, outcome, clock.now()));
      return { enhancementId: enhancement.id, status: 'succeeded' };
    } catch (error) {
      // Handed back at shutdown or with a lost lease: another worker starts it again, so it stays running.
      if (context.signal.aborted && !isCancelledByOwner(context.signal)) throw error;
      const cancelled = isCancelledByOwner(context.signal);
      const ended = Enhancements.end(
        enhancement,
        cancelled ? 'cancelled' : 'failed',
        cancelled
          ? null
          : isDomainError(error)
            ? { code: error.code, message: error.message }
            : TaskErrors.failed(error instanceof Error ? error.message : String(error)),
        clock.now(),
      );
      await store(ended);
      throw error;
    }
  }

  private async propose(
    enhancement: Enhancement,
    { reportProgress, signal }: TaskContext,
  ): Promise<EnhancementOutcome> {
    const { profileId, userId } = enhancement;
    const profile = await this.deps.profiles.findById(userId, profileId);
    if (!profile) throw ProfileErrors.notFound();
    const content = profile.content;

    await reportProgress('reading style', 5);
    const [resumeSample, letterSample] = await Promise.all([
      this.deps.samples.findByType(userId, 'resume'),
      this.deps.samples.findByType(userId, 'coverLetter'),
    ]);
    const sample = resumeSample ?? letterSample;
    const style: WritingStyle | null = sample?.style ?? null;

    const candidates: EnhancementProposal[] = [];
    const steps = content.experiences.length + (content.summary ? 1 : 0);
    let done = 0;
    const step = async (stage: string) => {
      done += 1;
      await reportProgress(stage, 10 + Math.round((80 * done) / Math.max(steps, 1)));
    };

    if (content.summary) {
      signal.throwIfAborted();
      const { value } = await this.deps.llm.run({
        task: 'write_summary',
        variables: {
          profile: profileFacts(content),
          // No target job: aim at the person's own current role.
          job: {
            title: content.headline ?? content.experiences[0]?.title ?? content.fullName,
            company: null,
            keywords: [],
          },
        },
        userId,
      });
      candidates.push({
        itemId: 'summary',
        kind: 'summary',
        experienceId: null,
        bulletIndex: null,
        original: content.summary,
        proposed: value.summary,
      });
      await step('rewriting summary');
    }

    for (const experience of content.experiences) {
      signal.throwIfAborted();
      if (experience.bullets.length > 0) {
        const { value } = await this.deps.llm.run({
          task: 'rewrite_bullets',
          variables: { bullets: experience.bullets, keywords: [], style },
          userId,
        });
        experience.bullets.forEach((original, index) => {
          const proposed = value.bullets[index];
          if (proposed === undefined) return;
          candidates.push({
            itemId: `${experience.id}:${index}`,
            kind: 'bullet',
            experienceId: experience.id,
            bulletIndex: index,
            original,
            proposed,
          });
        });
      }
      await step(`rewriting bullets: ${experience.company}`);
    }

    await reportProgress('checking facts', 95);
    const proposals: EnhancementProposal[] = [];
    const dropped: DroppedProposal[] = [];
    for (const candidate of candidates) {
      const proposed = candidate.proposed.trim();
      if (proposed === '' || proposed === candidate.original.trim()) continue;
      const report = checkTruthfulness(content, { kind: 'text', text: proposed });
      if (report.passed) proposals.push({ ...candidate, proposed });
      else
        dropped.push({
          ...candidate,
          proposed,
          reasons: report.claims
            .filter((claim) => claim.verdict === 'unsupported')
            .map((claim) => `${claim.type} "${claim.text}": ${claim.reason}`),
        });
    }
    return {
      profileVersion: profile.version,
      styleFrom: sample?.type ?? null,
      proposals,
      dropped,
    };
  }
}

/** A task whose enhancement already ended ends the same way (never a `succeeded` task beside a failed one). */
function taskOutcome(enhancement: Enhancement): EnhancementTaskResult {
  if (enhancement.status === 'failed')
    throw DomainError.restore(enhancement.error ?? TaskErrors.failed('The enhancement failed.'));
  if (enhancement.status === 'cancelled') throw TaskErrors.cancelled();
  return { enhancementId: enhancement.id, status: enhancement.status };
}
