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
    const field = projectField(line.bullet ?? line.text);
    // "Project: Online banking" opens a project; "Role: …", "Duration: …", "Client: …" under it are its fields.
    if (field?.kind === 'name') {
      flush();
      header = readHeader(field.value);
      body = [];
      continue;
    }
    if (field !== null && header !== null) {
      addField(header, field, body);
      continue;
    }
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
  /^(?:tech(?:nologies|nology|nologien|nologie|nologías|nologies utilisées)?(?:\s+(?:stack|used))?|tecnolog(?:ías|ia|ía)s?|stack|tools|built with|tools used|environment|technical environment|environnement(?: technique)?|entorno|werkzeuge|tools und technologien|stack technologiczny|narzędzia|herramientas|outils)\s*:\s*/iu;

type FieldKind = 'name' | 'technologies' | 'dates' | 'description' | 'activities' | 'detail';
// A project's labelled fields, in the five languages ("Role: Backend developer", "Dauer: 6 Monate", "Taille de
// l'équipe : 5", "Cliente: Banco Santander", "Czas trwania: 03.2020 – 09.2020"). The "Tech …" labels are
// TECH_LABEL's.
const FIELD_LABELS: Record<Exclude<FieldKind, 'technologies'>, string[]> = {
  name: [
    'project',
    'project name',
    'project title',
    'projekt',
    'projektname',
    'projekttitel',
    'projet',
    'nom du projet',
    'proyecto',
    'nombre del proyecto',
    'nazwa projektu',
  ],
  dates: [
    'duration',
    'period',
    'dates',
    'date',
    'timeline',
    'dauer',
    'zeitraum',
    'laufzeit',
    'durée',
    'période',
    'duración',
    'periodo',
    'período',
    'fechas',
    'czas trwania',
    'okres',
    'termin',
  ],
  description: ['description', 'summary', 'beschreibung', 'descripción', 'opis', 'opis projektu'],
  activities: [
    'responsibilities',
    'contribution',
    'key contributions',
    'aufgaben',
    'tätigkeiten',
    'responsabilités',
    'missions',
    'responsabilidades',
    'funciones',
    'obowiązki',
    'zakres obowiązków',
  ],
  detail: [
    'role',
    'my role',
    'position',
    'client',
    'customer',
    'team size',
    'team',
    'company',
    'employer',
    'domain',
    'industry',
    'rolle',
    'meine rolle',
    'funktion',
    'kunde',
    'auftraggeber',
    'teamgröße',
    'branche',
    'rôle',
    'poste',
    "taille de l'équipe",
    'taille de l’équipe',
    'équipe',
    'secteur',
    'rol',
    'función',
    'puesto',
    'cliente',
    'tamaño del equipo',
    'equipo',
    'sector',
    'rola',
    'stanowisko',
    'klient',
    'wielkość zespołu',
    'zespół',
    'branża',
  ],
};
const FIELD_OF = new Map<string, FieldKind>(
  (Object.entries(FIELD_LABELS) as Array<[FieldKind, string[]]>).flatMap(([kind, labels]) =>
    labels.map((label) => [label, kind] as [string, FieldKind]),
  ),
);

interface ProjectField {
  kind: FieldKind;
  /** The whole line, its label kept. */
  text: string;
  value: string;
}

/** A project's labelled field ("Role: Tech lead", "Technologies : Java, Spring"), else null. */
function projectField(text: string): ProjectField | null {
  const tech = TECH_LABEL.exec(text);
  if (tech) return { kind: 'technologies', text, value: text.slice(tech[0].length).trim() };
  const colon = text.indexOf(':');
  if (colon <= 0 || colon > 24) return null;
  const label = text.slice(0, colon).trim();
  const kind = FIELD_OF.get(label.toLowerCase());
  const value = text.slice(colon + 1).trim();
  return kind === undefined || (kind === 'name' && value === '') ? null : { kind, text, value };
}

/** A field of the open project: its technologies, its dates, or a detail kept in its description. */
function addField(header: Omit<ParsedResumeProject, 'bullets'>, field: ProjectField, body: Line[]): void {
  const range = field.kind === 'dates' ? findRange(field.value) : null;
  const single = field.kind === 'dates' && range === null ? findSingle(field.value) : null;
  if (field.kind === 'technologies') header.technologies.push(...techList(field.value));
  else if ((range ?? single) !== null && header.startDate === null) {
    header.startDate = range?.start ?? single?.end ?? null;
    header.endDate = range ? (range.current ? null : range.end) : null;
  } else if (field.kind === 'activities') {
    if (field.value !== '') body.push({ text: field.value, bullet: field.value, blankBefore: false });
  } else if (field.value !== '') {
    // "Role: Backend developer", "Duration: 6 months", "Description: …": kept as written, in the description.
    const detail = field.kind === 'description' ? field.value : field.text;
    header.description = header.description === null ? detail : `${header.description} — ${detail}`;
  }
}

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
