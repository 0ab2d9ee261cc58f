import { signOff } from '../generations/letter-framing.js';
import type { DocumentContent } from './document.js';
import { educationLines, formatMonth, formatRange, labelledList } from './document-plain-formats.js';
import type { ContactItem, DocumentSection, RenderableDocument } from './renderable-document.js';

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
        ...(date ? { date: formatMonth(date.toISOString().slice(0, 7)) } : {}),
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
    sections.push({ heading: 'Summary', blocks: [{ type: 'paragraph', text: resume.summary.text }] });
  if (resume.experiences.length > 0) {
    sections.push({
      heading: 'Experience',
      blocks: resume.experiences.map((e) => ({
        type: 'entry' as const,
        title: e.title,
        organisation: e.company,
        ...(e.location ? { location: e.location } : {}),
        dates: formatRange(e.startDate, e.endDate, e.current),
        bullets: [...e.bullets.map((b) => b.text), ...labelledList('Technologies', e.technologies)],
      })),
    });
  }
  if (resume.projects.length > 0) {
    sections.push({
      heading: 'Projects',
      blocks: resume.projects.map((p) => ({
        type: 'entry' as const,
        title: p.name,
        ...(formatRange(p.startDate, p.endDate) ? { dates: formatRange(p.startDate, p.endDate) } : {}),
        bullets: [
          ...(p.description ? [p.description] : []),
          ...p.bullets.map((b) => b.text),
          ...labelledList('Technologies', p.technologies),
        ],
      })),
    });
  }
  if (resume.skills.length > 0)
    sections.push({ heading: 'Skills', blocks: [{ type: 'list', items: [...resume.skills] }] });
  if (resume.education.length > 0) {
    sections.push({
      heading: 'Education',
      blocks: resume.education.map((e) => ({
        type: 'entry' as const,
        title: [e.degree, e.field].filter(Boolean).join(', ') || e.institution,
        organisation: e.institution,
        dates: formatRange(e.startDate ?? null, e.endDate ?? null),
        bullets: educationLines(e),
      })),
    });
  }
  if ((resume.certifications ?? []).length > 0) {
    sections.push({
      heading: 'Certifications',
      blocks: [{ type: 'list', items: [...(resume.certifications ?? [])] }],
    });
  }
  if ((resume.languages ?? []).length > 0) {
    sections.push({ heading: 'Languages', blocks: [{ type: 'list', items: [...(resume.languages ?? [])] }] });
  }
  return { kind: 'resume', title, header, sections };
}
