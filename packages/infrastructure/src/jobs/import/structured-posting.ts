import {
  parseJobPosting,
  type EmploymentType,
  type ParsedJobPosting,
  type RemotePolicy,
  type SalaryPeriod,
  type SalaryRange,
} from '@tailor/domain';

/** Fields a page states in structured form (JSON-LD or a board's JSON); undefined = not stated. */
export interface StatedFields {
  title?: string | null;
  company?: string | null;
  location?: string | null;
  remote?: RemotePolicy | null;
  employmentType?: EmploymentType | null;
  salaryRange?: SalaryRange | null;
  datePosted?: string | null;
  validThrough?: string | null;
  /** Extra requirement-type text the markup keeps apart from the description (skills, qualifications). */
  requirements?: readonly string[];
  responsibilities?: readonly string[];
}

const clean = (value: string | null | undefined): string | null => {
  if (value === null || value === undefined) return null;
  const t = value.replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
};

/**
 * A posting from structured fields plus its description text: the text parser reads the description
 * (sections, lists, anything the markup does not state) and every stated field wins over what it guessed.
 */
export function structuredPosting(stated: StatedFields, descriptionText: string): ParsedJobPosting {
  const title = clean(stated.title);
  // The title line first, so the text parser does not take the description's first line for a title.
  const parsed = parseJobPosting(title === null ? descriptionText : `${title}\n${descriptionText}`);
  const pick = <T>(value: T | null | undefined, fallback: T | null): T | null =>
    value === undefined || value === null ? fallback : value;
  return {
    ...parsed,
    title: title ?? parsed.title,
    company: clean(stated.company) ?? parsed.company,
    location: clean(stated.location) ?? parsed.location,
    remote: pick(stated.remote, parsed.remote),
    employmentType: pick(stated.employmentType, parsed.employmentType),
    salaryRange: pick(stated.salaryRange, parsed.salaryRange),
    datePosted: clean(stated.datePosted),
    validThrough: clean(stated.validThrough),
    description: descriptionText.trim(),
    responsibilities: [...parsed.responsibilities, ...(stated.responsibilities ?? [])],
    requirements: [...parsed.requirements, ...(stated.requirements ?? [])],
  };
}

const EMPLOYMENT: Readonly<Record<string, EmploymentType>> = {
  FULL_TIME: 'full_time',
  FULLTIME: 'full_time',
  PART_TIME: 'part_time',
  PARTTIME: 'part_time',
  CONTRACTOR: 'contract',
  CONTRACT: 'contract',
  TEMPORARY: 'temporary',
  TEMP: 'temporary',
  INTERN: 'internship',
  INTERNSHIP: 'internship',
  PER_DIEM: 'temporary',
};

/** schema.org / board employment type words ("FULL_TIME", "FullTime", "Full-time") → ours. */
export function employmentTypeOf(value: unknown): EmploymentType | null {
  const values = Array.isArray(value) ? value : [value];
  for (const v of values) {
    if (typeof v !== 'string') continue;
    const key = v
      .replace(/[\s-]/g, '_')
      .replace(/([a-z])([A-Z])/g, '$1_$2')
      .toUpperCase();
    const found = EMPLOYMENT[key] ?? EMPLOYMENT[key.replace(/_/g, '')];
    if (found) return found;
  }
  return null;
}

/** "YEAR", "per-year-salary", "1 YEAR", "HOUR", "annually" → a salary period. */
export function salaryPeriodOf(value: unknown): SalaryPeriod | null {
  if (typeof value !== 'string') return null;
  const v = value.toLowerCase();
  if (/year|annual|annum/.test(v)) return 'year';
  if (/month/.test(v)) return 'month';
  if (/week/.test(v)) return 'week';
  if (/day|daily/.test(v)) return 'day';
  if (/hour/.test(v)) return 'hour';
  return null;
}

/** A number from a JSON value that may be a numeric string ("85000", "85,000.00"). */
export function amountOf(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== 'string') return null;
  const n = Number(value.replace(/[,\s]/g, ''));
  return Number.isFinite(n) && n >= 0 && value.trim() !== '' ? n : null;
}

/** A salary range from bounds that may be missing or reversed; null when nothing usable is stated. */
export function salaryRangeOf(
  min: number | null,
  max: number | null,
  currency: unknown,
  period: SalaryPeriod | null,
): SalaryRange | null {
  if (min === null && max === null) return null;
  const lo = min ?? max;
  const hi = max ?? min;
  const code =
    typeof currency === 'string' && /^[A-Za-z]{3}$/.test(currency.trim())
      ? currency.trim().toUpperCase()
      : null;
  return {
    min: lo !== null && hi !== null ? Math.min(lo, hi) : lo,
    max: lo !== null && hi !== null ? Math.max(lo, hi) : hi,
    currency: code,
    period,
  };
}
