import type { EntryBlock, RenderableDocument } from '@tailor/domain';

const entry = (i: number, organisation: string, extra = ''): EntryBlock => ({
  type: 'entry',
  title: `Senior Software Engineer ${i}`,
  organisation,
  location: 'Kraków',
  dates: `${2010 + i} – ${2011 + i}`,
  bullets: [
    `Led the migration of ${i + 3} services to an event-driven architecture, cutting p99 latency by ${20 + i}% ${extra}`.trim(),
    'Mentored four engineers and ran the hiring loop for the platform team with Çağrı Şahin and Jiří Dvořák',
    'Designed the billing reconciliation pipeline processing two million invoices a month without manual work',
  ],
});

/** Sample documents for renderer tests and the benchmark: multilingual names, two pages, links. */
export const DocumentMother = {
  /** A two-page resume in Latin, Greek and Cyrillic scripts (DejaVu only). */
  resume(overrides: Partial<RenderableDocument> = {}): RenderableDocument {
    return {
      kind: 'resume',
      title: 'Łukasz Żółć — Resume',
      language: 'pl',
      subject: 'Resume for Staff Engineer at Example',
      keywords: ['TypeScript', 'PostgreSQL'],
      header: {
        fullName: 'Łukasz Żółć',
        headline: 'Staff Software Engineer · Ελένη Παπαδοπούλου reference · Иван Петров team',
        contact: [
          { kind: 'email', text: 'lukasz@example.com' },
          { kind: 'phone', text: '+48 600 700 800' },
          { kind: 'location', text: 'Kraków, Poland' },
          { kind: 'link', text: 'github.com/lzolc', url: 'https://github.com/lzolc' },
        ],
      },
      sections: [
        {
          heading: 'Summary',
          blocks: [
            {
              type: 'paragraph',
              text: 'Backend engineer with twelve years of experience building payment, search and document systems in TypeScript, Go and PostgreSQL. Worked with Ελένη Παπαδοπούλου in Athens and Иван Петров in Sofia on distributed teams.',
            },
          ],
        },
        {
          heading: 'Experience',
          blocks: Array.from({ length: 9 }, (_, i) =>
            entry(i, i % 2 ? 'Акме Софтуер' : 'Example Sp. z o.o.'),
          ),
        },
        {
          heading: 'Education',
          blocks: [
            {
              type: 'entry',
              title: 'MSc Computer Science',
              organisation: 'AGH University of Science and Technology',
              dates: '2008 – 2010',
              bullets: [],
            },
          ],
        },
        {
          heading: 'Skills',
          blocks: [{ type: 'list', items: ['TypeScript', 'Go', 'PostgreSQL', 'Kubernetes', 'Kafka'] }],
        },
      ],
      ...overrides,
    };
  },

  /** The same resume with Chinese text (needs the CJK fallback). */
  cjkResume(): RenderableDocument {
    const base = DocumentMother.resume();
    return {
      ...base,
      title: '李雷 — 简历',
      language: 'zh-CN',
      header: {
        ...base.header,
        fullName: '李雷 Li Lei',
        headline: '高级软件工程师 · Senior Software Engineer · mentored by Łukasz Żółć',
      },
      sections: [
        {
          heading: '个人简介',
          blocks: [{ type: 'paragraph', text: '拥有十二年后端开发经验，熟悉支付、搜索和文档系统。' }],
        },
        ...base.sections,
      ],
    };
  },

  coverLetter(overrides: Partial<RenderableDocument> = {}): RenderableDocument {
    return {
      kind: 'coverLetter',
      title: 'Cover letter — Jiří Dvořák',
      language: 'cs',
      header: {
        fullName: 'Jiří Dvořák',
        contact: [
          { kind: 'email', text: 'jiri@example.cz' },
          { kind: 'link', text: 'jiri.example.cz', url: 'https://jiri.example.cz/' },
        ],
      },
      letter: {
        date: '2 January 2025',
        recipient: ['Çağrı Şahin', 'Head of Engineering', 'Example A.Ş., İstanbul'],
        salutation: 'Dear Çağrı Şahin,',
        closing: 'Kind regards,',
      },
      sections: [
        {
          heading: '',
          blocks: [
            {
              type: 'paragraph',
              text: 'I am applying for the Staff Engineer role. For eight years I have built backend systems that move money safely, and I would like to bring that experience to your payments team.',
            },
            {
              type: 'paragraph',
              text: 'At my current employer I led the move to event sourcing and cut reconciliation time from days to minutes. Přílišný žluťoučký kůň úpěl ďábelské ódy.',
            },
          ],
        },
      ],
      ...overrides,
    };
  },
};
