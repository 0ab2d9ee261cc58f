/**
 * Where a profile keeps what a resume says that the profile has no field for: awards, volunteer work,
 * publications, interests and the rest of JSON Resume's sections, under `customFields.jsonResume`, each in
 * JSON Resume's own shape (https://jsonresume.org/schema), so that a JSON Resume export gives them back. A
 * JSON Resume import keeps them there, and a file import puts the sections it reads there too.
 */
export const UNMODELLED_SECTIONS_KEY = 'jsonResume';

type Entry = Readonly<Record<string, unknown>>;
const isEmptyValue = (value: unknown): boolean =>
  value === null || value === undefined || (Array.isArray(value) && value.length === 0);

/**
 * The custom fields that keep a resume's unmodelled sections, given as JSON Resume entries ({ awards: [{title,
 * date}], volunteer: […] }): empty values, empty entries and empty sections left out; {} when nothing is left.
 */
export function keptSectionsFields(
  sections: Readonly<Record<string, readonly Entry[]>>,
): Record<string, unknown> {
  const kept: Record<string, unknown> = {};
  for (const [section, entries] of Object.entries(sections)) {
    const read = entries
      .map((entry) => Object.fromEntries(Object.entries(entry).filter(([, value]) => !isEmptyValue(value))))
      .filter((entry) => Object.keys(entry).length > 0);
    if (read.length > 0) kept[section] = read;
  }
  return Object.keys(kept).length > 0 ? { [UNMODELLED_SECTIONS_KEY]: kept } : {};
}

/** The kept sections that state facts about the person, which generated text may repeat. */
export const STATED_SECTIONS = ['awards', 'volunteer', 'publications'] as const;
export type StatedSection = (typeof STATED_SECTIONS)[number];

/** One entry of a stated section, as text the truthfulness gate reads like a profile item's. */
export interface StatedEntry {
  readonly section: StatedSection;
  /** The entry's position in its section, as a string ("0"). */
  readonly itemId: string;
  /** Its names first (an award's title and awarder, a role and its organisation), then its sentences. */
  readonly names: readonly string[];
  readonly sentences: readonly string[];
  /** The role held, for volunteer work ("Volunteer Coordinator"), else null. */
  readonly role: string | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
}

// customFields is bounded as a whole (PROFILE_LIMITS.customFieldsJson); this bounds the gate's work (about
// 0.4 ms an entry to compile): an academic's 200 publications would cost every check of a letter 80 ms. An
// entry past it supports nothing (the gate fails closed).
const MAX_ENTRIES = 50;

type Obj = Record<string, unknown>;
const isObj = (value: unknown): value is Obj =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;
const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap((entry) => text(entry) ?? []) : [];

// Each section's names and sentences, by JSON Resume's field names.
const FIELDS: Record<StatedSection, { names: string[]; sentences: string[]; start: string; end?: string }> = {
  awards: { names: ['title', 'awarder'], sentences: ['summary'], start: 'date' },
  volunteer: {
    names: ['position', 'organization'],
    sentences: ['summary', 'highlights'],
    start: 'startDate',
    end: 'endDate',
  },
  publications: { names: ['name', 'publisher'], sentences: ['summary'], start: 'releaseDate' },
};

/** The entries of the stated sections a profile keeps (none when its custom fields hold none). */
export function statedEntries(customFields: Readonly<Record<string, unknown>>): StatedEntry[] {
  const kept = customFields[UNMODELLED_SECTIONS_KEY];
  if (!isObj(kept)) return [];
  return STATED_SECTIONS.flatMap((section) => {
    const entries = kept[section];
    if (!Array.isArray(entries)) return [];
    const fields = FIELDS[section];
    return entries.slice(0, MAX_ENTRIES).flatMap((entry, index): StatedEntry[] => {
      if (!isObj(entry)) return [];
      const names = fields.names.flatMap((field) => text(entry[field]) ?? []);
      const sentences = fields.sentences.flatMap((field) =>
        [text(entry[field]) ?? [], texts(entry[field])].flat(),
      );
      if (names.length === 0 && sentences.length === 0) return [];
      return [
        {
          section,
          itemId: String(index),
          names,
          sentences,
          role: section === 'volunteer' ? text(entry.position) : null,
          startDate: text(entry[fields.start]),
          endDate: fields.end === undefined ? null : text(entry[fields.end]),
        },
      ];
    });
  });
}
