/**
 * Writes the posting corpus (tests/fixtures/postings/) from scripts/posting-corpus-specs.ts: text postings as
 * written, pages with and without JSON-LD, and Greenhouse / Lever / Ashby job JSON, plus expected.json.
 * Run: npx tsx scripts/build-posting-corpus.ts
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BLIND3_SPECS } from './posting-corpus-blind3-specs.js';
import { HELDOUT_SPECS } from './posting-corpus-heldout-specs.js';
import { SPECS, type Spec } from './posting-corpus-specs.js';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(repoRoot, 'tests/fixtures/postings');

const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** "## Heading" / "- item" / paragraph lines → HTML. */
function toHtml(text: string): string {
  const out: string[] = [];
  let list = false;
  for (const line of text.split('\n')) {
    const item = /^- (.*)$/.exec(line);
    if (!item && list) {
      out.push('</ul>');
      list = false;
    }
    if (item) {
      if (!list) out.push('<ul>');
      list = true;
      out.push(`<li>${escape(item[1]!)}</li>`);
    } else if (line.startsWith('## ')) out.push(`<h3>${escape(line.slice(3))}</h3>`);
    else if (line.trim() !== '') out.push(`<p>${escape(line)}</p>`);
  }
  if (list) out.push('</ul>');
  return out.join('');
}

const slug = (t: string) =>
  t
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function address(location: string) {
  const parts = location.split(',').map((p) => p.trim());
  if (parts.length === 3)
    return { addressLocality: parts[0], addressRegion: parts[1], addressCountry: parts[2] };
  if (parts.length === 2) return { addressLocality: parts[0], addressCountry: parts[1] };
  return { addressLocality: parts[0] };
}

const UNIT = { year: 'YEAR', month: 'MONTH', week: 'WEEK', day: 'DAY', hour: 'HOUR' } as const;

const chrome = (body: string, head = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Careers</title>${head}
<script>window.dataLayer=[{"skills":"Kubernetes Python Salesforce"}];</script><style>.nav{color:red}</style></head>
<body><header class="site"><nav><a href="/">Home</a> <a href="/jobs">All jobs</a> <a href="/login">Sign in</a></nav></header>
${body}
<footer><p>© 2026 · Privacy · Cookies · Our engineering blog: Python, Kafka and Spark at scale</p></footer>
<div class="cookie-banner">We use cookies for Google Analytics.</div></body></html>
`;

function jsonLdPage(spec: Spec, index: number): string {
  const e = spec.expect;
  const f = spec.fields ?? {};
  const description = toHtml(spec.text);
  const posting: Record<string, unknown> = {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: e.title,
    // Every other page escapes its description once more, as several job sites do.
    description: index % 2 === 0 ? description : escape(description),
    hiringOrganization: { '@type': 'Organization', name: e.company, sameAs: 'https://example.org' },
    jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', ...address(e.location) } },
    ...(f.employmentType ? { employmentType: index % 3 === 0 ? [f.employmentType] : f.employmentType } : {}),
    ...(f.remote ? { jobLocationType: 'TELECOMMUTE' } : {}),
    ...(f.datePosted ? { datePosted: f.datePosted } : {}),
    ...(f.validThrough ? { validThrough: f.validThrough } : {}),
    ...(e.salary
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: e.salary.currency,
            value: {
              '@type': 'QuantitativeValue',
              ...(e.salary.min === e.salary.max
                ? { value: e.salary.max }
                : { minValue: e.salary.min, maxValue: e.salary.max }),
              ...(e.salary.period ? { unitText: UNIT[e.salary.period] } : {}),
            },
          },
        }
      : {}),
  };
  // Single object, an array, or an @graph beside other nodes: the three shapes sites use.
  const shapes = [
    posting,
    [{ '@type': 'WebSite', name: 'Careers' }, posting],
    { '@context': 'https://schema.org', '@graph': [{ '@type': 'Organization', name: 'Job board' }, posting] },
  ];
  const ld = JSON.stringify(shapes[index % 3], null, 1);
  return chrome(
    `<main><h1>${escape(e.title)}</h1><div class="apply"><button>Apply now</button></div><p>See the full description below.</p></main>`,
    `<script type="application/ld+json">${ld}</script>`,
  );
}

function plainPage(spec: Spec): string {
  const [first, ...rest] = spec.text.split('\n');
  return chrome(
    `<main><article class="posting"><h1>${escape(spec.expect.title)}</h1><p class="meta">${escape(first!)}</p>${toHtml(rest.join('\n'))}<form><button>Apply</button></form></article></main>`,
  );
}

function greenhouse(spec: Spec, id: number) {
  const e = spec.expect;
  return {
    id,
    internal_job_id: id * 7,
    title: e.title,
    updated_at: '2026-11-30T10:00:00-05:00',
    requisition_id: `R-${id}`,
    location: { name: e.location },
    absolute_url: `https://boards.greenhouse.io/${slug(e.company)}/jobs/${id}`,
    company_name: e.company,
    metadata: null,
    content: escape(toHtml(spec.text)),
    departments: [{ id: 1, name: 'Operations' }],
    offices: [{ id: 2, name: e.location }],
  };
}

function lever(spec: Spec, id: string) {
  const e = spec.expect;
  const [intro, ...sections] = spec.text.split('\n## ');
  return {
    id,
    text: e.title,
    categories: { location: e.location, commitment: 'Full-time', team: 'Operations' },
    description: toHtml(intro!),
    descriptionPlain: intro,
    lists: sections.map((section) => {
      const [heading, ...items] = section.split('\n');
      return {
        text: heading,
        content: items.map((i) => `<li>${escape(i.replace(/^- /, ''))}</li>`).join(''),
      };
    }),
    additional: '<p>We are an equal opportunity employer.</p>',
    hostedUrl: `https://jobs.lever.co/${slug(e.company)}/${id}`,
    applyUrl: `https://jobs.lever.co/${slug(e.company)}/${id}/apply`,
    workplaceType: spec.fields?.remote ? 'remote' : 'on-site',
    ...(e.salary
      ? {
          salaryRange: {
            min: e.salary.min,
            max: e.salary.max,
            currency: e.salary.currency,
            interval: `per-${e.salary.period ?? 'year'}-salary`,
          },
        }
      : {}),
    createdAt: 1764547200000,
  };
}

function ashby(spec: Spec, id: string) {
  const e = spec.expect;
  const job = {
    id,
    title: e.title,
    department: 'Operations',
    team: 'Operations',
    employmentType: spec.fields?.employmentType ?? 'FullTime',
    location: e.location,
    secondaryLocations: [],
    publishedAt: spec.fields?.datePosted ? `${spec.fields.datePosted}T09:00:00.000+00:00` : undefined,
    isListed: true,
    isRemote: spec.fields?.remote ?? false,
    workplaceType: spec.fields?.remote ? 'Remote' : 'OnSite',
    descriptionHtml: toHtml(spec.text),
    descriptionPlain: spec.text.replace(/^## /gm, '').replace(/^- /gm, '• '),
    jobUrl: `https://jobs.ashbyhq.com/${slug(e.company)}/${id}`,
    compensation: e.salary
      ? {
          compensationTierSummary: `${e.salary.min} – ${e.salary.max} ${e.salary.currency}`,
          summaryComponents: [
            {
              compensationType: 'Salary',
              interval: `1 ${UNIT[e.salary.period ?? 'year']}`,
              currencyCode: e.salary.currency,
              minValue: e.salary.min,
              maxValue: e.salary.max,
            },
          ],
        }
      : null,
  };
  const other = {
    ...job,
    id: '00000000-other',
    title: 'Office Manager',
    descriptionHtml: '<p>Keep the office running.</p>',
    jobUrl: `https://jobs.ashbyhq.com/${slug(e.company)}/00000000-other`,
    compensation: null,
  };
  return { apiVersion: '1', jobs: [other, job] };
}

mkdirSync(outDir, { recursive: true });
const expected: Record<string, unknown>[] = [];
const heldout = new Set(HELDOUT_SPECS.map((spec) => spec.id));
const blind3 = new Set(BLIND3_SPECS.map((spec) => spec.id));
[...SPECS, ...HELDOUT_SPECS, ...BLIND3_SPECS].forEach((spec, index) => {
  let file: string;
  let content: string;
  let url: string | null = null;
  switch (spec.shape) {
    case 'headed':
    case 'prose':
    case 'one-line':
      file = `${spec.id}.txt`;
      content = spec.text + '\n';
      break;
    case 'jsonld':
      file = `${spec.id}.html`;
      content = jsonLdPage(spec, index);
      break;
    case 'page':
      file = `${spec.id}.html`;
      content = plainPage(spec);
      break;
    case 'greenhouse': {
      const job = greenhouse(spec, 4_000_000 + index);
      file = `${spec.id}.json`;
      content = JSON.stringify(job, null, 2) + '\n';
      url = job.absolute_url;
      break;
    }
    case 'lever': {
      const id = `5c1f${index.toString(16).padStart(4, '0')}-aaaa-4bbb-8ccc-1234567890ab`;
      const job = lever(spec, id);
      file = `${spec.id}.json`;
      content = JSON.stringify(job, null, 2) + '\n';
      url = job.hostedUrl;
      break;
    }
    case 'ashby': {
      const id = `a5b${index.toString(16).padStart(5, '0')}-1111-4222-8333-444455556666`;
      const board = ashby(spec, id);
      file = `${spec.id}.json`;
      content = JSON.stringify(board, null, 2) + '\n';
      url = board.jobs[1]!.jobUrl;
      break;
    }
  }
  writeFileSync(join(outDir, file), content);
  expected.push({
    id: spec.id,
    lang: spec.lang,
    shape: spec.shape,
    set: heldout.has(spec.id) ? 'heldout' : blind3.has(spec.id) ? 'blind3' : 'first',
    file,
    url,
    fields: spec.fields ?? {},
    expect: spec.expect,
  });
});
// The "round14" and later postings were written by hand, files and expectations both: any set this script does
// not write is kept as it is.
const previous = join(outDir, 'expected.json');
const generated = new Set(['first', 'heldout', 'blind3']);
const handWritten = existsSync(previous)
  ? (JSON.parse(readFileSync(previous, 'utf8')) as { set?: string }[]).filter(
      (e) => e.set !== undefined && !generated.has(e.set),
    )
  : [];
writeFileSync(previous, JSON.stringify([...expected, ...handWritten], null, 2) + '\n');
console.log(`${expected.length} postings written to ${outDir}, ${handWritten.length} hand-written kept`);
