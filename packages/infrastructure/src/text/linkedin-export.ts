import type { ProfileContentInput } from '@tailor/domain';
import { ImportErrors, keptSectionsFields, PROFILE_LIMITS as L } from '@tailor/domain';
import { parse } from 'csv-parse/sync';
import { readEntries, type ZipEntryInfo } from './bounded-zip.js';

/** The CSV files of LinkedIn's "Get a copy of your data" that become a profile (any subset may be present). */
const FILES = [
  'Profile.csv',
  'Positions.csv',
  'Education.csv',
  'Skills.csv',
  'Certifications.csv',
  'Languages.csv',
  'Projects.csv',
  'Honors.csv',
  'Volunteering.csv',
  'Publications.csv',
  'Email Addresses.csv',
  'PhoneNumbers.csv',
] as const;
type ExportFile = (typeof FILES)[number];

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const isExportFile = (path: string): path is ExportFile =>
  (FILES as readonly string[]).includes(baseName(path));

/** Recognised by content: a ZIP holding at least one of the export's profile files. */
export const isLinkedInExport = (entries: ZipEntryInfo[]): boolean =>
  entries.some((entry) => isExportFile(entry.fileName));

type Row = Record<string, string>;

/**
 * Rows read from one CSV file at most: far more than any real export (LinkedIn keeps a few dozen positions and
 * skills), and what bounds a file of a hundred thousand rows to a few milliseconds of reading.
 */
const MAX_ROWS = 1_000;

/**
 * The profile keeps at most PROFILE_LIMITS items of each list, so only those cross back to the request's
 * thread: 110,000 positions (a 4.9 MB export) took seconds to copy and validate there. LinkedIn lists the
 * newest first, so the first ones are kept.
 */
const first = <T>(items: T[], limit: number): T[] => items.slice(0, limit);

/** The export → profile input; only what the files state is copied, and only http(s) links. */
export async function readLinkedInExport(bytes: Uint8Array): Promise<ProfileContentInput> {
  const files = await readEntries(bytes, isExportFile);
  const tables = new Map<ExportFile, Row[]>();
  for (const [path, data] of files) tables.set(baseName(path) as ExportFile, readCsv(data));
  const rows = (file: ExportFile) => tables.get(file) ?? [];
  const profile = rows('Profile.csv')[0] ?? {};
  const fullName = [profile['First Name'], profile['Last Name']].filter(Boolean).join(' ').trim();
  const emails = rows('Email Addresses.csv');
  const email =
    emails.find((row) => /^yes$/iu.test(row['Primary'] ?? ''))?.['Email Address'] ??
    emails[0]?.['Email Address'];
  return {
    fullName: fullName || null,
    headline: text(profile['Headline']),
    email: text(email),
    phone: text(rows('PhoneNumbers.csv')[0]?.['Number']),
    location: text(profile['Geo Location']) ?? text(profile['Address']),
    summary: text(profile['Summary']),
    links: first(urlsIn(profile['Websites'] ?? ''), L.links).map((url) => ({ label: labelOf(url), url })),
    experiences: first(rows('Positions.csv'), L.experiences).map((row) => {
      const end = monthOf(row['Finished On']);
      return {
        title: text(row['Title']),
        company: text(row['Company Name']),
        location: text(row['Location']),
        startDate: monthOf(row['Started On']),
        endDate: end,
        // LinkedIn leaves "Finished On" empty for the position held now.
        current: end === null && monthOf(row['Started On']) !== null,
        bullets: bulletsOf(row['Description'] ?? ''),
      };
    }),
    education: first(rows('Education.csv'), L.education).map((row) => ({
      institution: text(row['School Name']),
      degree: text(row['Degree Name']),
      startDate: monthOf(row['Start Date']),
      endDate: monthOf(row['End Date']),
      honors: text(row['Activities']),
    })),
    projects: first(rows('Projects.csv'), L.projects).map((row) => ({
      name: text(row['Title']),
      description: text(row['Description']),
      url: httpUrl(row['Url']),
      startDate: monthOf(row['Started On']),
      endDate: monthOf(row['Finished On']),
    })),
    skills: {
      technical: first(
        rows('Skills.csv')
          .map((row) => row['Name']?.trim() ?? '')
          .filter(Boolean),
        L.skillsPerCategory,
      ),
    },
    languages: first(rows('Languages.csv'), L.languages).map((row) => ({
      language: text(row['Name']),
      fluency: text(row['Proficiency']),
    })),
    certifications: first(rows('Certifications.csv'), L.certifications).map((row) => ({
      name: text(row['Name']),
      issuer: text(row['Authority']),
      date: monthOf(row['Started On']),
      url: httpUrl(row['Url']),
    })),
    customFields: keptSections(rows),
  };
}

/**
 * Honours, volunteer work and publications, which the profile has no field for: kept beside it in JSON
 * Resume's shape (UNMODELLED_SECTIONS_KEY), as a resume file's are.
 */
function keptSections(rows: (file: ExportFile) => Row[]): Record<string, unknown> {
  return keptSectionsFields({
    awards: rows('Honors.csv').map((row) => ({
      title: text(row['Title']),
      date: monthOf(row['Issued On']),
      summary: text(row['Description']),
    })),
    volunteer: rows('Volunteering.csv').map((row) => ({
      position: text(row['Role']),
      organization: text(row['Company Name']),
      startDate: monthOf(row['Started On']),
      endDate: monthOf(row['Finished On']),
      highlights: bulletsOf(row['Description'] ?? ''),
    })),
    publications: rows('Publications.csv').map((row) => ({
      name: text(row['Name']),
      publisher: text(row['Publisher']),
      releaseDate: monthOf(row['Published On']),
      url: httpUrl(row['Url']),
      summary: text(row['Description']),
    })),
  });
}

/**
 * One CSV file: BOM, CRLF and quoted multi-line fields are the parser's job. Some export files start with
 * a few lines of notes before the header row; the header is the first row with two or more cells.
 */
function readCsv(data: Buffer): Row[] {
  let records: string[][];
  try {
    records = parse(data, {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      // A few notes before the header row, then at most MAX_ROWS rows.
      to: MAX_ROWS + 10,
    });
  } catch {
    throw ImportErrors.unreadable('csv');
  }
  const headerAt = records.findIndex((record) => record.filter((cell) => cell.trim() !== '').length >= 2);
  const start = headerAt >= 0 ? headerAt : 0;
  const header = (records[start] ?? []).map((cell) => cell.trim());
  return records
    .slice(start + 1)
    .map((record) => Object.fromEntries(header.map((name, index) => [name, (record[index] ?? '').trim()])));
}

const text = (value: string | undefined): string | null => value?.trim() || null;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** "Jan 2020" → "2020-01", "2020" → "2020", "2020-03-01" → "2020-03"; anything else → null. */
export function monthOf(value: string | undefined): string | null {
  const raw = value?.trim() ?? '';
  const named = /^([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$/u.exec(raw);
  if (named) {
    const month = MONTHS.indexOf((named[1] as string).toLowerCase());
    return month >= 0 ? `${named[2]}-${String(month + 1).padStart(2, '0')}` : (named[2] as string);
  }
  const iso = /^(\d{4})-(\d{2})/u.exec(raw);
  if (iso) return `${iso[1]}-${iso[2]}`;
  const slashed = /^(\d{1,2})\/(?:\d{1,2}\/)?(\d{4})$/u.exec(raw);
  if (slashed) return `${slashed[2]}-${(slashed[1] as string).padStart(2, '0')}`;
  return /^\d{4}$/u.test(raw) ? raw : null;
}

const BULLET = /^\s*(?:[•▪●◦‣·*–-]|\d{1,2}[.)])\s*/u;

/** A description as bullets: its "•" items, else its lines, else its sentences; prose stays whole. */
function bulletsOf(description: string): string[] {
  const lines = description
    .split(/\r?\n|(?=\s•\s)/u)
    .map((line) => line.trim())
    .filter(Boolean);
  const bullets: string[] = [];
  for (const line of lines) {
    if (BULLET.test(line) || bullets.length === 0) bullets.push(line.replace(BULLET, '').trim());
    else bullets[bullets.length - 1] += ` ${line}`;
  }
  return bullets.filter(Boolean);
}

/** Only http(s) URLs survive (a `javascript:` or `data:` link in a profile field is dropped). */
function httpUrl(value: string | undefined): string | null {
  const raw = value?.trim() ?? '';
  if (/^https?:\/\/[^\s]+$/iu.test(raw)) return raw;
  if (/^www\.[^\s]+$/iu.test(raw)) return `https://${raw}`;
  return null;
}

/** LinkedIn writes websites as "[PERSONAL:https://…],[COMPANY:https://…]" or a plain list. */
function urlsIn(value: string): string[] {
  return [...value.matchAll(/(?:https?:\/\/|www\.)[^\s,\]]+/giu)]
    .map((match) => httpUrl(match[0]))
    .filter((url): url is string => url !== null);
}

const labelOf = (url: string): string =>
  /github\./iu.test(url) ? 'GitHub' : /linkedin\./iu.test(url) ? 'LinkedIn' : 'Website';
