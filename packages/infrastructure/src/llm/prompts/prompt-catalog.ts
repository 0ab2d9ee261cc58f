import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LLM_TASK_NAMES, type LlmTaskName, type LlmTaskVariables, type RenderedPrompt } from '@tailor/domain';
import { parse as parseYaml } from 'yaml';
import { taskVariableNames } from '../tasks/task-schemas.js';

/** Raised at start-up for a missing or inconsistent prompt file; the message names the file and the problem. */
export class PromptCatalogError extends Error {
  override readonly name = 'PromptCatalogError';
}

interface PromptTemplate {
  id: string;
  version: number;
  task: LlmTaskName;
  variables: string[];
  untrusted: Set<string>;
  system: string;
  user: string;
  file: string;
}

const FILE_NAME = /^([a-z_]+)\.v(\d+)\.md$/u;
const PLACEHOLDER = /\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/gu;

const placeholders = (template: string): string[] =>
  [...template.matchAll(PLACEHOLDER)].map((match) => match[1] as string);

// Untrusted text may not close its own delimiter or open a fake one: angle brackets and ampersands become
// entities, which models read as the characters they stand for.
const escapeUntrusted = (value: string): string =>
  value.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

const asText = (value: unknown): string =>
  typeof value === 'string' ? value : JSON.stringify(value, null, 2);

/**
 * The prompt templates in `prompts/`, one file per task and version (`<task>.v<N>.md`: YAML front matter,
 * then a `# system` and a `# user` section with `{{variable}}` placeholders). Loading checks everything it
 * can so that a broken prompt stops start-up instead of failing a user's request: every task has a prompt,
 * the front matter agrees with the file name, every placeholder is a declared variable of the task, and
 * untrusted variables appear only in the user message, inside delimiters.
 */
export class PromptCatalog {
  private constructor(private readonly templates: Map<LlmTaskName, PromptTemplate>) {}

  /**
   * Loads the newest version of each task's prompt, or the version pinned in `versions`.
   * Throws `PromptCatalogError` naming the file and the problem.
   */
  static load(folder: string, versions: Partial<Record<LlmTaskName, number>> = {}): PromptCatalog {
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      throw new PromptCatalogError(`Prompt folder ${folder} cannot be read.`);
    }
    const templates = new Map<LlmTaskName, PromptTemplate>();
    for (const task of LLM_TASK_NAMES) {
      const candidates = names
        .map((name) => FILE_NAME.exec(name))
        .filter((match): match is RegExpExecArray => match !== null && match[1] === task)
        .map((match) => ({ file: match[0], version: Number(match[2]) }))
        .filter((candidate) => versions[task] === undefined || candidate.version === versions[task])
        .sort((a, b) => b.version - a.version);
      const chosen = candidates[0];
      if (!chosen) {
        const wanted = versions[task] === undefined ? `${task}.v<N>.md` : `${task}.v${versions[task]}.md`;
        throw new PromptCatalogError(`Prompt file ${join(folder, wanted)} is missing.`);
      }
      templates.set(task, parseTemplate(join(folder, chosen.file), task, chosen.version));
    }
    return new PromptCatalog(templates);
  }

  /** The prompt for `task` with its variables filled in; untrusted ones escaped and delimited. */
  render<T extends LlmTaskName>(task: T, variables: LlmTaskVariables<T>): RenderedPrompt {
    const template = this.templates.get(task);
    if (!template) throw new PromptCatalogError(`No prompt is loaded for task ${task}.`);
    const values = variables as Record<string, unknown>;
    const fill = (section: string) =>
      section.replace(PLACEHOLDER, (_whole, name: string) => {
        const value = asText(values[name] ?? null);
        return template.untrusted.has(name)
          ? `<untrusted name="${name}">\n${escapeUntrusted(value)}\n</untrusted>`
          : value;
      });
    return {
      id: template.id,
      version: template.version,
      system: fill(template.system),
      user: fill(template.user),
    };
  }

  describe(task: LlmTaskName): { id: string; version: number; file: string } {
    const template = this.templates.get(task) as PromptTemplate;
    return { id: template.id, version: template.version, file: template.file };
  }
}

function parseTemplate(file: string, task: LlmTaskName, version: number): PromptTemplate {
  const fail = (problem: string): never => {
    throw new PromptCatalogError(`Prompt file ${file}: ${problem}`);
  };
  const source = readFileSync(file, 'utf8').replace(/\r\n/gu, '\n');
  const frontMatter = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(source);
  if (!frontMatter) return fail('must start with YAML front matter between --- lines');
  let meta: Record<string, unknown>;
  try {
    meta = (parseYaml(frontMatter[1] as string) ?? {}) as Record<string, unknown>;
  } catch (error) {
    return fail(`front matter is not valid YAML (${(error as Error).message})`);
  }
  if (meta['task'] !== task) fail(`front matter task must be "${task}"`);
  if (meta['version'] !== version) fail(`front matter version must be ${version}, as in the file name`);
  if (meta['output'] !== task) fail(`front matter output must name the "${task}" output schema`);
  if (typeof meta['id'] !== 'string' || meta['id'] === '') fail('front matter id is missing');
  const stringList = (key: string): string[] => {
    const value = meta[key] ?? [];
    if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
      return fail(`front matter ${key} must be a list of names`);
    return value as string[];
  };
  const variables = stringList('variables');
  const untrusted = stringList('untrusted');
  const known: readonly string[] = taskVariableNames[task] as readonly string[];
  for (const name of variables)
    if (!known.includes(name)) fail(`unknown variable "${name}" (task ${task} has: ${known.join(', ')})`);
  for (const name of untrusted)
    if (!variables.includes(name)) fail(`untrusted variable "${name}" is not declared in variables`);

  const body = frontMatter[2] as string;
  const sections = /^# system\n([\s\S]*?)\n# user\n([\s\S]*)$/mu.exec(body.trim());
  if (!sections) return fail('body must have a "# system" section followed by a "# user" section');
  const [system, user] = [(sections[1] as string).trim(), (sections[2] as string).trim()];
  for (const name of [...placeholders(system), ...placeholders(user)])
    if (!variables.includes(name)) fail(`placeholder {{${name}}} is not a declared variable`);
  for (const name of placeholders(system))
    if (untrusted.includes(name)) fail(`untrusted variable {{${name}}} may only appear in the user section`);
  for (const name of variables)
    if (!placeholders(user).includes(name) && !placeholders(system).includes(name))
      fail(`declared variable "${name}" is never used`);
  return {
    id: meta['id'] as string,
    version,
    task,
    variables,
    untrusted: new Set(untrusted),
    system,
    user,
    file,
  };
}
