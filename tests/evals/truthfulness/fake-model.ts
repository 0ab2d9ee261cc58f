/**
 * A fake language model speaking the OpenAI chat-completions protocol on 127.0.0.1: deterministic for a
 * seed, it answers the writing tasks (rewrite_bullets, write_summary, write_cover_letter) from the profile's
 * own facts, injects fabrications into a share of the lines, and records every line it wrote in a ledger.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  FABRICATION_KINDS,
  Rng,
  faithfulBullet,
  faithfulSentences,
  faithfulSkills,
  jobSentences,
  lieBullet,
  lieSentence,
  lieSkills,
  type FabricationKind,
  type LedgerLine,
  type Place,
  type WritingContext,
} from './lines.js';

export interface ModelCall {
  readonly task: string;
  readonly lines: LedgerLine[];
}

const unescape = (s: string) => s.replace(/&lt;/gu, '<').replace(/&gt;/gu, '>').replace(/&amp;/gu, '&');

function variablesOf(user: string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const m of user.matchAll(/<untrusted name="(\w+)">\n([\s\S]*?)\n<\/untrusted>/gu)) {
    const raw = unescape(m[2] ?? '');
    try {
      out[m[1] as string] = JSON.parse(raw);
    } catch {
      out[m[1] as string] = raw;
    }
  }
  return out;
}

const TASK_BY_PROMPT: readonly [RegExp, string][] = [
  [/tighten resume bullets/iu, 'rewrite_bullets'],
  [/cover letter/iu, 'write_cover_letter'],
  [/summary/iu, 'write_summary'],
];

export class FakeModel {
  /** Every call since the last reset, in order. */
  calls: ModelCall[] = [];
  context: WritingContext | null = null;
  /** Share of lines that carry a fabrication. */
  lieRate = 0.25;
  private rng = new Rng(1);

  private constructor(
    private readonly server: Server,
    readonly baseUrl: string,
  ) {}

  static async start(): Promise<FakeModel> {
    let model: FakeModel | null = null;
    const server = createServer((req, res) => void model?.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    model = new FakeModel(server, `http://127.0.0.1:${port}/v1`);
    return model;
  }

  /** A new generation: its context, its seed, an empty ledger. */
  reset(context: WritingContext, seed: number): void {
    this.context = context;
    this.rng = new Rng(seed);
    this.calls = [];
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
      messages: { role: string; content: string }[];
      response_format?: { json_schema?: { name?: string } };
    };
    const system = body.messages.find((m) => m.role === 'system')?.content ?? '';
    const user = body.messages.filter((m) => m.role === 'user')[0]?.content ?? '';
    const task =
      body.response_format?.json_schema?.name ?? TASK_BY_PROMPT.find(([re]) => re.test(system))?.[1] ?? '';
    const answer = this.answer(task, variablesOf(user));
    const content = JSON.stringify(answer);
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        id: `chatcmpl-${this.calls.length}`,
        object: 'chat.completion',
        created: 1_700_000_000,
        model: 'fake-liar-1',
        choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
        usage: {
          prompt_tokens: Math.ceil(user.length / 4),
          completion_tokens: Math.ceil(content.length / 4),
          total_tokens: 0,
        },
      }),
    );
  }

  private answer(task: string, vars: Record<string, unknown>): unknown {
    const ctx = this.context;
    if (ctx === null) throw new Error('FakeModel: no context');
    const lines: LedgerLine[] = [];
    this.calls.push({ task, lines });
    const rng = this.rng;
    const record = (place: Place, kind: LedgerLine['kind'], raw: string) => {
      // "… Ltd.." → "… Ltd.": a name ending in a dot ends the sentence once.
      const text = raw.replace(/\.\.(?=\s|$)/gu, '.');
      lines.push({ place, kind, text });
      return text;
    };
    const sentence = (place: Place, faithful: { kind: LedgerLine['kind']; text: string }): string => {
      if (!rng.chance(this.lieRate)) return record(place, faithful.kind, faithful.text);
      const lie = this.lie(rng, (kind) => lieSentence(rng, ctx, kind));
      return lie ? record(place, lie.kind, lie.text) : record(place, faithful.kind, faithful.text);
    };
    const skills = (): string => {
      if (rng.chance(this.lieRate)) {
        const lie = lieSkills(rng, ctx);
        if (lie) return record('skills', lie.kind, lie.text);
      }
      const f = faithfulSkills(rng, ctx);
      return record('skills', f.kind, f.text);
    };

    if (task === 'rewrite_bullets') {
      const bullets = (vars['bullets'] as string[] | undefined) ?? [];
      return {
        bullets: bullets.map((b) => {
          if (rng.chance(this.lieRate)) {
            const lie = this.lie(rng, (kind) => lieBullet(rng, ctx, b, kind));
            if (lie) return record('bullet', lie.kind, lie.text);
          }
          const f = faithfulBullet(rng, b, ctx.language);
          return record('bullet', `faithful:${f.variant}`, f.text);
        }),
      };
    }
    if (task === 'write_summary') {
      const facts = faithfulSentences(rng, ctx);
      const chosen = facts.filter(() => rng.chance(0.6)).slice(0, 3);
      const parts = (chosen.length > 0 ? chosen : facts.slice(0, 2)).map((f) => sentence('summary', f));
      parts.push(skills());
      return { summary: parts.join(' ') };
    }
    if (task === 'write_cover_letter') {
      const facts = faithfulSentences(rng, ctx);
      const about = jobSentences(rng, ctx).map((f) => record('letter', f.kind, f.text));
      const body = facts.map((f) => sentence('letter', f));
      const company = ctx.job.company ?? 'the';
      const salutations = {
        en: `Dear ${company} Hiring Team,`,
        de: `Sehr geehrtes Team der ${company},`,
        pl: `Szanowni Państwo z ${company},`,
      };
      const closings = {
        en: `I would welcome the chance to discuss how I can contribute to ${ctx.job.company ?? 'your team'}.`,
        de: `Über die Einladung zu einem Gespräch freue ich mich sehr.`,
        pl: `Chętnie opowiem więcej podczas rozmowy.`,
      };
      return {
        salutation: salutations[ctx.language],
        paragraphs: [
          [...about, body[0]].filter(Boolean).join(' '),
          body.slice(1).join(' '),
          [skills(), record('letter', 'faithful:closing line', closings[ctx.language])].join(' '),
        ].filter((p) => p.trim() !== ''),
        closing:
          ctx.language === 'de'
            ? 'Mit freundlichen Grüßen'
            : ctx.language === 'pl'
              ? 'Z poważaniem'
              : 'Sincerely,',
      };
    }
    // Tasks the evaluation does not exercise answer with an empty but valid-looking object.
    return {};
  }

  /** Tries kinds in a seeded order until one applies to this profile and line. */
  private lie(
    rng: Rng,
    make: (kind: FabricationKind) => string | null,
  ): { kind: FabricationKind; text: string } | null {
    const start = rng.int(FABRICATION_KINDS.length);
    for (let i = 0; i < FABRICATION_KINDS.length; i++) {
      const kind = FABRICATION_KINDS[(start + i) % FABRICATION_KINDS.length] as FabricationKind;
      const text = make(kind);
      if (text) return { kind, text };
    }
    return null;
  }
}
