import {
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
  type TaskError,
  type WorkOutcome,
  type WritingStyle,
} from '@tailor/domain';
import { ENHANCEMENT_TASK } from './enhancement.js';
import { publishEnhancement, type EnhancementEventLog } from './enhancement-events.js';

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

  async run(task: BackgroundTask, context: TaskContext): Promise<WorkOutcome> {
    const { enhancements, clock } = this.deps;
    const found = await enhancements.findById(task.userId, task.subjectId);
    if (!found) return { status: 'cancelled' };
    let enhancement = found;
    // Every change is stored, then told to the enhancement's followers (its event stream).
    const store = async (next: Enhancement) => {
      enhancement = next;
      await enhancements.save(next);
      await publishEnhancement(this.deps.events, next);
    };
    enhancement = Enhancements.start(enhancement, clock.now());
    if (enhancement.status !== 'running') return outcomeOf(enhancement);
    await store(enhancement);

    // Each step is stored, then waiting requests run before the next one (the steps are CPU-bound with the
    // local engine on a large profile).
    const reportProgress = async (stage: string, progress: number) => {
      await store(Enhancements.progress(enhancement, stage, progress, clock.now()));
      await context.yieldToRequests();
    };
    try {
      const outcome = await this.propose(enhancement, { reportProgress, signal: context.signal });
      await store(Enhancements.succeed(enhancement, outcome, clock.now()));
    } catch (error) {
      // Handed back at shutdown or with a lost lease: another worker starts it again, so it stays running.
      if (context.signal.aborted && !isCancelledByOwner(context.signal)) throw error;
      const cancelled = isCancelledByOwner(context.signal);
      await store(
        Enhancements.end(
          enhancement,
          cancelled ? 'cancelled' : 'failed',
          cancelled
            ? null
            : isDomainError(error)
              ? { code: error.code, message: error.message }
              : TaskErrors.failed(error instanceof Error ? error.message : String(error)),
          clock.now(),
        ),
      );
    }
    return outcomeOf(enhancement);
  }

  /** Cancelled by its owner (through the task view, on any instance): the rewriting must stop. */
  async isCancelled(task: BackgroundTask): Promise<boolean> {
    const enhancement = await this.deps.enhancements.findById(task.userId, task.subjectId);
    return !enhancement || enhancement.status === 'cancelled';
  }

  async giveUp(task: BackgroundTask, error: TaskError): Promise<void> {
    const enhancement = await this.deps.enhancements.findById(task.userId, task.subjectId);
    if (!enhancement) return;
    const ended = Enhancements.end(enhancement, 'failed', error, this.deps.clock.now());
    if (ended === enhancement) return;
    await this.deps.enhancements.save(ended);
    await publishEnhancement(this.deps.events, ended);
  }

  private async propose(
    enhancement: Enhancement,
    {
      reportProgress,
      signal,
    }: { reportProgress: (stage: string, progress: number) => Promise<void>; signal: AbortSignal },
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

/** How the run ended, as the enhancement records it. */
function outcomeOf(enhancement: Enhancement): WorkOutcome {
  if (enhancement.status === 'failed')
    return { status: 'failed', error: enhancement.error ?? TaskErrors.failed('The enhancement failed.') };
  return { status: enhancement.status === 'succeeded' ? 'succeeded' : 'cancelled' };
}
