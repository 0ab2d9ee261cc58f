import type {
  ILLMService,
  LlmRunRequest,
  LlmRunResult,
  LlmTaskName,
  LlmTaskOutput,
  LlmTaskVariables,
  ProfileFacts,
} from '@tailor/domain';

const tokens = (value: unknown): number => Math.ceil(JSON.stringify(value).length / 4);

/** Tightens a bullet the way the local engine does, without adding anything: drops filler, no full stop. */
const tighten = (bullet: string): string => {
  const t = bullet
    .trim()
    .replace(/^(responsible for|helped to|worked on)\s+/i, '')
    .replace(/\.$/, '');
  return t.charAt(0).toUpperCase() + t.slice(1);
};

/**
 * A deterministic stand-in for the local engine: every output is built from the input's own facts, so the
 * truthfulness gate should find nothing to remove. Records each call (task and variables).
 */
export class DeterministicFakeLlm implements ILLMService {
  readonly calls: { task: LlmTaskName; variables: unknown }[] = [];

  async run<T extends LlmTaskName>(request: LlmRunRequest<T>): Promise<LlmRunResult<T>> {
    this.calls.push({ task: request.task, variables: structuredClone(request.variables) });
    const value = this.answer(request.task, request.variables) as LlmTaskOutput<T>;
    return {
      value,
      rawText: JSON.stringify(value),
      usage: {
        provider: 'local',
        model: 'fake-local-1',
        inputTokens: tokens(request.variables),
        outputTokens: tokens(value),
        latencyMs: 0,
      },
      promptId: request.task,
      promptVersion: 1,
    };
  }

  protected answer<T extends LlmTaskName>(task: T, variables: LlmTaskVariables<T>): unknown {
    switch (task) {
      case 'rewrite_bullets': {
        const v = variables as LlmTaskVariables<'rewrite_bullets'>;
        return { bullets: v.bullets.map(tighten) };
      }
      case 'write_summary': {
        const v = variables as LlmTaskVariables<'write_summary'>;
        return { summary: summaryOf(v.profile) };
      }
      case 'write_cover_letter': {
        const v = variables as LlmTaskVariables<'write_cover_letter'>;
        const latest = v.profile.experiences[0];
        const paragraphs = [
          `I am writing to apply for the ${v.job.title} position${v.job.company ? ` at ${v.job.company}` : ''}.`,
          ...(latest
            ? [
                `Most recently I worked as ${latest.title} at ${latest.company}.`,
                ...latest.bullets.slice(0, 2).map((b) => `${tighten(b)}.`),
              ]
            : []),
          v.profile.skills.length > 0 ? `My skills include ${v.profile.skills.slice(0, 4).join(', ')}.` : '',
        ].filter(Boolean);
        return {
          salutation: 'Dear Hiring Manager,',
          paragraphs: [paragraphs.join(' ')],
          closing: 'Sincerely,',
        };
      }
      default:
        throw new Error(`DeterministicFakeLlm does not do ${task}`);
    }
  }
}

const summaryOf = (profile: ProfileFacts): string => {
  const parts: string[] = [];
  if (profile.headline) parts.push(`${profile.headline}.`);
  const companies = [...new Set(profile.experiences.map((e) => e.company))].slice(0, 2);
  if (companies.length > 0) parts.push(`Experience at ${companies.join(' and ')}.`);
  if (profile.skills.length > 0) parts.push(`Skills include ${profile.skills.slice(0, 5).join(', ')}.`);
  return parts.join(' ') || profile.fullName;
};

/**
 * A model that makes things up: an employer and a metric in the first bullet, a tool in the second, and a whole invented sentence in a cover letter. With `everywhere`, every bullet gets an
 * invented metric and the summary a tool (so the gate must give up).
 */
export class InventingFakeLlm extends DeterministicFakeLlm {
  static readonly EMPLOYER = 'Initech';
  static readonly METRIC = '87%';
  static readonly TOOL = 'Haskell';

  constructor(private readonly options: { everywhere?: boolean } = {}) {
    super();
  }

  protected override answer<T extends LlmTaskName>(task: T, variables: LlmTaskVariables<T>): unknown {
    const honest = super.answer(task, variables);
    const { EMPLOYER, METRIC, TOOL } = InventingFakeLlm;
    if (task === 'rewrite_bullets') {
      const bullets = (honest as { bullets: string[] }).bullets.map((b, i) => {
        if (this.options.everywhere) return `${b}, raising revenue by ${METRIC}`;
        if (i === 0) return `${b} at ${EMPLOYER}, cutting costs by ${METRIC}`;
        if (i === 1) return `${b} using ${TOOL}`;
        return b;
      });
      return { bullets };
    }
    if (task === 'write_summary' && this.options.everywhere) {
      const { summary } = honest as { summary: string };
      return { summary: `${summary} Expert in ${TOOL}.` };
    }
    if (task === 'write_cover_letter') {
      const letter = honest as { salutation: string; paragraphs: string[]; closing: string };
      const invented = `Before that I led a team of 40 engineers at ${EMPLOYER}, growing sales by ${METRIC}.`;
      return {
        ...letter,
        paragraphs: this.options.everywhere
          ? [invented, `I also wrote ${TOOL} for ${EMPLOYER}.`]
          : [...letter.paragraphs, invented],
      };
    }
    return honest;
  }
}
