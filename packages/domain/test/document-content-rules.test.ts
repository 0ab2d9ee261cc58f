import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../src/shared/domain-error.js';
import { parseDocumentContent } from '../src/documents/document-content-rules.js';
import { toRenderableDocument } from '../src/documents/to-renderable.js';

const valid = {
  type: 'resume',
  contact: {
    fullName: 'Ann Lee',
    headline: null,
    email: 'ann@example.org',
    phone: null,
    location: null,
    links: [],
  },
  resume: {
    summary: { text: 'Engineer.', sourceRefs: [{ section: 'summary', itemId: 'summary' }] },
    experiences: [
      {
        itemId: null,
        title: 'Developer',
        company: 'Acme',
        startDate: '2020-01',
        endDate: null,
        current: true,
        bullets: [{ text: 'Built things.', sourceRefs: [] }],
      },
    ],
    skills: ['TypeScript'],
    projects: [],
    education: [],
  },
};

describe('document content rules', () => {
  it('accepts the structure the renderers take, and the result renders', () => {
    const content = parseDocumentContent(valid, 'resume');
    expect(toRenderableDocument(content, 'CV').sections.map((s) => s.heading)).toEqual([
      'Summary',
      'Experience',
      'Skills',
    ]);
  });

  it("keeps an edited resume's awards, and refuses awards that are not lines of text", () => {
    const content = parseDocumentContent(
      { ...valid, resume: { ...valid.resume, awards: ['Dean’s List (2019)'] } },
      'resume',
    );
    expect(toRenderableDocument(content, 'CV').sections.at(-1)).toEqual({
      heading: 'Awards',
      blocks: [{ type: 'paragraph', text: 'Dean’s List (2019)' }],
    });
    expect(() =>
      parseDocumentContent({ ...valid, resume: { ...valid.resume, awards: [{ title: 'x' }] } }, 'resume'),
    ).toThrow(expect.objectContaining({ code: 'DOCUMENT.VALIDATION' }));
  });

  it("keeps an edited resume's volunteer roles and publications, and refuses a role without a name", () => {
    const content = parseDocumentContent(
      {
        ...valid,
        resume: {
          ...valid.resume,
          volunteer: [{ position: 'Tutor', organization: 'Code Club', startDate: '2021', endDate: '2023' }],
          publications: ['Typed pipelines — Dev Weekly (2022)'],
        },
      },
      'resume',
    );
    expect(toRenderableDocument(content, 'CV').sections.slice(-2)).toEqual([
      {
        heading: 'Volunteering',
        blocks: [
          { type: 'entry', title: 'Tutor', organisation: 'Code Club', dates: '2021 – 2023', bullets: [] },
        ],
      },
      {
        heading: 'Publications',
        blocks: [{ type: 'paragraph', text: 'Typed pipelines — Dev Weekly (2022)' }],
      },
    ]);
    expect(() =>
      parseDocumentContent(
        { ...valid, resume: { ...valid.resume, volunteer: [{ position: null, startDate: '2021' }] } },
        'resume',
      ),
    ).toThrow(
      expect.objectContaining({
        code: 'DOCUMENT.VALIDATION',
        details: expect.objectContaining({
          issues: [
            { path: 'content.resume.volunteer[0]', message: 'must name a position or an organization' },
          ],
        }),
      }),
    );
  });

  it('names the path of each problem', () => {
    const broken = { ...valid, resume: { ...valid.resume, experiences: [{ title: 7, bullets: 'x' }] } };
    expect(() => parseDocumentContent(broken, 'resume')).toThrow(
      expect.objectContaining({
        code: 'DOCUMENT.VALIDATION',
        details: expect.objectContaining({
          issues: expect.arrayContaining([
            { path: 'content.resume.experiences[0].title', message: 'must be a string' },
            { path: 'content.resume.experiences[0].bullets', message: 'must be an array' },
          ]),
        }),
      }),
    );
    expect(() => parseDocumentContent({ ...valid, type: 'coverLetter' }, 'resume')).toThrow(DomainError);
  });

  it('any JSON is either refused with DOCUMENT.VALIDATION or renders (property)', () => {
    // Mutations of a valid document: each field replaced by arbitrary JSON somewhere in the tree.
    const anyJson = fc.jsonValue({ maxDepth: 3 });
    fc.assert(
      fc.property(fc.constantFrom('contact', 'resume', 'type'), anyJson, (field, value) => {
        const candidate = { ...valid, [field]: value };
        try {
          const content = parseDocumentContent(candidate, 'resume');
          toRenderableDocument(content, 'CV');
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          expect((error as DomainError).code).toBe('DOCUMENT.VALIDATION');
        }
      }),
      { numRuns: 800 },
    );
    fc.assert(
      fc.property(anyJson, (value) => {
        try {
          toRenderableDocument(parseDocumentContent(value), 'CV');
        } catch (error) {
          expect((error as DomainError).code).toBe('DOCUMENT.VALIDATION');
        }
      }),
      { numRuns: 800 },
    );
  });
});
