import { signOff } from '../generations/letter-framing.js';
import type { DocumentContent } from './document.js';
import { documentLabels, ENGLISH_LABELS, type DocumentLabels } from './document-labels.js';
import {
  degreeTitle,
  educationLines,
  formatRange,
  labelledList,
  volunteerDates,
} from './document-plain-formats.js';
import type { ContactItem, DocumentSection, RenderableDocument } from './renderable-document.js';

/** A letter's date as a letter prints it: "10 March 2026" (UTC, so the same instant gives the same line). */
export const letterDate = (date: Date, labels: DocumentLabels = ENGLISH_LABELS): string =>
  labels.letterDate(date.getUTCDate(), date.getUTCMonth() + 1, date.getUTCFullYear());

/** A stored document's structured content as the renderers' presentation model. */
export function toRenderableDocument(
  content: DocumentContent,
  title: string,
  date?: Date,
): RenderableDocument {
  const c = content.contact;
  const contact: ContactItem[] = [
    ...(c.email ? [{ kind: 'email' as const, text: c.email }] : []),
    ...(c.phone ? [{ kind: 'phone' as const, text: c.phone }] : []),
    ...(c.location ? [{ kind: 'location' as const, text: c.location }] : []),
    ...c.links.map((link) => ({ kind: 'link' as const, text: link.label || link.url, url: link.url })),
  ];
  const labels = documentLabels(content);
  const header = {
    fullName: c.fullName,
    ...(content.type === 'resume' && content.resume.headline ? { headline: content.resume.headline } : {}),
    contact,
  };
  if (content.type === 'coverLetter') {
    const letter = content.letter;
    return {
      kind: 'coverLetter',
      title,
      header,
      letter: {
        ...(date ? { date: letterDate(date, labels) } : {}),
        salutation: letter.salutation,
        // Every renderer prints the name once under the closing: the closing is the sign-off alone.
        closing: signOff(letter.closing, letter.signature || c.fullName),
      },
      sections: [
        { heading: '', blocks: letter.paragraphs.map((text) => ({ type: 'paragraph' as const, text })) },
      ],
    };
  }
  const resume = content.resume;
  const sections: DocumentSection[] = [];
  if (resume.summary?.text.trim())
    sections.push({
      heading: labels.sections.summary,
      blocks: [{ type: 'paragraph', text: resume.summary.text }],
    });
  if (resume.experiences.length > 0) {
    sections.push({
      heading: labels.sections.experiences,
      blocks: resume.experiences.map((e) => ({
        type: 'entry' as const,
        title: e.title,
        organisation: e.company,
        ...(e.location ? { location: e.location } : {}),
        dates: formatRange(e.startDate, e.endDate, e.current, labels),
        bullets: [...e.bullets.map((b) => b.text), ...labelledList(labels.technologies, e.technologies)],
      })),
    });
  }
  if (resume.projects.length > 0) {
    sections.push({
      heading: labels.sections.projects,
      blocks: resume.projects.map((p) => {
        const dates = formatRange(p.startDate, p.endDate, false, labels);
        return {
          type: 'entry' as const,
          title: p.name,
          ...(dates ? { dates } : {}),
          bullets: [
            ...(p.description ? [p.description] : []),
            ...p.bullets.map((b) => b.text),
            ...labelledList(labels.technologies, p.technologies),
          ],
        };
      }),
    });
  }
  if (resume.skills.length > 0)
    sections.push({ heading: labels.sections.skills, blocks: [{ type: 'list', items: [...resume.skills] }] });
  if (resume.education.length > 0) {
    sections.push({
      heading: labels.sections.education,
      blocks: resume.education.map((e) => ({
        type: 'entry' as const,
        title: degreeTitle(e) || e.institution,
        organisation: e.institution,
        dates: formatRange(e.startDate ?? null, e.endDate ?? null, false, labels),
        bullets: educationLines(e, labels),
      })),
    });
  }
  if ((resume.certifications ?? []).length > 0) {
    // One line each: "Name — Issuer" entries joined by commas read as one run-on sentence.
    sections.push({
      heading: labels.sections.certifications,
      blocks: (resume.certifications ?? []).map((text) => ({ type: 'paragraph' as const, text })),
    });
  }
  if ((resume.awards ?? []).length > 0) {
    sections.push({
      heading: labels.sections.awards,
      blocks: (resume.awards ?? []).map((text) => ({ type: 'paragraph' as const, text })),
    });
  }
  if ((resume.volunteer ?? []).length > 0) {
    sections.push({
      heading: labels.sections.volunteer,
      blocks: (resume.volunteer ?? []).map((role) => {
        const dates = volunteerDates(role, labels);
        return {
          type: 'entry' as const,
          title: role.position || role.organization || '',
          ...(role.position && role.organization ? { organisation: role.organization } : {}),
          ...(dates ? { dates } : {}),
          bullets: [],
        };
      }),
    });
  }
  if ((resume.publications ?? []).length > 0) {
    sections.push({
      heading: labels.sections.publications,
      blocks: (resume.publications ?? []).map((text) => ({ type: 'paragraph' as const, text })),
    });
  }
  if ((resume.languages ?? []).length > 0) {
    sections.push({
      heading: labels.sections.languages,
      blocks: [{ type: 'list', items: [...(resume.languages ?? [])] }],
    });
  }
  return { kind: 'resume', title, header, sections };
}
