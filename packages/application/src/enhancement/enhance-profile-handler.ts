import {
  ProfileErrors,
  checkTruthfulness,
  type BackgroundTask,
  type ILLMService,
  type IProfileRepository,
  type ISampleRepository,
  type ITaskHandler,
  type ProfileContent,
  type ProfileFacts,
  type TaskContext,
  type WritingStyle,
} from '@tailor/domain';
import {
  ENHANCEMENT_TASK,
  type DroppedProposal,
  type EnhancementInput,
  type EnhancementProposal,
  type EnhancementResult,
} from './enhancement.js';

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

/**
 * The background work behind `POST /profiles/{id}/enhancements`: rewrites the summary and every bullet in the
 * user's own style (their resume sample first, else their cover letter), then checks each rewrite against
 * the profile with the truthfulness gate. A rewrite that adds a fact (a number, a tool, an employer, a
 * title…) is dropped and reported, never proposed.
 */
export class EnhanceProfileHandler implements ITaskHandler {
  readonly kind = ENHANCEMENT_TASK;

  constructor(
    private readonly profiles: IProfileRepository,
    private readonly samples: ISampleRepository,
    private readonly llm: ILLMService,
  ) {}

  async run(task: BackgroundTask, { reportProgress, signal }: TaskContext): Promise<EnhancementResult> {
    const { profileId } = task.input as EnhancementInput;
    const userId = task.userId;
    const profile = await this.profiles.findById(userId, profileId);
    if (!profile) throw ProfileErrors.notFound();
    const content = profile.content;

    await reportProgress('reading style', 5);
    const [resumeSample, letterSample] = await Promise.all([
      this.samples.findByType(userId, 'resume'),
      this.samples.findByType(userId, 'coverLetter'),
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
      const { value } = await this.llm.run({
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
        const { value } = await this.llm.run({
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
      profileId,
      profileVersion: profile.version,
      styleFrom: sample?.type ?? null,
      proposals,
      dropped,
    };
  }
}
