// A deliberately simple heading/bullet parser the LLM tests inject into the local engine, so they do not
// depend on the domain parser's vocabulary (production injects parseJobWithDomainParser).
import type { ParsedJob } from '@tailor/domain';
import { BULLET, joinWrapped, sentences, splitList } from '../../src/llm/local/text-tools.js';

type JobSection = 'about' | 'responsibilities' | 'requirements' | 'niceToHave' | 'skills' | 'other';

const HEADINGS: Array<[RegExp, JobSection]> = [
  [
    /benefit|perks|what we offer|how to apply|compensation|salary|equal opportunit|diversity|interview/iu,
    'other',
  ],
  [/preferred|nice to have|bonus|pluses|desired/iu, 'niceToHave'],
  [/responsibilit|what you('| wi)ll do|duties|the role|in this role|day to day/iu, 'responsibilities'],
  [
    /requirement|qualification|what you('| wi)ll bring|must have|who you are|experience required|required experience/iu,
    'requirements',
  ],
  [/skills|tools|technolog|tech stack/iu, 'skills'],
  [/about|overview|summary|description|position/iu, 'about'],
];

const headingName = (line: string): string =>
  line
    .trim()
    .replace(/^#+\s*/u, '')
    .replace(/\s*[:–—-]$/u, '')
    .trim();

// "Requirements:", "## Requirements", "Skills required -", or a bare short line that names a known section.
const isHeading = (line: string): boolean => {
  const trimmed = line.trim();
  if (
    /^[^.!?]{2,60}:$/u.test(trimmed) ||
    /^#{1,4}\s+\S/u.test(trimmed) ||
    /^[^.!?:]{2,40}\s[–—-]$/u.test(trimmed)
  )
    return true;
  const name = headingName(trimmed);
  return (
    !BULLET.test(line) &&
    name.split(/\s+/u).length <= 4 &&
    /^[A-Z]/u.test(name) &&
    !/[.,;]$/u.test(name) &&
    HEADINGS.some(([pattern]) => pattern.test(name))
  );
};

const NOT_SKILLS =
  /^(job type|salary|pay|compensation|experience|education|schedule|location|benefits|work|shift)$/iu;

/**
 * A plain heading-and-bullet reader of job postings: good enough to feed the local engine (and its tests)
 * until the domain's own job parser is injected in its place. Copies text; invents nothing.
 */
export function parseJobText(text: string): ParsedJob {
  const lines = text
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    .map((line) => line.trimEnd());
  const firstHeading = lines.findIndex((line) => line.trim() !== '' && isHeading(line));
  const head = (firstHeading < 0 ? lines : lines.slice(0, firstHeading)).filter((line) => line.trim() !== '');
  // Title, company and location come from the lines before the first heading; salary lines and lone
  // dashes are skipped.
  const preamble = (firstHeading < 0 ? head.slice(0, 3) : head)
    .map((line) => line.trim())
    .filter((line) => /\p{L}/u.test(line) && !/[$€£₹]\s?\d/u.test(line));
  const title = (preamble[0] ?? 'Untitled position').replace(/^job description:\s*/iu, '');
  const company =
    preamble.find(
      (line, index) => index > 0 && !/[|,]|\bremote\b/iu.test(line) && line.split(/\s+/u).length <= 6,
    ) ?? null;
  const location =
    preamble.find((line, index) => index > 0 && /,|\bremote\b|\|/iu.test(line) && line.length <= 80) ?? null;

  const buckets: Record<JobSection, string[]> = {
    about: [],
    responsibilities: [],
    requirements: [],
    niceToHave: [],
    skills: [],
    other: [],
  };
  // Bullets before any heading are what the posting asks for (job boards often list them bare).
  buckets.requirements.push(
    ...head.filter((line) => BULLET.test(line)).map((line) => line.trim().replace(BULLET, '')),
  );
  const prose: string[] = [];
  let section: JobSection = 'about';
  for (const line of firstHeading < 0 ? lines.slice(head.slice(0, 3).length) : lines.slice(firstHeading)) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (isHeading(line)) {
      const name = headingName(trimmed);
      section = HEADINGS.find(([pattern]) => pattern.test(name))?.[1] ?? 'other';
      continue;
    }
    if (BULLET.test(line)) buckets[section].push(trimmed.replace(BULLET, ''));
    else if (section === 'about') prose.push(trimmed);
    else if (buckets[section].length > 0 && /^[a-z]/u.test(trimmed))
      buckets[section][buckets[section].length - 1] = joinWrapped([buckets[section].at(-1) ?? '', trimmed]);
    else buckets[section].push(trimmed);
  }

  const skills = extractSkills([...buckets.skills, ...buckets.requirements, ...buckets.niceToHave]);
  return {
    title,
    company: company === title ? null : company,
    location,
    summary: firstSentences(joinWrapped(prose), 600),
    responsibilities: buckets.responsibilities,
    requirements: buckets.requirements,
    niceToHave: buckets.niceToHave,
    skills,
    keywords: keywords(skills, [...buckets.responsibilities, ...buckets.requirements]),
  };
}

// Skills are the items of "Category: a, b, c" lines, of parenthesised lists "(Figma, Sketch)", and short
// capitalised items of skills bullets.
function extractSkills(lines: readonly string[]): string[] {
  const found: string[] = [];
  for (const line of lines) {
    for (const match of line.matchAll(/\(([^()]*,[^()]*)\)/gu)) found.push(...splitList(match[1] as string));
    const suchAs = /\b(?:such as|e\.g\.|including)\s+([^.()]+?)(?:,?\s*etc\.?)?(?:\.|$)/iu.exec(line);
    if (suchAs && (suchAs[1] as string).includes(',')) found.push(...splitList(suchAs[1] as string));
    const category = /^([\p{L} /&-]{2,40}):\s*(.+)$/u.exec(line);
    if (category && NOT_SKILLS.test((category[1] as string).trim())) continue;
    if (category) found.push(...splitList(category[2] as string));
    else if (line.split(/\s+/u).length <= 3 && /^[A-Z]/u.test(line)) found.push(line);
  }
  const cleaned = found
    .map((item) => item.replace(/^(?:e\.g\.|i\.e\.|such as|including)\s*/iu, '').trim())
    .map((item) => item.replace(/,?\s*etc\.?$/iu, '').trim())
    .filter(
      (item) =>
        item.length > 0 &&
        item.split(/\s+/u).length <= 4 &&
        !/^(etc|or|and)\.?$/iu.test(item) &&
        !/[$€£₹]|^\d/u.test(item),
    );
  return [...new Map(cleaned.map((item) => [item.toLowerCase(), item])).values()];
}

const STOP = new Set(
  'a an and are as at be by for from in into of on or our the their to we with you your will work team teams strong experience ability including across using within such other new years year plus related field etc'.split(
    ' ',
  ),
);

function keywords(skills: readonly string[], lines: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const word of lines
    .join(' ')
    .toLowerCase()
    .match(/[a-z][a-z+#.-]{2,}/gu) ?? []) {
    const clean = word.replace(/[.-]+$/u, '');
    if (!STOP.has(clean)) counts.set(clean, (counts.get(clean) ?? 0) + 1);
  }
  const frequent = [...counts.entries()]
    .filter(([, count]) => count >= 2)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([word]) => word);
  const all = [...skills, ...frequent];
  return [...new Map(all.map((item) => [item.toLowerCase(), item])).values()].slice(0, 30);
}

/** Whole sentences up to `limit` characters (at least the first one). */
function firstSentences(text: string, limit: number): string {
  let result = '';
  for (const sentence of sentences(text)) {
    if (result !== '' && result.length + sentence.length + 1 > limit) break;
    result = result === '' ? sentence : `${result} ${sentence}`;
  }
  return result;
}
