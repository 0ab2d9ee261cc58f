import type {
  SourceRef,
  SourceSection,
  TailoredEducation,
  TailoredExperience,
  TailoredProject,
  TailoredResumeContent,
  TailoredText,
  TailoredVolunteerRole,
} from '../tailoring/tailored-resume.js';
import type { DocumentContact, DocumentContent, DocumentType } from './document.js';
import { DocumentErrors, type DocumentIssue } from './documents.errors.js';

/** Limits on document content a person edits (generated content stays far inside them). */
export const DOCUMENT_CONTENT_LIMITS = {
  shortText: 300,
  longText: 5_000,
  items: 50,
  bullets: 40,
  strings: 200,
  paragraphs: 30,
  links: 20,
  sourceRefs: 20,
} as const;

const L = DOCUMENT_CONTENT_LIMITS;
const SOURCE_SECTIONS: readonly SourceSection[] = [
  'summary',
  'headline',
  'experiences',
  'education',
  'projects',
  'skills',
  'certifications',
  'languages',
];
const MAX_ISSUES = 50;

/**
 * Reads untrusted JSON as DocumentContent — the structure `toRenderableDocument` and every renderer take —
 * or raises `DOCUMENT.VALIDATION` with the path of each problem. Without it, content that was merely "some
 * JSON" was stored and every later export of that document failed.
 */
export function parseDocumentContent(raw: unknown, type?: DocumentType): DocumentContent {
  const reader = new ContentReader();
  const content = reader.content(raw, type);
  if (reader.issues.length > 0 || content === null) throw DocumentErrors.invalidContent(reader.issues);
  return content;
}

class ContentReader {
  readonly issues: DocumentIssue[] = [];

  private fail(path: string, message: string): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push({ path, message });
  }

  private object(path: string, value: unknown): Record<string, unknown> | null {
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
    this.fail(path, 'must be an object');
    return null;
  }

  private text(path: string, value: unknown, max: number): string {
    if (typeof value !== 'string') {
      this.fail(path, 'must be a string');
      return '';
    }
    if (value.length > max) this.fail(path, `must be at most ${max} characters`);
    return value;
  }

  private optionalText(path: string, value: unknown, max: number): string | null {
    return value === undefined || value === null ? null : this.text(path, value, max);
  }

  private list<T>(path: string, value: unknown, max: number, item: (path: string, value: unknown) => T): T[] {
    if (!Array.isArray(value)) {
      this.fail(path, 'must be an array');
      return [];
    }
    if (value.length > max) {
      // Reported once; the entries are not read (a huge list would otherwise produce an issue per entry).
      this.fail(path, `must have at most ${max} entries`);
      return [];
    }
    return value.map((entry, index) => item(`${path}[${index}]`, entry));
  }

  private optionalList<T>(
    path: string,
    value: unknown,
    max: number,
    item: (path: string, value: unknown) => T,
  ) {
    return value === undefined || value === null ? undefined : this.list(path, value, max, item);
  }

  private strings = (path: string, value: unknown): string[] =>
    this.list(path, value, L.strings, (p, v) => this.text(p, v, L.shortText));

  content(raw: unknown, type?: DocumentType): DocumentContent | null {
    const value = this.object('content', raw);
    if (!value) return null;
    if (value.type !== 'resume' && value.type !== 'coverLetter') {
      this.fail('content.type', 'must be "resume" or "coverLetter"');
      return null;
    }
    if (type && value.type !== type) this.fail('content.type', `must be "${type}" for this document`);
    const contact = this.contact(value.contact);
    if (value.type === 'coverLetter') {
      const letter = this.object('content.letter', value.letter) ?? {};
      return {
        type: 'coverLetter',
        contact,
        letter: {
          salutation: this.text('content.letter.salutation', letter.salutation, L.shortText),
          paragraphs: this.list('content.letter.paragraphs', letter.paragraphs, L.paragraphs, (p, v) =>
            this.text(p, v, L.longText),
          ),
          closing: this.text('content.letter.closing', letter.closing, L.shortText),
          signature: this.text('content.letter.signature', letter.signature, L.shortText),
        },
      };
    }
    return { type: 'resume', contact, resume: this.resume(value.resume) };
  }

  private contact(raw: unknown): DocumentContact {
    const c = this.object('content.contact', raw) ?? {};
    const p = 'content.contact';
    return {
      fullName: this.text(`${p}.fullName`, c.fullName, L.shortText),
      headline: this.optionalText(`${p}.headline`, c.headline, L.shortText),
      email: this.optionalText(`${p}.email`, c.email, L.shortText),
      phone: this.optionalText(`${p}.phone`, c.phone, L.shortText),
      location: this.optionalText(`${p}.location`, c.location, L.shortText),
      links:
        this.optionalList(`${p}.links`, c.links, L.links, (path, v) => {
          const link = this.object(path, v) ?? {};
          return {
            label: this.text(`${path}.label`, link.label ?? '', L.shortText),
            url: this.text(`${path}.url`, link.url, 2_048),
          };
        }) ?? [],
    };
  }

  private tailoredText(path: string, raw: unknown): TailoredText {
    const t = this.object(path, raw) ?? {};
    const sourceRefs =
      this.optionalList(`${path}.sourceRefs`, t.sourceRefs, L.sourceRefs, (p, v): SourceRef => {
        const ref = this.object(p, v) ?? {};
        if (!SOURCE_SECTIONS.includes(ref.section as SourceSection)) {
          this.fail(`${p}.section`, `must be one of ${SOURCE_SECTIONS.join(', ')}`);
        }
        return { section: ref.section as SourceSection, itemId: this.text(`${p}.itemId`, ref.itemId, 100) };
      }) ?? [];
    return { text: this.text(`${path}.text`, t.text, L.longText), sourceRefs };
  }

  private bullets = (path: string, value: unknown): TailoredText[] =>
    this.list(path, value, L.bullets, (p, v) => this.tailoredText(p, v));

  private itemId = (path: string, value: unknown): string | null => this.optionalText(path, value, 100);

  private resume(raw: unknown): TailoredResumeContent {
    const r = this.object('content.resume', raw) ?? {};
    const p = 'content.resume';
    const experiences = this.list(
      `${p}.experiences`,
      r.experiences,
      L.items,
      (path, v): TailoredExperience => {
        const e = this.object(path, v) ?? {};
        if (e.current !== undefined && typeof e.current !== 'boolean')
          this.fail(`${path}.current`, 'must be a boolean');
        return {
          itemId: this.itemId(`${path}.itemId`, e.itemId),
          title: this.text(`${path}.title`, e.title, L.shortText),
          company: this.text(`${path}.company`, e.company, L.shortText),
          location: this.optionalText(`${path}.location`, e.location, L.shortText),
          startDate: this.optionalText(`${path}.startDate`, e.startDate, 10),
          endDate: this.optionalText(`${path}.endDate`, e.endDate, 10),
          current: e.current === true,
          bullets: this.bullets(`${path}.bullets`, e.bullets),
          technologies:
            this.optionalList(`${path}.technologies`, e.technologies, L.strings, (q, t) =>
              this.text(q, t, L.shortText),
            ) ?? [],
        };
      },
    );
    const projects = this.list(`${p}.projects`, r.projects ?? [], L.items, (path, v): TailoredProject => {
      const e = this.object(path, v) ?? {};
      return {
        itemId: this.itemId(`${path}.itemId`, e.itemId),
        name: this.text(`${path}.name`, e.name, L.shortText),
        description: this.optionalText(`${path}.description`, e.description, L.longText),
        bullets: this.bullets(`${path}.bullets`, e.bullets ?? []),
        technologies:
          this.optionalList(`${path}.technologies`, e.technologies, L.strings, (q, t) =>
            this.text(q, t, L.shortText),
          ) ?? [],
        startDate: this.optionalText(`${path}.startDate`, e.startDate, 10),
        endDate: this.optionalText(`${path}.endDate`, e.endDate, 10),
      };
    });
    const education = this.list(
      `${p}.education`,
      r.education ?? [],
      L.items,
      (path, v): TailoredEducation => {
        const e = this.object(path, v) ?? {};
        return {
          itemId: this.itemId(`${path}.itemId`, e.itemId),
          institution: this.text(`${path}.institution`, e.institution, L.shortText),
          degree: this.optionalText(`${path}.degree`, e.degree, L.shortText),
          field: this.optionalText(`${path}.field`, e.field, L.shortText),
          startDate: this.optionalText(`${path}.startDate`, e.startDate, 10),
          endDate: this.optionalText(`${path}.endDate`, e.endDate, 10),
          honors: this.optionalText(`${path}.honors`, e.honors, L.longText),
          coursework:
            this.optionalList(`${path}.coursework`, e.coursework, L.strings, (q, t) =>
              this.text(q, t, L.shortText),
            ) ?? [],
        };
      },
    );
    return {
      headline: this.optionalText(`${p}.headline`, r.headline, L.shortText),
      summary:
        r.summary === null || r.summary === undefined ? null : this.tailoredText(`${p}.summary`, r.summary),
      experiences,
      skills: this.strings(`${p}.skills`, r.skills ?? []),
      projects,
      education,
      certifications:
        this.optionalList(`${p}.certifications`, r.certifications, L.strings, (q, t) =>
          this.text(q, t, L.shortText),
        ) ?? [],
      awards:
        this.optionalList(`${p}.awards`, r.awards, L.strings, (q, t) => this.text(q, t, L.shortText)) ?? [],
      volunteer:
        this.optionalList(`${p}.volunteer`, r.volunteer, L.items, (path, v): TailoredVolunteerRole => {
          const role = this.object(path, v) ?? {};
          const position = this.optionalText(`${path}.position`, role.position, L.shortText);
          const organization = this.optionalText(`${path}.organization`, role.organization, L.shortText);
          if (!position && !organization) this.fail(path, 'must name a position or an organization');
          return {
            position,
            organization,
            startDate: this.optionalText(`${path}.startDate`, role.startDate, 10),
            endDate: this.optionalText(`${path}.endDate`, role.endDate, 10),
          };
        }) ?? [],
      publications:
        this.optionalList(`${p}.publications`, r.publications, L.strings, (q, t) =>
          this.text(q, t, L.longText),
        ) ?? [],
      languages:
        this.optionalList(`${p}.languages`, r.languages, L.strings, (q, t) => this.text(q, t, L.shortText)) ??
        [],
    };
  }
}
