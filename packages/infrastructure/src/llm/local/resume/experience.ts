import type { ParsedResumeExperience } from '@tailor/domain';
import {
  DANGLING_LEAD,
  DANGLING_START,
  DANGLING_TAIL,
  findRange,
  findSingle,
  OPEN_OR_POINT_LINE,
  OPEN_OR_POINT_START,
  RANGE_END_START,
  withoutDates,
  type FoundDates,
} from './dates.js';
import {
  assignHeader,
  EMPLOYMENT_TYPE,
  headerFields,
  isEmployerWithPlace,
  lineParts,
  ORG_WORD,
  TITLE_WORD,
  type HeaderOrder,
} from './entry-header.js';
import { joinWrapped, sentences, toLines, wordCount, type Line } from './lines.js';

const SINCE_START = /^(?:since|seit|od|depuis|desde)\s/iu;

/** A line that could be (part of) an entry's header: short, not a bullet, not a sentence. */
const headerLike = (line: Line): boolean =>
  line.bullet === null &&
  wordCount(line.text, 16) <= 14 &&
  !/[.!?;]$/u.test(line.text) &&
  !/^\p{Ll}/u.test(line.text);

/**
 * Puts a range split over two lines back together: "June 2022 –" + "Present", and the date column of a
 * two-column text layout, "2017 – Product Manager, Google" + "Present Leading teams…".
 */
function mendSplitRanges(lines: Line[]): Line[] {
  const out: Line[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as Line;
    const next = lines[index + 1];
    if (
      next &&
      line.bullet === null &&
      DANGLING_START.test(line.text) &&
      OPEN_OR_POINT_LINE.test(next.text)
    ) {
      out.push({ ...line, text: `${line.text} ${next.text}` });
      index += 1;
      continue;
    }
    // A header wrapped inside its range: "Title, Employer (Mar 2020 –" over "aujourd'hui)".
    if (
      next &&
      line.bullet === null &&
      RANGE_END_START.test(next.text) &&
      DANGLING_TAIL.test(line.text) &&
      !findRange(line.text)
    ) {
      out.push({ ...line, text: `${line.text} ${next.text}` });
      index += 1;
      continue;
    }
    const lead = line.bullet === null && !findRange(line.text) ? DANGLING_LEAD.exec(line.text) : null;
    const end = next && lead ? OPEN_OR_POINT_START.exec(next.text) : null;
    if (next && lead && end) {
      out.push({ ...line, text: `${lead[1]} – ${end[1]} ${line.text.slice(lead[0].length)}` });
      const rest = next.text.slice(end[0].length).trim();
      if (rest) out.push({ ...next, text: rest, blankBefore: false });
      index += 1;
      continue;
    }
    out.push(line);
  }
  return out;
}

interface Anchor {
  at: number;
  dates: FoundDates;
  rest: string;
  /** The dates were followed by their length ("(2 years 11 months)"), as LinkedIn's PDF prints them. */
  timed: boolean;
}

// A length of time as profiles print it beside dates or under an employer: "(2 years 11 months)",
// "5 yrs 2 mos", "(8 months)", "2 Jahre 3 Monate", "3 ans", "2 años 3 meses", "2 lata 3 miesiące".
const UNIT =
  '(?:years?|yrs?|months?|mos?|jahre?|monate?|ans?|mois|años?|meses?|lata?|lat|miesiące|miesięcy|miesiąc)';
const DURATION = new RegExp(`^\\(?\\d{1,2}\\s*${UNIT}(?:,?\\s+\\d{1,2}\\s*${UNIT})?\\)?$`, 'iu');
const TRAILING_DURATION = new RegExp(`\\s*\\(\\d{1,2}\\s*${UNIT}(?:,?\\s+\\d{1,2}\\s*${UNIT})?\\)$`, 'iu');
// The kind of engagement beside the dates ("13-week contract", "6-month contract", "Part-time", "Travel
// assignment"): a note on the role, no title or employer.
const LENGTH_BEFORE =
  /^\d{1,2}[- ]?(?:weeks?|wks?|months?|mos?|wochen|monate?|semaines|mois|semanas|meses|tygodni|miesięcy)\s+/iu;
function employmentNote(text: string): boolean {
  const note = text
    .trim()
    .replace(LENGTH_BEFORE, '')
    .replace(/\s+(?:assignment|contract|position|role)$/iu, '');
  return note !== text.trim()
    ? note === '' || EMPLOYMENT_TYPE.test(note) || /^(?:travel|agency|locum)$/iu.test(note)
    : EMPLOYMENT_TYPE.test(note);
}

// "…, 6 months" closing a header before its year: the role's length, no part of the header.
const COMMA_DURATION = new RegExp(`,\\s*\\d{1,2}\\s*${UNIT}(?:,?\\s+\\d{1,2}\\s*${UNIT})?$`, 'iu');
const isDuration = (line: Line | undefined): boolean => line !== undefined && DURATION.test(line.text);
// A place on its own line under the dates ("Barcelona, Catalonia, Spain", "Greater Seattle Area", "Remote"):
// capitalised parts of at most three words, none of them an employer's or a job's.
// Words end at a space or a comma, so each line is read once whatever it holds.
const PLACE_WORD = "\\p{L}[\\p{L}.'’-]*";
const PLACE_LINE = new RegExp(
  `^${PLACE_WORD}(?: ${PLACE_WORD}){0,2}(?:, ?${PLACE_WORD}(?: ${PLACE_WORD}){0,3}){1,3}$|^(?:greater .+ area|remote|hybrid)$`,
  'iu',
);
const isPlaceLine = (line: Line | undefined): boolean =>
  line !== undefined &&
  line.bullet === null &&
  line.text.length <= 80 &&
  PLACE_LINE.test(line.text) &&
  !TITLE_WORD.test(line.text) &&
  !ORG_WORD.test(line.text);

// A city alone, as LinkedIn prints it under timed dates ("Berlin", "Frankfurt am Main", "New York"): one to three
// capitalised words, maybe with the small words of place names between them.
const CITY_LINE =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:am|an|im|upon|on|sur|en|de|del|la|le|nad|pod)\s+)?\p{Lu}[\p{L}'’.-]*){0,2}$/u;
const isCityLine = (line: Line | undefined): boolean =>
  line !== undefined &&
  line.bullet === null &&
  CITY_LINE.test(line.text) &&
  !TITLE_WORD.test(line.text) &&
  !ORG_WORD.test(line.text);

// A unit of an employer, written after a title ("Charge Nurse, Emergency Department", "Staff Nurse, ICU").
const EMPLOYER_UNIT =
  /^(?:(?:[\p{L}&-]+\s+){0,3}(?:department|unit|ward|division|abteilung|station|équipe|servicio|departamento|oddział|dział)|icu|nicu|picu|micu|sicu|ccu|er|ed|or|pacu|l&d|med[/-]surg)$/iu;

/** "Charge Nurse, Emergency Department": a title, then a unit of its employer. */
function namesTitleAndUnit(text: string): boolean {
  const parts = lineParts(text, true);
  return parts.length === 2 && TITLE_WORD.test(parts[0] as string) && EMPLOYER_UNIT.test(parts[1] as string);
}

/**
 * A role's one date in a column of dates ("Intern   2017", "Student Ambassador   Summer 2023", "2017
 * Praktikum, Siemens AG", "Été 2022 : Équipière, McDonald's"): set apart from the header by a column gap, at
 * the line's end or start, or by a colon after it. The role began and ended then. A date inside a sentence
 * or after a comma is no role's.
 */
function singleInColumn(line: Line, text: string): FoundDates | null {
  if (!headerLike(line)) return null;
  const single = findSingle(text);
  if (single === null) return null;
  const atEnd = single.index + single.length === text.length && text.slice(0, single.index).endsWith('   ');
  const atStart = single.index === 0 && /^(?: {3}|\s?:\s)/u.test(text.slice(single.length));
  // "Barclays — Data Engineer (contract), 6 months, 2023": a header of parts split by a dash or a bar, its
  // one year (maybe after the role's length) closing it after a comma.
  const before = text.slice(0, single.index);
  const closesHeader =
    single.index + single.length === text.length &&
    /,\s?$/u.test(before) &&
    /\s[—–|·]\s/u.test(before) &&
    wordCount(before, 12) <= 10;
  return atEnd || atStart || closesHeader ? { ...single, start: single.end } : null;
}

/**
 * Experiences of a section, anchored on their date ranges: every entry has one. Its header is what is left
 * of the anchor line, plus header-like lines just above it (down to the previous entry's last bullet) and,
 * when that does not yet give a title and an employer, just below it (tables put dates first). What
 * follows up to the next entry's header is the body: bullets (wrapped lines joined) or sentences.
 */
export function parseExperiences(raw: readonly string[]): ParsedResumeExperience[] {
  const lines = mendSplitRanges(toLines(raw));
  const anchors: Anchor[] = [];
  lines.forEach((line, at) => {
    if (line.bullet !== null) return;
    // The range's length after it ("January 2022 - Present (2 years 11 months)") is no part of the header.
    const text = line.text.replace(TRAILING_DURATION, '');
    const dates = findRange(text) ?? singleInColumn(line, text);
    if (!dates || !dates.start) return;
    const beside = withoutDates(text, dates).replace(COMMA_DURATION, '');
    const rest = DURATION.test(beside) || employmentNote(beside) ? '' : beside;
    // "… and passed every inspection since 2020": an open start closing a sentence is no entry's dates.
    if (SINCE_START.test(text.slice(dates.index)) && wordCount(rest, 12) > 8 && !/[,|·•—–@]/u.test(rest))
      return;
    anchors.push({ at, dates, rest, timed: text !== line.text || rest !== beside });
  });
  // Each line belongs to at most one entry's header: `claimed` marks them.
  const claimed = new Array<boolean>(lines.length).fill(false);
  // A resume lays out every entry alike. When the first entry's header continues below its dates line
  // ("Title   dates" over "Employer · City"), so do the others: a short unmarked bullet closing the entry
  // before ("Ran 30+ usability sessions per quarter") is not the next entry's employer.
  let belowFirst = false;
  // When the first entry's header is split around its dates ("Title" / "Jan 2020 – Present" / "Employer
  // (City)"), so are the others': only as many lines above the dates are theirs. A PDF draws the bullets'
  // markers, so the previous entry's last bullet is not told apart by one and would be taken as the employer.
  let aboveWhenSplit = Number.POSITIVE_INFINITY;
  // LinkedIn's PDF lists several roles under one employer, named once above its total time: the roles
  // below it without an employer of their own are its.
  let groupEmployer: string | null = null;
  const employerOf: (string | null)[] = [];
  const placeOf: (number | null)[] = [];
  const headers: number[][] = anchors.map((anchor, position) => {
    claimed[anchor.at] = true;
    const taken: number[] = [];
    let parts = anchor.rest ? headerFields(anchor.rest) : 0;
    // Lines that gave a title or an employer: a line that is only the place ("Seattle, WA") is a third.
    let fieldLines = 0;
    const take = (line: Line) => {
      const fields = headerFields(line.text);
      parts += fields;
      if (fields > 0) fieldLines += 1;
    };
    const floor = position > 0 ? (anchors[position - 1] as Anchor).at : -1;
    const ceiling = (anchors[position + 1]?.at ?? lines.length) as number;
    const takeAbove = (limit = Number.POSITIVE_INFINITY) => {
      let index = anchor.at - 1;
      for (; index > floor && parts < 2 && fieldLines < 2 && taken.length < limit; index -= 1) {
        const line = lines[index] as Line;
        // An employer's total time under its name ("Nestlé" / "5 years 2 months" / "Title" / dates).
        if (isDuration(line) && taken.length > 0) continue;
        if (claimed[index] || !headerLike(line)) return;
        taken.unshift(index);
        take(line);
        if (line.blankBefore) return;
      }
      // "Harborview Medical Center, Seattle, WA" over "Registered Nurse, ICU" over the dates: two parts were
      // enough, but an employer with its place right above a title line of two parts is the employer, and the
      // second part the title's unit.
      const above = lines[index];
      if (
        above !== undefined &&
        index > floor &&
        taken.length === 1 &&
        taken[0] === index + 1 &&
        !(lines[index + 1] as Line).blankBefore &&
        fieldLines === 1 &&
        !claimed[index] &&
        headerLike(above) &&
        isEmployerWithPlace(above.text)
      ) {
        taken.unshift(index);
        take(above);
      }
      // "Memorial Hermann Hospital   Houston, TX" over "Charge Nurse, Emergency Department   Jan 2021 –
      // Present": a title and its unit on the dates' line, the employer with its place right above.
      const unitAbove = lines[anchor.at - 1];
      if (
        taken.length === 0 &&
        unitAbove !== undefined &&
        anchor.at - 1 > floor &&
        !claimed[anchor.at - 1] &&
        headerLike(unitAbove) &&
        isEmployerWithPlace(unitAbove.text) &&
        namesTitleAndUnit(anchor.rest)
      ) {
        taken.unshift(anchor.at - 1);
        take(unitAbove);
      }
    };
    const takeBelow = () => {
      for (let index = anchor.at + 1; index < ceiling && parts < 2 && fieldLines < 2; index += 1) {
        const line = lines[index] as Line;
        // Dates alone in their table cell are set apart from the cell beside them (a DOCX table's cells
        // come out as paragraphs with a blank line between): the first line after them is still theirs.
        const besideDates = anchor.rest === '' && index === anchor.at + 1;
        if (!headerLike(line) || (line.blankBefore && !besideDates)) break;
        taken.push(index);
        take(line);
      }
    };
    // A place alone under timed dates is the role's place ("Barcelona, Catalonia, Spain"), not its employer:
    // the header is above.
    const below = lines[anchor.at + 1];
    const place = anchor.timed && (isPlaceLine(below) || isCityLine(below)) ? anchor.at + 1 : null;
    if (place !== null) claimed[place] = true;
    placeOf.push(place);
    // A row that opens with its dates ("May 2019 – Present   Marketing Manager", a grid or a table) starts
    // its entry: the rest of the header is below it, and the line above is the previous entry's last item.
    const opensRow = anchor.dates.index === 0 && anchor.rest !== '';
    if (place !== null) takeAbove();
    else if (opensRow || belowFirst) {
      takeBelow();
      takeAbove();
    } else {
      takeAbove(position === 0 ? Number.POSITIVE_INFINITY : aboveWhenSplit);
      const above = taken.length;
      if (position === 0 && above === 0) {
        takeBelow();
        belowFirst = taken.length > 0;
      } else takeBelow();
      if (position === 0 && above > 0 && taken.length > above) aboveWhenSplit = above;
    }
    // A line of short parts ("Swedish Medical Center, Seattle, WA") between the header and the first marked
    // bullet is the header's third line: the header was "Registered Nurse, ICU" over it.
    const next = Math.max(anchor.at, ...taken) + 1;
    const nextLine = lines[next];
    if (
      nextLine &&
      next < ceiling &&
      taken.length < 2 &&
      !nextLine.blankBefore &&
      headerLike(nextLine) &&
      lines[next + 1]?.bullet != null &&
      shortParts(nextLine.text)
    )
      taken.push(next);
    for (const index of taken) claimed[index] = true;
    // The employer line of a group stands right above its total time.
    const first = taken[0];
    if (anchor.timed && first !== undefined && isDuration(lines[first + 1]))
      groupEmployer = (lines[first] as Line).text;
    else if (anchor.timed && taken.length >= 2) groupEmployer = null;
    employerOf.push(anchor.timed && taken.length === 1 ? groupEmployer : null);
    return taken;
  });
  // An employer named on a line of its own above its first role ("Google, Mountain View, CA" / "Senior
  // Engineer, 2021 – Present" / bullets / "Engineer, 2019 – 2021"): the roles after it that name no employer
  // are its, as in LinkedIn's groups.
  let employerAbove: { company: string; location: string | null } | null = null;
  let order: HeaderOrder = null;
  return anchors.map((anchor, position) => {
    const headerLines = [...(headers[position] as number[]), anchor.at].sort((a, b) => a - b);
    const texts = headerLines
      .map((index) => (index === anchor.at ? anchor.rest : (lines[index] as Line).text))
      .filter(Boolean);
    const { order: decided, ...header } = assignHeader(texts, order);
    order = decided;
    header.company ??= employerOf[position] ?? null;
    // "Staff Nurse, ICU   Jun 2018 – Dec 2020" after a role under "Memorial Hermann Hospital": a unit is no
    // employer; the role is the employer's above.
    if (
      employerAbove !== null &&
      texts.length === 1 &&
      header.title !== null &&
      header.company !== null &&
      EMPLOYER_UNIT.test(header.company)
    ) {
      header.title = `${header.title}, ${header.company}`;
      header.company = null;
    }
    if (header.company === null && header.title !== null && employerAbove !== null) {
      header.company = employerAbove.company;
      header.location ??= employerAbove.location;
    } else
      employerAbove =
        header.company !== null && texts.length >= 2 && lineParts(texts[0] as string)[0] === header.company
          ? { company: header.company, location: header.location }
          : null;
    const place = placeOf[position] ?? null;
    if (place !== null) header.location ??= (lines[place] as Line).text;
    // The body starts after the header and the place under the dates.
    const headEnd = Math.max(headerLines.at(-1)!, place ?? -1);
    const bodyEnd = position + 1 < anchors.length ? firstClaimed(claimed, headEnd + 1) : lines.length;
    const body = lines
      .slice(headEnd + 1, bodyEnd)
      .filter((line, offset) => !claimed[headEnd + 1 + offset] && !isDuration(line) && !isEntryLabel(line));
    return {
      title: header.title ?? '',
      company: header.company,
      location: header.location,
      startDate: anchor.dates.start,
      endDate: anchor.dates.current ? null : anchor.dates.end,
      current: anchor.dates.current,
      bullets: bulletsOf(body),
    };
  });
}

/**
 * Lines of an entry that are no achievement: the particulars a US federal resume gives every job ("Hours per
 * week: 40", "Salary: $94,000", "Supervisor: Linda Torres, (202) 555-0199; may contact" — a third person's
 * name and number, which must not travel into documents), and labels over a group of bullets ("Key
 * achievements:", "Responsibilities:", "Aufgaben:", "Réalisations :"), whose bullets follow on their own.
 */
const ENTRY_PARTICULARS =
  /^(?:hours(?: per week)?|salary|(?:starting |ending |annual )?pay(?: plan)?|series(?:\s*\/\s*grade)?|grade(?: level)?|supervisor(?:'s name| name| phone)?|may contact|(?:ok(?:ay)? to )?contact supervisor|reason for leaving|employment type|duty station)\s*:/iu;
const GROUP_LABEL = /^[\p{L}][\p{L} ,&/'-]{0,60}\s?:$/u;

// The labels over a group of bullets, also without a colon ("KEY ACHIEVEMENTS", "Erfolge", "Réalisations").
const GROUP_LABEL_WORDS =
  '(?:(?:key|main|major|selected|notable)\\s+)?(?:achievements|accomplishments|responsibilities|duties|contributions|highlights|aufgaben|tätigkeiten|erfolge|hauptaufgaben|verantwortung|réalisations|missions|responsabilités|logros|funciones|responsabilidades|obowiązki|osiągnięcia|zakres obowiązków)';
const NAMED_GROUP_LABEL = new RegExp(`^${GROUP_LABEL_WORDS}\\s*:?$`, 'iu');
// A group's label before the achievement on its line ("Achievements: Reduced waste by 10%").
const GROUP_LABEL_BEFORE = new RegExp(`^${GROUP_LABEL_WORDS}\\s*:\\s+(?=\\S)`, 'iu');

function isEntryLabel(line: Line): boolean {
  if (line.bullet !== null) return false;
  return (
    ENTRY_PARTICULARS.test(line.text) ||
    NAMED_GROUP_LABEL.test(line.text) ||
    (GROUP_LABEL.test(line.text) && wordCount(line.text, 8) <= 5)
  );
}

/** Two or more parts of at most four words each: an "Employer, City" line, not a sentence. */
function shortParts(text: string): boolean {
  const parts = lineParts(text);
  return parts.length >= 2 && parts.every((part) => wordCount(part, 6) <= 4);
}

function firstClaimed(claimed: readonly boolean[], from: number): number {
  for (let index = from; index < claimed.length; index += 1) if (claimed[index]) return index;
  return claimed.length;
}

/**
 * Bullets from an entry's body. Marked bullets (•, –, 1.) start an item and unmarked lines after one
 * continue it. Without markers (a DOCX list's markers are not in its text) each line is an item unless it
 * plainly continues the previous one (it starts in lower case, or the previous line breaks mid-sentence
 * at a hyphen).
 */
export function bulletsOf(body: readonly Line[]): string[] {
  const items: string[][] = [];
  const marked = body.some((line) => line.bullet !== null);
  // Without markers, a body whose lines end in full stops is written in sentences: there a line that stops
  // without one was wrapped, and the next line goes on with it ("… across Google" + "Ads and Meta. Grew …").
  const punctuated = !marked && body.some((line) => /[.!?]$/u.test(line.text));
  for (const labelled of body) {
    const line = { ...labelled, text: labelled.text.replace(GROUP_LABEL_BEFORE, '') };
    const previous = items.at(-1);
    const last = previous?.at(-1) as string;
    if (line.bullet !== null) items.push([line.bullet]);
    else if (previous && (marked || continues(last, line.text) || (punctuated && !/[.!?:;]$/u.test(last))))
      previous.push(line.text);
    else items.push([line.text]);
  }
  return items.flatMap((item) => {
    const text = joinWrapped(item);
    // A paragraph of several sentences without markers reads as one item per sentence.
    return marked ? [text] : sentences(text);
  });
}

// A line a column wrapped fills most of it; a short line before a lower-case one ended its item ("obsługa
// gości na sali (80 miejsc)" over "przyjmowanie zamówień", a Polish list written in lower case).
const SHORT_LINE = 40;
const continues = (previous: string, next: string): boolean =>
  (/^\p{Ll}/u.test(next) && previous.length >= SHORT_LINE) ||
  /\p{Ll}-$/u.test(previous.slice(-2)) ||
  /[,(&]$/u.test(previous);
