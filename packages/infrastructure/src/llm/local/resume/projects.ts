import type { ParsedResumeProject } from '@tailor/domain';
import { LIST_SEPARATORS, splitList } from '../text-tools.js';
import { LINK } from './contact.js';
import { findRange, findSingle, withoutDates } from './dates.js';
import { bulletsOf } from './experience.js';
import { toLines, wordCount, type Line } from './lines.js';

/**
 * Projects as resumes list them, students' and engineers' above all: a header line naming the project, often
 * with its technologies, link and dates ("Gitlytics | Python, Flask, React, PostgreSQL   June 2020 – Present",
 * "Tailor (TypeScript, Fastify) – github.com/ada/tailor", "Budget App: a React Native app for shared
 * expenses"), then bullets. Copied as written; nothing is completed.
 */
export function parseProjects(section: readonly string[]): ParsedResumeProject[] {
  const lines = toLines(section);
  const marked = lines.some((line) => line.bullet !== null);
  const projects: ParsedResumeProject[] = [];
  let header: Omit<ParsedResumeProject, 'bullets'> | null = null;
  let body: Line[] = [];
  const flush = () => {
    if (header !== null) projects.push({ ...header, ...bodyOf(header, body) });
  };
  for (const line of lines) {
    if (startsProject(line, marked, header !== null, body)) {
      flush();
      header = readHeader(line.text);
      body = [];
    } else if (header !== null) body.push(line);
  }
  flush();
  return projects.filter((project) => project.name !== '');
}

// A header is short, not a sentence, and starts with a capital or a digit ("3D Print Farm").
const headerShaped = (line: Line): boolean =>
  line.bullet === null &&
  wordCount(line.text, 20) <= 16 &&
  !/[.!?;]$/u.test(line.text) &&
  /^[\p{Lu}\p{N}]/u.test(line.text);

const HEADER_MARKS = /\s[|–—·]\s|\s{3,}|\t|:\s/u;

/**
 * Whether a line opens a project. Where bullets carry markers, every unmarked header-shaped line does; without
 * markers, one after a blank line, one with dates, a link or separators, or the first after a finished sentence.
 */
function startsProject(line: Line, marked: boolean, open: boolean, body: readonly Line[]): boolean {
  if (!headerShaped(line) || (open && TECH_LABEL.test(line.text))) return false;
  if (!open || marked) return true;
  const previous = body.at(-1);
  return (
    line.blankBefore ||
    findRange(line.text) !== null ||
    LINK.test(line.text) ||
    HEADER_MARKS.test(line.text) ||
    previous === undefined ||
    /[.!?]$/u.test(previous.text)
  );
}

const URL = new RegExp(`https?://\\S+|${LINK.source}`, 'iu');
// "Tech: …", "Technologies: …", "Stack: …", "Built with: …", "Technologien: …", "Technologie: …".
const TECH_LABEL =
  /^(?:tech(?:nologies|nology|nologien|nologie|nologías|nologies utilisées)?(?:\s+(?:stack|used))?|stack|tools|built with|tools used|narzędzia|herramientas|outils)\s*:\s*/iu;

function readHeader(text: string): Omit<ParsedResumeProject, 'bullets'> {
  const range = findRange(text);
  const single = range ? null : findSingle(text);
  const dates = range ?? single;
  let rest = dates ? withoutDates(text, dates) : text;
  const url = URL.exec(rest)?.[0]?.replace(/[).,;]+$/u, '') ?? null;
  if (url !== null) rest = rest.replace(url, ' ');
  const parts = rest
    .split(/\s+[|–—·]\s+|\s{3,}|\t/u)
    .map((part) => part.replace(/^[\s,;:()|–—-]+|[\s,;:(|–—-]+$/gu, '').trim())
    .filter(Boolean);
  let [name = '', ...others] = parts;
  // "Gitlytics (Python, Flask)": technologies in brackets after the name.
  const bracketed = /^(.+?)\s*\(([^)]*,[^)]*)\)$/u.exec(name);
  if (bracketed) [name, others] = [bracketed[1] as string, [bracketed[2] as string, ...others]];
  // "Budget App: a React Native app for shared expenses": a short name before a colon, a description after.
  const colon = /^([^:]{2,60}):\s+(.+)$/u.exec(name);
  if (colon && wordCount(colon[1] as string, 8) <= 6)
    [name, others] = [colon[1] as string, [colon[2] as string, ...others]];
  const technologies: string[] = [];
  const description: string[] = [];
  for (const part of others) {
    const labelled = TECH_LABEL.exec(part);
    if (labelled) technologies.push(...techList(part.slice(labelled[0].length)));
    else if (isTechList(part)) technologies.push(...techList(part));
    else description.push(part);
  }
  return {
    name: name.trim(),
    description: description.length > 0 ? description.join(' — ') : null,
    technologies,
    url,
    startDate: dates?.start ?? dates?.end ?? null,
    endDate: range ? (range.current ? null : range.end) : null,
  };
}

const techList = (text: string): string[] =>
  splitList(text, LIST_SEPARATORS)
    .map((item) => item.trim())
    .filter(Boolean);

/** "Python, Flask, React, PostgreSQL": several short items and no sentence. */
function isTechList(text: string): boolean {
  const items = techList(text);
  return items.length >= 2 && items.every((item) => wordCount(item, 5) <= 3) && !/[.!?]$/u.test(text);
}

/** A project's bullets; a "Technologies: …" line among them lists technologies instead. */
function bodyOf(
  header: Omit<ParsedResumeProject, 'bullets'>,
  body: readonly Line[],
): Pick<ParsedResumeProject, 'technologies' | 'bullets'> {
  const technologies = [...header.technologies];
  const kept = body.filter((line) => {
    const labelled = TECH_LABEL.exec(line.bullet ?? line.text);
    if (!labelled) return true;
    technologies.push(...techList((line.bullet ?? line.text).slice(labelled[0].length)));
    return false;
  });
  return { technologies: [...new Set(technologies)], bullets: bulletsOf(kept) };
}
