import type { LlmOutputSchema, LlmTaskMap, LlmTaskName, LlmTaskOutput } from '@tailor/domain';
import { z } from 'zod';

// Output schemas, one per task. Every field is required (absent facts are null or []) so that the JSON Schema
// qualifies for OpenAI's strict structured output, which rejects optional properties.
const text = z.string();
const list = z.array(z.string());
const nullableText = z.string().nullable();

const parsedJob = z.object({
  title: text,
  company: nullableText,
  location: nullableText,
  summary: text,
  responsibilities: list,
  requirements: list,
  niceToHave: list,
  skills: list,
  keywords: list,
});

const parsedResume = z.object({
  fullName: nullableText,
  headline: nullableText,
  contact: z.object({ email: nullableText, phone: nullableText, location: nullableText, links: list }),
  summary: nullableText,
  experiences: z.array(
    z.object({
      title: text,
      company: nullableText,
      location: nullableText,
      startDate: nullableText,
      endDate: nullableText,
      current: z.boolean(),
      bullets: list,
    }),
  ),
  education: z.array(
    z.object({
      institution: text,
      degree: nullableText,
      field: nullableText.default(null),
      startDate: nullableText,
      endDate: nullableText,
      details: list,
    }),
  ),
  skills: list,
  // Added after the first version: a model answering the older shape still passes, with none read.
  certifications: z
    .array(z.object({ name: text, issuer: nullableText.default(null), date: nullableText.default(null) }))
    .default([]),
  languages: z.array(z.object({ language: text, fluency: nullableText.default(null) })).default([]),
  projects: z
    .array(
      z.object({
        name: text,
        description: nullableText.default(null),
        technologies: list.default([]),
        url: nullableText.default(null),
        startDate: nullableText.default(null),
        endDate: nullableText.default(null),
        bullets: list.default([]),
      }),
    )
    .default([]),
  awards: z
    .array(z.object({ title: text, awarder: nullableText.default(null), date: nullableText.default(null) }))
    .default([]),
  volunteer: z
    .array(
      z.object({
        position: text,
        organization: nullableText.default(null),
        startDate: nullableText.default(null),
        endDate: nullableText.default(null),
        bullets: list.default([]),
      }),
    )
    .default([]),
  publications: z.array(z.object({ name: text, date: nullableText.default(null) })).default([]),
  interests: list.default([]),
});

const writingStyle = z.object({
  averageSentenceWords: z.number().min(0),
  person: z.enum(['first', 'third', 'implied']),
  tense: z.enum(['past', 'present', 'mixed']),
  bulletForm: z.enum(['verb_first', 'noun_phrase', 'sentence']),
  favouriteVerbs: z.array(z.string()).max(10),
});

export const taskOutputSchemas = {
  parse_job: parsedJob,
  parse_resume: parsedResume,
  rewrite_bullets: z.object({ bullets: z.array(z.string().min(1)) }),
  write_summary: z.object({ summary: z.string().min(1) }),
  write_cover_letter: z.object({
    salutation: z.string().min(1),
    paragraphs: z.array(z.string().min(1)).min(1),
    closing: z.string().min(1),
  }),
  extract_style: writingStyle,
} as const;

// Compile-time proof that each zod schema describes exactly the domain's output type.
type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type SchemasMatch = {
  [K in LlmTaskName]: Equal<z.infer<(typeof taskOutputSchemas)[K]>, LlmTaskMap[K]['output']>;
};
export type TaskSchemaParity = SchemasMatch[LlmTaskName] extends true ? true : never;
const parity: TaskSchemaParity = true;
void parity;

/** The variable names each task takes; prompts may use these and no others. */
export const taskVariableNames: { [K in LlmTaskName]: ReadonlyArray<keyof LlmTaskMap[K]['variables']> } = {
  parse_job: ['text'],
  parse_resume: ['text'],
  rewrite_bullets: ['bullets', 'keywords', 'style'],
  write_summary: ['profile', 'job'],
  write_cover_letter: ['profile', 'job'],
  extract_style: ['samples'],
};

const describeIssues = (error: z.ZodError): string =>
  error.issues
    .slice(0, 8)
    .map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');

const schemaCache = new Map<LlmTaskName, LlmOutputSchema<unknown>>();

/** The task's output schema in the structural form providers use (JSON Schema + validator). */
export function outputSchemaFor<T extends LlmTaskName>(task: T): LlmOutputSchema<LlmTaskOutput<T>> {
  let schema = schemaCache.get(task);
  if (!schema) {
    const zodSchema: z.ZodType = taskOutputSchemas[task];
    const { $schema: _dialect, ...jsonSchema } = z.toJSONSchema(zodSchema, { target: 'draft-2020-12' });
    void _dialect;
    schema = {
      name: task,
      jsonSchema,
      validate(value: unknown) {
        const parsed = zodSchema.safeParse(value);
        return parsed.success
          ? { ok: true, value: parsed.data }
          : { ok: false, error: describeIssues(parsed.error) };
      },
    };
    schemaCache.set(task, schema);
  }
  return schema as LlmOutputSchema<LlmTaskOutput<T>>;
}
