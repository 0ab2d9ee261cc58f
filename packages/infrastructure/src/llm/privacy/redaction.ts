import { EMAIL, phonesIn, readHeader } from '../local/resume/contact.js';

/** What a personal value is; the placeholder says it (`[EMAIL_1]`), so the model can still write around it. */
export type PersonalKind = 'NAME' | 'EMAIL' | 'PHONE' | 'ADDRESS' | 'LINK';

export interface PersonalValue {
  kind: PersonalKind;
  value: string;
}

/** A profile's identifying basics (the fields a resume header shows). */
export interface PersonalBasics {
  fullName: string | null;
  email: string | null;
  phone: string | null;
  location: string | null;
  links: ReadonlyArray<{ url: string }>;
}

const PLACEHOLDER = /\[(NAME|EMAIL|PHONE|ADDRESS|LINK)_(\d+)\]/gu;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'()[\]{}]+[^\s<>"'()[\]{}.,;:!?]/giu;
// Words shorter than this are not redacted on their own (initials, "Jo" in running text).
const MIN_NAME_PART = 2;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The values of a profile's basics worth hiding, with the spellings a text is likely to use. */
export function personalValuesOf(basics: PersonalBasics): PersonalValue[] {
  const values: PersonalValue[] = [];
  const add = (kind: PersonalKind, value: string | null | undefined) => {
    const trimmed = value?.trim();
    if (trimmed) values.push({ kind, value: trimmed });
  };
  add('NAME', basics.fullName);
  for (const part of basics.fullName?.split(/\s+/u) ?? [])
    if (part.replace(/[^\p{L}]/gu, '').length >= MIN_NAME_PART) add('NAME', part);
  add('EMAIL', basics.email);
  add('EMAIL', basics.email?.toLowerCase());
  add('PHONE', basics.phone);
  add('ADDRESS', basics.location);
  for (const { url } of basics.links) {
    add('LINK', url);
    // The same link as texts often write it: without the scheme, "www." or a trailing slash.
    const bare = url.replace(/^https?:\/\//iu, '').replace(/^www\./iu, '');
    add('LINK', bare.replace(/\/+$/u, ''));
  }
  return values;
}

/**
 * Personal values found in free text without knowing them beforehand: email addresses, web links and phone
 * numbers anywhere, and for a resume also the name and address of its header.
 */
export function personalValuesIn(text: string, isResume: boolean): PersonalValue[] {
  const found: PersonalValue[] = [];
  for (const [match] of text.matchAll(new RegExp(EMAIL.source, 'gu')))
    found.push({ kind: 'EMAIL', value: match });
  for (const [match] of text.matchAll(URL)) found.push({ kind: 'LINK', value: match });
  for (const phone of phonesIn(text.replace(URL, ' '))) found.push({ kind: 'PHONE', value: phone });
  if (isResume) {
    const header = readHeader(
      text
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean)
        .slice(0, 10),
    );
    found.push(...personalValuesOf({ ...header, email: null, phone: null, links: [] }));
  }
  return found;
}

/**
 * The placeholders of one model call: every occurrence of a personal value becomes `[KIND_n]` (the same
 * value always the same placeholder), and `restore` puts the values back into what the model answered.
 * Longer values are replaced first, so a full name wins over its parts and a URL over its bare form; values
 * only match as whole words, so "Mark" the name does not eat "Marketing".
 */
export class Redaction {
  private readonly placeholderOf = new Map<string, string>();
  private readonly valueOf = new Map<string, string>();
  private readonly pattern: RegExp | null;
  private replaced = 0;

  constructor(values: readonly PersonalValue[]) {
    const counters = new Map<PersonalKind, number>();
    const kinds = new Map<string, PersonalKind>();
    for (const { kind, value } of values) if (!kinds.has(value)) kinds.set(value, kind);
    const ordered = [...kinds.keys()].sort((a, b) => b.length - a.length);
    for (const value of ordered) {
      const kind = kinds.get(value)!;
      const n = (counters.get(kind) ?? 0) + 1;
      counters.set(kind, n);
      const placeholder = `[${kind}_${n}]`;
      this.placeholderOf.set(value, placeholder);
      this.valueOf.set(placeholder, value);
    }
    this.pattern =
      ordered.length === 0
        ? null
        : new RegExp(
            `(?<![\\p{L}\\p{N}_])(?:${ordered.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}_])`,
            'gu',
          );
  }

  /** How many occurrences have been replaced so far. */
  get replacements(): number {
    return this.replaced;
  }

  hide(text: string): string {
    if (!this.pattern) return text;
    return text.replace(this.pattern, (value) => {
      this.replaced += 1;
      return this.placeholderOf.get(value) ?? value;
    });
  }

  restore(text: string): string {
    return text.replace(PLACEHOLDER, (placeholder) => this.valueOf.get(placeholder) ?? placeholder);
  }

  /** `value` with `map` applied to every string in it (object keys untouched). */
  static mapStrings<T>(value: T, map: (text: string) => string): T {
    if (typeof value === 'string') return map(value) as T;
    if (Array.isArray(value)) return value.map((item: unknown) => Redaction.mapStrings(item, map)) as T;
    if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype)
      return Object.fromEntries(
        Object.entries(value).map(([key, item]) => [key, Redaction.mapStrings(item, map)]),
      ) as T;
    return value;
  }

  /** Every string inside `value`. */
  static stringsOf(value: unknown): string[] {
    const found: string[] = [];
    Redaction.mapStrings(value, (text) => {
      found.push(text);
      return text;
    });
    return found;
  }
}
