import { signOff } from '../generations/letter-framing.js';
import type {
  TailoredEducation,
  TailoredResumeContent,
  TailoredVolunteerRole,
} from '../tailoring/tailored-resume.js';
import type { DocumentContact, DocumentContent, DocumentFormatters } from './document.js';
import { documentLabels, ENGLISH_LABELS, type DocumentLabels } from './document-labels.js';

// Plain text and Markdown forms of a document: what `GET /generations/{id}/result` shows, what `txt`/`md`
// exports are made of, and what a person pastes into an application form. Pure and deterministic.

/** "2021-03" → "Mar 2021" (or the document's language's form, "03/2021"); "2019" → "2019"; null → "". */
export function formatMonth(
  date: string | null | undefined,
  labels: DocumentLabels = ENGLISH_LABELS,
): string {
  if (!date) return '';
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!m) return date;
  const month = m[2] ? Number(m[2]) : 0;
  return month >= 1 && month <= 12 ? labels.month(m[1] as string, month) : (m[1] ?? date);
}

export function formatRange(
  start: string | null | undefined,
  end: string | null | undefined,
  current?: boolean,
  labels: DocumentLabels = ENGLISH_LABELS,
): string {
  const s = formatMonth(start, labels);
  const e = current ? labels.present : formatMonth(end, labels);
  if (s && e) return `${s} – ${e}`;
  return s || e;
}

/** A volunteer role's dates: a role with a start and no end goes on, as JSON Resume keeps a current one. */
export const volunteerDates = (
  role: TailoredVolunteerRole,
  labels: DocumentLabels = ENGLISH_LABELS,
): string => formatRange(role.startDate, role.endDate, Boolean(role.startDate) && !role.endDate, labels);

/** "Technologies: A, B" as one printed line, or nothing for an empty list. */
export const labelledList = (label: string, items: readonly string[] | undefined): string[] =>
  items && items.length > 0 ? [`${label}: ${items.join(', ')}`] : [];

// German vocational training names the trade it leads to: "Ausbildung zum Industriemechaniker", "Umschulung
// zur Fachkraft für Lagerlogistik". The article follows the trade's noun: feminine forms (…in, …frau, …kraft)
// take "zur", the rest "zum". A trade that would need its words declined ("Medizinische Fachangestellte")
// keeps the plain "Ausbildung, …".
const GERMAN_TRAINING = /^(?:Ausbildung|Umschulung|Weiterbildung|Fortbildung)$/iu;
const FEMININE_TRADE = /(?:in|frau|kraft)$/iu;
const UNDECLINED_TRADE = /^(?:\p{L}+-\s+und\s+)?\p{Lu}[\p{L}-]*[^e\s]$/u;

/**
 * An education entry's degree and field as one title: "Bachelor of Science, Biology"; a German training and
 * its trade as German writes them ("Ausbildung zur Gesundheits- und Krankenpflegerin").
 */
export function degreeTitle(e: Pick<TailoredEducation, 'degree' | 'field'>): string {
  const degree = e.degree?.trim();
  const field = e.field?.trim();
  if (degree && field && GERMAN_TRAINING.test(degree)) {
    const noun = field.split(/\s+(?:für|im|in|an|der)\s/u)[0] ?? field;
    if (UNDECLINED_TRADE.test(noun)) return `${degree} ${FEMININE_TRADE.test(noun) ? 'zur' : 'zum'} ${field}`;
  }
  return [degree, field].filter(Boolean).join(', ');
}

/** The lines under an education entry: honours, then coursework. */
export const educationLines = (e: TailoredEducation, labels: DocumentLabels = ENGLISH_LABELS): string[] => [
  ...(e.honors?.trim() ? [e.honors.trim()] : []),
  ...labelledList(labels.coursework, e.coursework),
];

const contactLine = (c: DocumentContact): string =>
  [c.email, c.phone, c.location, ...c.links.map((l) => l.url)].filter(Boolean).join(' · ');

interface Block {
  heading: keyof DocumentLabels['sections'];
  entries: { title: string; meta: string; lines: string[] }[];
  paragraph?: string;
}

/** The resume as sections of entries; both formats print these. Empty sections are left out. */
function resumeBlocks(r: TailoredResumeContent, labels: DocumentLabels): Block[] {
  const blocks: Block[] = [];
  if (r.summary && r.summary.text.trim())
    blocks.push({ heading: 'summary', entries: [], paragraph: r.summary.text });
  if (r.experiences.length > 0)
    blocks.push({
      heading: 'experiences',
      entries: r.experiences.map((e) => ({
        title: [e.title, e.company, e.location].filter(Boolean).join(' · '),
        meta: formatRange(e.startDate, e.endDate, e.current, labels),
        lines: [...e.bullets.map((b) => b.text), ...labelledList(labels.technologies, e.technologies)],
      })),
    });
  if (r.projects.length > 0)
    blocks.push({
      heading: 'projects',
      entries: r.projects.map((p) => ({
        title: p.name,
        meta: formatRange(p.startDate, p.endDate, false, labels),
        lines: [
          ...(p.description ? [p.description] : []),
          ...p.bullets.map((b) => b.text),
          ...labelledList(labels.technologies, p.technologies),
        ],
      })),
    });
  if (r.skills.length > 0) blocks.push({ heading: 'skills', entries: [], paragraph: r.skills.join(', ') });
  if (r.education.length > 0)
    blocks.push({
      heading: 'education',
      entries: r.education.map((e) => ({
        title: [degreeTitle(e), e.institution].filter(Boolean).join(' · '),
        meta: formatRange(e.startDate, e.endDate, false, labels),
        lines: educationLines(e, labels),
      })),
    });
  if ((r.certifications ?? []).length > 0)
    blocks.push({
      heading: 'certifications',
      entries: (r.certifications ?? []).map((c) => ({ title: c, meta: '', lines: [] })),
    });
  if ((r.awards ?? []).length > 0)
    blocks.push({
      heading: 'awards',
      entries: (r.awards ?? []).map((award) => ({ title: award, meta: '', lines: [] })),
    });
  if ((r.volunteer ?? []).length > 0)
    blocks.push({
      heading: 'volunteer',
      entries: (r.volunteer ?? []).map((role) => ({
        title: [role.position, role.organization].filter(Boolean).join(' · '),
        meta: volunteerDates(role, labels),
        lines: [],
      })),
    });
  if ((r.publications ?? []).length > 0)
    blocks.push({
      heading: 'publications',
      entries: (r.publications ?? []).map((citation) => ({ title: citation, meta: '', lines: [] })),
    });
  if ((r.languages ?? []).length > 0)
    blocks.push({ heading: 'languages', entries: [], paragraph: (r.languages ?? []).join(', ') });
  return blocks;
}

export function documentToText(content: DocumentContent): string {
  const c = content.contact;
  const out: string[] = [c.fullName];
  if (content.type === 'resume' && content.resume.headline) out.push(content.resume.headline);
  const contact = contactLine(c);
  if (contact) out.push(contact);
  if (content.type === 'coverLetter') {
    const l = content.letter;
    out.push(
      '',
      l.salutation,
      '',
      ...l.paragraphs.flatMap((p) => [p, '']),
      signOff(l.closing, l.signature),
      l.signature,
    );
    return out.join('\n').trimEnd() + '\n';
  }
  const labels = documentLabels(content);
  for (const b of resumeBlocks(content.resume, labels)) {
    out.push('', labels.sections[b.heading].toUpperCase());
    if (b.paragraph !== undefined) out.push(b.paragraph);
    for (const e of b.entries) {
      // Dates on the line under the title, as every renderer prints them.
      out.push(e.title);
      if (e.meta) out.push(e.meta);
      for (const line of e.lines) out.push(`- ${line}`);
    }
  }
  return out.join('\n') + '\n';
}

// Markdown: escape the characters that would start markup inside a line of prose.
const md = (text: string): string => text.replace(/([\\`*_[\]<>#|])/g, '\\$1');

export function documentToMarkdown(content: DocumentContent): string {
  const c = content.contact;
  const out: string[] = [`# ${md(c.fullName)}`];
  if (content.type === 'resume' && content.resume.headline)
    out.push('', `**${md(content.resume.headline)}**`);
  const contact = [c.email, c.phone, c.location].filter(Boolean).map((x) => md(x as string));
  const links = c.links.map((l) => `[${md(l.label)}](${l.url.replace(/[()\s]/g, encodeURIComponent)})`);
  if (contact.length + links.length > 0) out.push('', [...contact, ...links].join(' · '));
  if (content.type === 'coverLetter') {
    const l = content.letter;
    out.push(
      '',
      md(l.salutation),
      '',
      ...l.paragraphs.flatMap((p) => [md(p), '']),
      md(signOff(l.closing, l.signature)),
      '',
      md(l.signature),
    );
    return out.join('\n') + '\n';
  }
  const labels = documentLabels(content);
  for (const b of resumeBlocks(content.resume, labels)) {
    out.push('', `## ${labels.sections[b.heading]}`);
    if (b.paragraph !== undefined) out.push('', md(b.paragraph));
    for (const e of b.entries) {
      out.push('', `### ${md(e.title)}`);
      if (e.meta) out.push('', `*${md(e.meta)}*`);
      if (e.lines.length > 0) out.push('', ...e.lines.map((line) => `- ${md(line)}`));
    }
  }
  return out.join('\n') + '\n';
}

export const plainDocumentFormatters: DocumentFormatters = {
  text: documentToText,
  markdown: documentToMarkdown,
};
