import type { CheerioAPI } from 'cheerio';
import type { ParsedJobPosting, RemotePolicy } from '@tailor/domain';
import { decodeEntities, htmlToText } from './html-text.js';
import {
  amountOf,
  employmentTypeOf,
  salaryPeriodOf,
  salaryRangeOf,
  structuredPosting,
  type StatedFields,
} from './structured-posting.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const str = (v: unknown): string | null => (typeof v === 'string' ? decodeEntities(v).trim() || null : null);

const MAX_NODES = 10_000;

function hasType(node: Json, type: string): boolean {
  return asArray(node['@type']).some((t) => typeof t === 'string' && t.replace(/^.*[/#]/, '') === type);
}

/** Every JobPosting node in parsed JSON-LD: a single object, an array, an @graph, or nested (bounded walk). */
export function jobPostingNodes(documents: readonly unknown[]): Json[] {
  const found: Json[] = [];
  const queue: unknown[] = [...documents];
  let seen = 0;
  while (queue.length > 0 && seen++ < MAX_NODES) {
    const node = queue.shift();
    if (Array.isArray(node)) queue.push(...node);
    else if (isObject(node)) {
      if (hasType(node, 'JobPosting')) found.push(node);
      else
        for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'item'])
          if (key in node) queue.push(node[key]);
    }
  }
  return found;
}

/** The JSON-LD blocks of a page, parsed; broken blocks are skipped (pages often ship one). */
export function jsonLdDocuments($: CheerioAPI): unknown[] {
  const docs: unknown[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    const raw = $(el)
      .text()
      .trim()
      .replace(/^<!\[CDATA\[|\]\]>$/g, '')
      .replace(/^<!--|-->$/g, '');
    try {
      docs.push(JSON.parse(raw));
    } catch {
      // Some sites put raw line breaks inside strings: one more try with them escaped.
      try {
        docs.push(JSON.parse(raw.replace(/[\r\n\t]+/g, ' ')));
      } catch {
        /* not JSON: ignored */
      }
    }
  });
  return docs;
}

function orgName(v: unknown): string | null {
  for (const item of asArray(v)) {
    if (typeof item === 'string') return str(item);
    if (isObject(item)) {
      const name = str(item['name']) ?? str(item['legalName']);
      if (name) return name;
    }
  }
  return null;
}

function addressText(address: unknown): string | null {
  if (typeof address === 'string') return str(address);
  if (!isObject(address)) return null;
  const country = isObject(address['addressCountry'])
    ? str(address['addressCountry']['name'])
    : str(address['addressCountry']);
  const parts = [str(address['addressLocality']), str(address['addressRegion']), country].filter(
    (p): p is string => p !== null,
  );
  // "Berlin, Berlin, DE": a region repeating the city adds nothing.
  const unique = parts.filter((p, i) => parts.indexOf(p) === i);
  return unique.length > 0 ? unique.join(', ') : null;
}

function locationOf(node: Json): string | null {
  const places: string[] = [];
  for (const place of asArray(node['jobLocation'])) {
    const text = isObject(place) ? (addressText(place['address']) ?? str(place['name'])) : str(place);
    if (text && !places.includes(text)) places.push(text);
  }
  if (places.length > 0) return places.join('; ');
  const applicants = asArray(node['applicantLocationRequirements'])
    .map((r) => (isObject(r) ? str(r['name']) : str(r)))
    .filter((r): r is string => r !== null);
  return applicants.length > 0 ? applicants.join('; ') : null;
}

function remoteOf(node: Json): RemotePolicy | null {
  const type = asArray(node['jobLocationType']).map((t) => String(t).toUpperCase());
  if (type.includes('TELECOMMUTE')) return node['jobLocation'] !== undefined ? 'hybrid' : 'remote';
  return null;
}

function salaryOf(node: Json) {
  for (const key of ['baseSalary', 'estimatedSalary']) {
    for (const amount of asArray(node[key])) {
      if (typeof amount === 'number' || typeof amount === 'string') {
        const n = amountOf(amount);
        if (n !== null) return salaryRangeOf(n, n, node['salaryCurrency'], null);
        continue;
      }
      if (!isObject(amount)) continue;
      const currency = amount['currency'] ?? node['salaryCurrency'];
      const value = amount['value'];
      if (isObject(value)) {
        const min = amountOf(value['minValue']) ?? amountOf(value['value']);
        const max = amountOf(value['maxValue']) ?? amountOf(value['value']);
        const range = salaryRangeOf(
          min,
          max,
          currency,
          salaryPeriodOf(value['unitText'] ?? amount['unitText']),
        );
        if (range) return range;
      } else {
        const n = amountOf(value);
        const range = salaryRangeOf(
          amountOf(amount['minValue']) ?? n,
          amountOf(amount['maxValue']) ?? n,
          currency,
          salaryPeriodOf(amount['unitText']),
        );
        if (range) return range;
      }
    }
  }
  return null;
}

const textList = (v: unknown): string[] =>
  asArray(v)
    .map((item) =>
      typeof item === 'string'
        ? htmlToText(decodeEntities(item))
        : isObject(item)
          ? (str(item['name']) ?? str(item['description']))
          : null,
    )
    .filter((t): t is string => t !== null && t !== '');

/** A schema.org JobPosting node as a posting: every field the markup states is taken as stated. */
export function postingFromJsonLd(node: Json): ParsedJobPosting {
  const description = htmlToText(
    decodeEntities(typeof node['description'] === 'string' ? node['description'] : ''),
  );
  const stated: StatedFields = {
    title: str(node['title']) ?? str(node['name']),
    company: orgName(node['hiringOrganization']),
    location: locationOf(node),
    remote: remoteOf(node),
    employmentType: employmentTypeOf(node['employmentType']),
    salaryRange: salaryOf(node),
    datePosted: str(node['datePosted']),
    validThrough: str(node['validThrough']),
    requirements: [
      ...textList(node['qualifications']),
      ...textList(node['skills']),
      ...textList(node['experienceRequirements']),
      ...textList(node['educationRequirements']),
    ],
    responsibilities: textList(node['responsibilities']),
  };
  return structuredPosting(stated, description);
}
