import type { ParsedResumeAward, ParsedResumePublication, ParsedResumeVolunteer } from '@tailor/domain';
import { splitList } from '../text-tools.js';
import { findRange, findSingle, withoutDates } from './dates.js';
import { parseExperiences } from './experience.js';
import { joinWrapped, toLines, wordCount, type Line } from './lines.js';

// An entry of these sections is a line or two; longer text is a paragraph about them, not one of them.
const MAX_ENTRY_WORDS = 60;
// "Hobbies: …", "Interests –": a label inside the section names it again.
const LABEL = /^\p{L}[\p{L} &/-]{0,30}:\s*/u;

/**
 * The entries of a list section: each bullet with the unbulleted lines after it, or, without bullets, each
 * line ("Employee of the Year, Acme Corp (2021)").
 */
function entries(section: readonly string[]): string[] {
  const lines = toLines(section);
  const bulleted = lines.some((line) => line.bullet !== null);
  const out: Line[][] = [];
  for (const line of lines) {
    const continues = bulleted && line.bullet === null && !line.blankBefore && out.length > 0;
    if (continues) out.at(-1)?.push(line);
    else out.push([line]);
  }
  return out
    .map((group) => joinWrapped(group.map((line) => line.bullet ?? line.text)))
    .filter((entry) => /\p{L}/u.test(entry) && wordCount(entry, MAX_ENTRY_WORDS + 1) <= MAX_ENTRY_WORDS);
}

/** The entry and the one date it gives ("Dean's List, 2019" → "Dean's List" and 2019). */
function dated(entry: string): { text: string; date: string | null } {
  const range = findRange(entry);
  const single = range ? null : findSingle(entry);
  const found = range ?? single;
  if (found === null) return { text: entry, date: null };
  const text = withoutDates(entry, found);
  return { text: text === '' ? entry : text, date: range ? range.start : (single?.end ?? null) };
}

/** Awards and honours, one an entry, with the date the entry gives; the awarder stays in the title as written. */
export function parseAwards(section: readonly string[]): ParsedResumeAward[] {
  return entries(section).map((entry) => {
    const { text, date } = dated(entry);
    return { title: text, awarder: null, date };
  });
}

/** Publications as cited, whole ("Kowalski J., Title, Journal 12(3), 2021"), with the year of the citation. */
export function parsePublications(section: readonly string[]): ParsedResumePublication[] {
  return entries(section).map((entry) => ({ name: entry, date: findSingle(entry)?.end ?? null }));
}

/** Interests and hobbies, one each, from lists or lines ("Chess, trail running · Photography"). */
export function parseInterests(section: readonly string[]): string[] {
  const names = entries(section).flatMap((entry) =>
    splitList(entry.replace(LABEL, ''), ',;|·•').map((name) => name.trim()),
  );
  return [...new Set(names.filter((name) => /\p{L}/u.test(name) && wordCount(name, 9) <= 8))];
}

/** Volunteer work, read as roles are (position, organisation, dates, bullets). */
export function parseVolunteer(section: readonly string[]): ParsedResumeVolunteer[] {
  return parseExperiences(section).map((role) => ({
    position: role.title,
    organization: role.company,
    startDate: role.startDate,
    endDate: role.current ? null : role.endDate,
    bullets: role.bullets,
  }));
}
