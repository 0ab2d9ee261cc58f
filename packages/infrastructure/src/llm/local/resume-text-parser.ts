import type { ParsedResume, ParsedResumeEducation, ParsedResumeExperience } from '@tailor/domain';
import {
  BULLET,
  DANGLING_START,
  DATE_RANGE,
  EMAIL,
  LINK,
  OPEN_END_START,
  PHONE,
  SINGLE_POINT,
  isOpenEnd,
  joinWrapped,
  normaliseDate,
  sentences,
  splitList,
} from './text-tools.js';

type SectionKind = 'summary' | 'skills' | 'experience' | 'education' | 'other';

const SECTIONS: Array<[RegExp, SectionKind]> = [
  [/^(professional |career |executive )?(summary|profile|objective|about( me)?)$/iu, 'summary'],
  [
    /^((technical|core|key) )?(skills|competencies|technologies)( (&|and) (tools|technologies|interests))?$/iu,
    'skills',
  ],
  [
    /^((professional|work|relevant) )?(experience|employment( history)?|work history|career history)$/iu,
    'experience',
  ],
  [/^(education|academic background|education (&|and) training)$/iu, 'education'],
  [
    /^(projects|personal projects|certifications?|awards|publications|languages|interests|volunteering|references|activities|achievements)$/iu,
    'other',
  ],
];

function sectionOf(line: string): SectionKind | undefined {
  const text = line.trim().replace(/:$/u, '').replace(/\s+/gu, ' ');
  if (text.length === 0 || text.split(' ').length > 5) return undefined;
  return SECTIONS.find(([pattern]) => pattern.test(text))?.[1];
}

// Not `\b`: it only knows ASCII word characters, so "JOSÉ MÜLLER" would become "JosÉ MÜLler".
const titleCase = (text: string): string =>
  text === text.toUpperCase()
    ? text
        .toLowerCase()
        .replace(/(^|[^\p{L}'’])(\p{L})/gu, (_, before: string, c: string) => before + c.toUpperCase())
    : text;

// Case-sensitive on purpose: "MA" is Massachusetts far more often than a Master of Arts.
const DEGREE =
  /\b(Bachelor|Master|Associate|Diploma|Doctor(ate)?|Certificate|Ph\.?D|MBA|B\.?Sc|B\.?Tech|B\.A\.|B\.S\.|BS|BA|M\.?Sc|M\.?Tech|M\.A\.|M\.S\.|MS)\b/u;
const INSTITUTION = /(universit|college|institute|school|academy|polytechnic|\bMIT\b|\bUC\b|\bcaltech\b)/iu;
const COMPANY_SUFFIX = /^(inc|llc|ltd|corp|co|gmbh|plc|s\.a|ag)\.?$/iu;
const LOCATION_SEGMENT = /^[A-Z][\p{L} .'-]*(,\s*[A-Z][\p{L} .'-]*)+$/u;

/**
 * Reads a plain-text resume (typed, or extracted from a PDF by pdftotext, columns and all) by its headings,
 * dates and bullets. Everything it returns is copied from the text; dates are normalised to `YYYY-MM`/`YYYY`.
 */
export function parseResumeText(text: string): ParsedResume {
  const lines = text
    .replace(/\r\n?/gu, '\n')
    .split('\n')
    // Runs of blanks become one space, or three where they were wide (a column break): linear, and keeps
    // every later pattern off long whitespace runs.
    .map((line) => line.replace(/[^\S\n]+/gu, (run) => (run.length >= 3 ? '   ' : ' ')).trimEnd())
    .filter((line) => !/^\s*\d{1,2}(\s*\/\s*\d{1,2})?\s*$/u.test(line)); // page numbers ("2", "1/2")
  const sections: Record<SectionKind, string[][]> = {
    summary: [],
    skills: [],
    experience: [],
    education: [],
    other: [],
  };
  const header: string[] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    const kind = sectionOf(line);
    if (kind) {
      current = [];
      sections[kind].push(current);
    } else if (current) current.push(line);
    else header.push(line);
  }
  const contact = parseHeader(header);
  return {
    fullName: contact.fullName,
    headline: contact.headline,
    contact: { email: contact.email, phone: contact.phone, location: contact.location, links: contact.links },
    summary: sections.summary.length > 0 ? joinWrapped(sections.summary.flat()) || null : null,
    experiences: sections.experience.flatMap((section) => parseExperiences(section)),
    education: sections.education.flatMap((section) => parseEducation(section)),
    skills: [...new Set(sections.skills.flatMap((section) => parseSkills(section)))],
  };
}

function parseHeader(header: string[]) {
  const whole = header.join('\n');
  const email = EMAIL.exec(whole)?.[0] ?? null;
  const phone = PHONE.exec(whole.replace(EMAIL, ''))?.[0]?.trim() ?? null;
  const links = [...whole.matchAll(new RegExp(LINK.source, 'giu'))].map((match) => match[0]);
  const segments = header
    .flatMap((line) => line.trim().split(/\s{3,}|\s+[—|·]\s+/u))
    .map((segment) => segment.trim())
    .filter(Boolean);
  let fullName: string | null = null;
  let headline: string | null = null;
  let location: string | null = null;
  for (const segment of segments) {
    const labelled = /^location:\s*(.+)$/iu.exec(segment);
    if (labelled) {
      location ??= (labelled[1] as string).trim();
      continue;
    }
    // Icons from PDF fonts, contact details and labelled links are not names or headlines.
    if (/[@:/\d]|^\S\s/u.test(segment) || !/^[\p{L}][\p{L} .,'()&/-]*$/u.test(segment)) continue;
    if (LOCATION_SEGMENT.test(segment)) {
      location ??= segment;
      continue;
    }
    const words = segment.split(/\s+/u).length;
    if (!fullName && words >= 2 && words <= 4 && !segment.includes(',')) fullName = titleCase(segment);
    else if (fullName && !headline && words <= 8) headline = segment;
  }
  return { fullName, headline, email, phone, location, links };
}

/** Re-joins pdftotext's split date ranges: "2021 – Title…" + "Present Body…" → "2021 – Present Title…" + "Body…". */
function mendDanglingDates(section: string[]): string[] {
  const lines = [...section];
  for (let index = 0; index < lines.length - 1; index += 1) {
    const line = lines[index] as string;
    if (DATE_RANGE.test(line)) continue;
    const start = DANGLING_START.exec(line);
    if (!start) continue;
    const next = lines[index + 1] as string;
    const end = OPEN_END_START.exec(next);
    if (!end) continue;
    lines[index] = `${start[1]} – ${end[1]} ${line.slice(start[0].length)}`;
    lines[index + 1] = next.slice(end[0].length);
  }
  return lines;
}

interface RawEntry {
  header: string;
  start: string | null;
  end: string | null;
  current: boolean;
  bullets: string[][];
  body: string[];
}

function parseExperiences(section: string[]): ParsedResumeExperience[] {
  const lines = mendDanglingDates(section);
  const entries: RawEntry[] = [];
  let pending: string[] = [];
  let entry: RawEntry | null = null;
  // The next non-empty line of each line, found in one backward pass (not by a search from every line).
  const nextNonEmpty: string[] = new Array<string>(lines.length).fill('');
  for (let index = lines.length - 2; index >= 0; index -= 1)
    nextNonEmpty[index] =
      (lines[index + 1] as string).trim() !== ''
        ? (lines[index + 1] as string)
        : (nextNonEmpty[index + 1] as string);
  lines.forEach((line, index) => {
    const trimmed = line.trim();
    if (trimmed === '') return;
    const range = DATE_RANGE.exec(trimmed);
    if (range) {
      const rest = trimmed
        .replace(range[0], ' ')
        .replace(/\s*[|,–—-]\s*$/u, '')
        .replace(/^\s*[|,–—-]\s*/u, '')
        .replace(/\s{2,}/gu, ' ')
        .trim();
      const headerText = [...pending, rest].filter(Boolean).join(' | ');
      pending = [];
      entry = {
        header: headerText,
        start: normaliseDate(range[1] as string),
        end: normaliseDate(range[2] as string),
        current: isOpenEnd(range[2] as string),
        bullets: [],
        body: [],
      };
      entries.push(entry);
      return;
    }
    const nextLine = nextNonEmpty[index] as string;
    const looksLikeHeader =
      !BULLET.test(line) &&
      trimmed.split(/\s+/u).length <= 10 &&
      !/[.]$/u.test(trimmed) &&
      (DATE_RANGE.test(nextLine) || DANGLING_START.test(nextLine)) &&
      (entry === null || entry.bullets.length > 0 || entry.body.length > 0);
    if (looksLikeHeader || entry === null) {
      pending.push(trimmed);
      return;
    }
    const open: RawEntry = entry;
    if (BULLET.test(line)) open.bullets.push([trimmed.replace(BULLET, '')]);
    else if (open.bullets.length > 0) open.bullets.at(-1)?.push(trimmed);
    else open.body.push(trimmed);
  });
  return entries.map(toExperience);
}

function splitHeader(header: string): string[] {
  const byPipe = header
    .split(/\s+\|\s+|\s+[—–]\s+/u)
    .map((part) => part.trim())
    .filter(Boolean);
  if (byPipe.length >= 2) return byPipe;
  const at = /^(.+?)\s+at\s+(.+)$/u.exec(header);
  if (at && !header.includes(',')) return [at[1] as string, at[2] as string];
  const parts: string[] = [];
  for (const part of splitList(header.replace(/\|/gu, ','))) {
    if (COMPANY_SUFFIX.test(part) && parts.length > 0) parts[parts.length - 1] += `, ${part}`;
    else parts.push(part);
  }
  return parts;
}

function toExperience(entry: RawEntry): ParsedResumeExperience {
  const parts = splitHeader(entry.header);
  const bullets =
    entry.bullets.length > 0
      ? entry.bullets.map((lines) => joinWrapped(lines))
      : sentences(joinWrapped(entry.body)).map((sentence) => sentence.replace(/\.$/u, ''));
  return {
    title: parts[0] ?? entry.header,
    company: parts[1] ?? null,
    location: parts.length > 2 ? parts.slice(2).join(', ') : null,
    startDate: entry.start,
    endDate: entry.current ? null : entry.end,
    current: entry.current,
    bullets: bullets.filter((bullet) => bullet.length > 0),
  };
}

function parseEducation(section: string[]): ParsedResumeEducation[] {
  const lines = mendDanglingDates(section);
  const blocks: ParsedResumeEducation[] = [];
  let block: ParsedResumeEducation | null = null;
  for (const line of lines) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (BULLET.test(line) || /^[\p{L} ]+:\s/u.test(trimmed)) {
      block?.details.push(trimmed.replace(BULLET, ''));
      continue;
    }
    let rest = trimmed;
    let start: string | null = null;
    let end: string | null = null;
    const range = DATE_RANGE.exec(rest);
    if (range) {
      start = normaliseDate(range[1] as string);
      end = normaliseDate(range[2] as string);
      rest = rest.replace(range[0], ' ');
    } else {
      const single = SINGLE_POINT.exec(rest);
      if (single) {
        end = normaliseDate(single[1] as string);
        rest = rest.replace(single[0], ' ');
      }
    }
    rest = rest
      .replace(/\s*[|,]\s*$/u, '')
      .replace(/\s{2,}/gu, ' ')
      .trim();
    const pipeParts = rest.split(/\s+\|\s+/u).filter(Boolean);
    const parts =
      pipeParts.length > 1 && pipeParts.some((part) => INSTITUTION.test(part)) ? pipeParts : splitList(rest);
    const institutionIndex = parts.findIndex((part) => INSTITUTION.test(part) && !DEGREE.test(part));
    const hasDegree = DEGREE.test(rest);
    const institution = institutionIndex >= 0 ? (parts[institutionIndex] as string) : null;
    const degree = hasDegree
      ? parts.slice(0, institutionIndex >= 0 ? institutionIndex : undefined).join(', ') || null
      : null;
    const startsNew =
      block === null ||
      (degree !== null && block.degree !== null) ||
      (institution !== null && block.institution !== '' && !block.institution.startsWith('('));
    if (!degree && !institution && !start && !end) {
      block?.details.push(rest);
      continue;
    }
    if (startsNew) {
      block = { institution: institution ?? '', degree, startDate: start, endDate: end, details: [] };
      blocks.push(block);
    } else if (block) {
      if (institution) block.institution = institution;
      block.degree ??= degree;
      block.startDate ??= start;
      block.endDate ??= end;
    }
  }
  return blocks.map((entry) => ({
    ...entry,
    institution: entry.institution || entry.degree || 'Unknown institution',
  }));
}

function parseSkills(section: string[]): string[] {
  const chunks: string[][] = [];
  for (const line of section) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    const startsChunk = BULLET.test(line) || /^[\p{L}/&() -]{2,40}:\s/u.test(trimmed.replace(BULLET, ''));
    const content = trimmed.replace(BULLET, '');
    if (startsChunk || chunks.length === 0) chunks.push([content]);
    else chunks.at(-1)?.push(content);
  }
  return chunks.flatMap((chunk) => {
    const joined = joinWrapped(chunk).replace(/^[\p{L}/&() -]{2,40}:\s*/u, '');
    return splitList(joined).filter((item) => item.split(/\s+/u).length <= 6);
  });
}
