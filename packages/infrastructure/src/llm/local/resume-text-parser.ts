import { findKeywordsInText, normaliseKeyword, type ParsedResume } from '@tailor/domain';
import { EMAIL, findPhone, LINK, readHeader } from './resume/contact.js';
import { namesSpokenLanguages, parseCertifications, parseLanguages } from './resume/credentials.js';
import { DANGLING_MONTH, YEAR_START } from './resume/dates.js';
import { parseEducation } from './resume/education.js';
import { namesJobTitle } from './resume/entry-header.js';
import { parseExperiences } from './resume/experience.js';
import { headingOf, startsHeading, type SectionKind } from './resume/headings.js';
import { parseAwards, parseInterests, parsePublications, parseVolunteer } from './resume/kept-sections.js';
import { parseProjects } from './resume/projects.js';
import { unlabelForm } from './resume/form-labels.js';
import { BULLET, joinWrapped, toLines, wordCount } from './resume/lines.js';
import { LIST_SEPARATORS, splitList } from './text-tools.js';

/**
 * Reads a plain-text resume (typed, or the text of a PDF or DOCX) by its headings, dates and bullets, in
 * English, German, Polish, French and Spanish, and in Italian and Portuguese (headings, dates, degrees, Europass
 * labels). Everything it returns is copied from the text; dates are normalised to `YYYY-MM`/`YYYY`. Linear in the text: every line is normalised once (whitespace runs
 * collapsed, so no pattern ever walks a long run twice) and each step visits each line a bounded number
 * of times.
 */
export function parseResumeText(text: string): ParsedResume {
  const lines = joinCutLines(
    headingsApart(
      unlabelForm(withoutRunningHeaders(withoutDocumentTitle(withoutConsentClause(normaliseLines(text))))),
    ),
  );
  const sections: Record<SectionKind, string[][]> = {
    summary: [],
    skills: [],
    experience: [],
    education: [],
    projects: [],
    certifications: [],
    languages: [],
    contact: [],
    awards: [],
    volunteer: [],
    publications: [],
    interests: [],
    other: [],
  };
  const header: string[] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    const kind = headingOf(line);
    if (kind) {
      current = [];
      sections[kind].push(current);
    } else if (current) current.push(line);
    else header.push(line);
  }
  sections.languages = sections.languages.map((section) =>
    withoutLicenceRows(section, sections).flatMap((line) => europassLanguages(line) ?? [line]),
  );
  sections.skills = sections.skills.map((section) => sortSkillLines(section, sections));
  sections.contact = sections.contact.map((section) => sortContactLines(section, sections));
  const contactLines = [...header, ...sections.contact.flat()];
  const facts = readHeader(
    contactLines.length > 0 ? contactLines : lines.slice(0, 10),
    new Set(sections.contact.flat()),
  );
  // Contact details printed elsewhere (a sidebar read after the main column, a footer).
  const everything = lines.join('\n');
  const email = facts.email ?? EMAIL.exec(everything)?.[0] ?? null;
  const phone = facts.phone ?? findPhone(labelledPhoneLines(lines));
  const links =
    facts.links.length > 0
      ? facts.links
      : [...everything.matchAll(new RegExp(LINK.source, 'giu'))].map((m) => m[0]);
  return {
    fullName: facts.fullName,
    headline: facts.headline,
    contact: { email, phone, location: facts.location, links: [...new Set(links)] },
    summary: sections.summary.length > 0 ? summaryOf(sections.summary.flat()) : null,
    experiences: sections.experience.flatMap((section) => parseExperiences(section)),
    education: sections.education.flatMap((section) => parseEducation(section)),
    skills: [...new Set(sections.skills.flatMap((section) => parseSkills(section)))],
    certifications: sections.certifications.flatMap((section) => parseCertifications(section)),
    languages: sections.languages.flatMap((section) => parseLanguages(section)),
    projects: sections.projects.flatMap((section) => parseProjects(section)),
    awards: sections.awards.flatMap((section) => parseAwards(section)),
    volunteer: sections.volunteer.flatMap((section) => parseVolunteer(section)),
    publications: sections.publications.flatMap((section) => parsePublications(section)),
    interests: [...new Set(sections.interests.flatMap((section) => parseInterests(section)))],
  };
}

/** A line's left cell: the text before a column break (three spaces, see normaliseLines), or the line. */
function leftCell(line: string): { head: string; rest: string } {
  const at = line.indexOf('   ');
  return at > 0 ? { head: line.slice(0, at), rest: line.slice(at + 3).trim() } : { head: line, rest: '' };
}

/**
 * Headings set in a left column beside their section ("EXPERIENCE   Data Engineer, Sky (2020–)", "SKILLS
 * Python · SQL"), also when the column is narrow and a heading wraps onto the next line ("CAREER   Marketing
 * Manager, …" over "HISTORY   Ran paid search …"): the heading on its own line, then what stood beside it.
 */
function headingsApart(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] as string;
    const cell = leftCell(line);
    const beside = cell.rest !== '' && headingOf(cell.head) !== undefined;
    const next = !beside && startsHeading(cell.head) ? lines[index + 1] : undefined;
    const below = next === undefined ? null : leftCell(next);
    const wrapped = below !== null && headingOf(`${cell.head} ${below.head}`) !== undefined;
    if (!beside && !wrapped) {
      out.push(line);
      continue;
    }
    const parts = wrapped && below ? [cell, below] : [cell];
    out.push(parts.map((part) => part.head).join(' '));
    for (const part of parts) if (part.rest) out.push(part.rest);
    if (wrapped) index += 1;
  }
  return out;
}

// Words no line ends with unless it was wrapped: articles, prepositions and conjunctions of the five languages
// ("Uniwersytet Ekonomiczny w" + "Katowicach", "Head of" + "Marketing"). Lower case only: "I" is a pronoun.
const FUNCTION_WORDS =
  'a|an|the|of|in|at|for|to|and|with|on|by|und|für|der|die|das|des|dem|den|im|von|zu|zum|zur|bei|mit|w|we|z|ze|i|na|dla|do|oraz|de|du|la|le|les|et|à|au|aux|en|del|el|los|las|y';
const ENDS_IN_FUNCTION_WORD = new RegExp(`\\s(?:${FUNCTION_WORDS})$`, 'u');
const STARTS_WITH_FUNCTION_WORD = new RegExp(`^(?:${FUNCTION_WORDS})\\s`, 'u');
// "12 salons par an": the French "an" is a year, and a line may end with it.
const PER_YEAR = /\spar an$/u;
// A wrapped header or sentence is a few lines long; more is a paragraph that needs no joining.
const MAX_JOINED = 600;

/**
 * Lines a narrow column wrapped where no line ends: after or before an article, preposition or conjunction
 * ("Uniwersytet Ekonomiczny" + "w Katowicach, 2011–2016"), or between a month and its year. Not across a
 * blank line, a heading or a column break.
 */
function joinCutLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    // Only a line's end is read, and a joined line stops growing at MAX_JOINED: any text costs the same.
    const end = previous?.slice(-16) ?? '';
    const cut =
      previous !== undefined &&
      previous !== '' &&
      line !== '' &&
      previous.length + line.length <= MAX_JOINED &&
      // A line that opens a bullet is none's continuation.
      !BULLET.test(line) &&
      ((ENDS_IN_FUNCTION_WORD.test(end) && !PER_YEAR.test(end)) ||
        STARTS_WITH_FUNCTION_WORD.test(line) ||
        (DANGLING_MONTH.test(end) && YEAR_START.test(line))) &&
      !previous.includes('   ') &&
      headingOf(previous) === undefined;
    if (cut) out[out.length - 1] = `${previous} ${line}`;
    else out.push(line);
  }
  return out;
}

// Page furniture: "2", "1/2", "Page 2 of 3", "Seite 2 von 3", "Strona 2 z 3".
// "Page 2 of 3", "Seite 1 von 2", "2/3", and the page word left alone where a footer's number was drawn apart.
const PAGE_NUMBER =
  /^(?:(?:page|seite|strona|página|pagina)\s+)?\d{1,3}(?:\s*(?:\/|of|von|z|de|sur)\s*\d{1,3})?$|^(?:page|seite|strona|página|pagina)$/iu;
// The place and date a German or Polish CV is signed with at its end ("Köln, 01.12.2026", "München, den
// 3. März 2026", "Kraków, 12.05.2026 r."): no part of the section above.
const SIGNED_AT = new RegExp(
  `^\\p{Lu}[\\p{L} .'’-]{1,30},\\s*(?:den\\s+|le\\s+|dnia\\s+)?(?:\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?(?:19|20)\\d{2}|\\d{1,2}\\.?\\s+\\p{L}+\\.?\\s+(?:19|20)\\d{2})(?:\\s?r\\.)?$`,
  'u',
);

// "Europass Curriculum Vitae", "Lebenslauf", "C U R R I C U L U M  V I T A E" above the name: a title, not a name.
const DOCUMENT_TITLE =
  /^(?:europass)?(?:curriculumvitae|cv|resume|résumé|lebenslauf|życiorys|currículumvitae|currículum|curriculum)$/iu;

function withoutDocumentTitle(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let index = 0; index < Math.min(3, out.length); index += 1)
    if (DOCUMENT_TITLE.test((out[index] as string).replace(/\s+/gu, ''))) {
      out.splice(index, 1);
      break;
    }
  return out;
}

// What a page's running header or footer adds to the name: "Jane Doe – Resume", "JANE DOE | Page 2",
// "Lebenslauf Jana Nováková, Seite 2".
const RUNNING_WORDS =
  /\b(?:resume|résumé|cv|curriculum vitae|lebenslauf|życiorys|currículum|page|seite|strona|página|continued|fortsetzung|\d{1,3}|of|von|z|de|sur)\b|[|–—·•,:/()-]/giu;

/**
 * The name again on a later page, alone or with page words: a running header or footer, which would
 * otherwise end up inside the bullet it interrupts. The name is the first line when it reads as one.
 */
function withoutRunningHeaders(lines: readonly string[]): string[] {
  const first = lines.find((line) => line !== '') ?? '';
  if (!/^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(first) || namesJobTitle(first))
    return [...lines];
  const name = first.toLowerCase();
  let seen = false;
  return lines.filter((line) => {
    if (!seen) {
      seen = line === first;
      return true;
    }
    if (line.length < name.length || line.length > name.length + 60) return true;
    const lower = line.toLowerCase();
    return !(lower.includes(name) && lower.replace(name, ' ').replace(RUNNING_WORDS, ' ').trim() === '');
  });
}

// The consent to data processing that Polish CVs must end with ("Wyrażam zgodę na przetwarzanie moich danych
// osobowych …", RODO/GDPR), and its kin in the other languages: a legal formula, no part of any section.
const CONSENT_OPENER =
  /^(?:wyrażam zgodę|oświadczam, że wyrażam zgodę|zgodnie z (?:art\. 6|rozporządzeniem)|i (?:hereby )?(?:consent|agree|authori[sz]e) (?:to )?(?:the )?(?:processing|process|use) of my (?:personal )?data|i hereby (?:consent|authori[sz]e|give (?:my )?consent)|ich willige ein|hiermit willige ich|ich bin (?:damit )?einverstanden, dass meine|ich erkläre mich (?:damit )?einverstanden, dass meine|j['’]autorise|je consens|(?:autorizo|consiento) (?:a |el |expresamente )|doy mi consentimiento)/iu;
// Its last full stop, not an abbreviation's ("2016 r.", "poz.", "art. 6 ust. 1"), which may end a wrapped line.
const CLAUSE_END = /(?<!(?:^|[\s(])\p{L}{1,4}|\d)\.$/u;
// A clause runs to its full stop over a few lines (wrapped in a PDF); no clause is longer than this.
const MAX_CONSENT_LINES = 12;

/** The lines without the consent clause, from its opening words to its full stop or the next blank line. */
function withoutConsentClause(lines: readonly string[]): string[] {
  const out: string[] = [];
  let left = 0;
  for (const line of lines) {
    if (left === 0 && CONSENT_OPENER.test(line)) left = MAX_CONSENT_LINES;
    if (left === 0) {
      out.push(line);
      continue;
    }
    left = line === '' || CLAUSE_END.test(line) ? 0 : left - 1;
  }
  return out;
}

const RULE = /^[=_~\-–—*#.·•]{3,}$/u;

function normaliseLines(text: string): string[] {
  return (
    text
      .replace(/\r\n?/gu, '\n')
      .split('\n')
      // A tab or a run of three blanks is a column break (kept as three spaces); other runs become one.
      .map((line) =>
        withoutMarkdown(
          line.replace(/[^\S\n]+/gu, (run) => (run.length >= 3 || run.includes('\t') ? '   ' : ' ')).trim(),
        ),
      )
      // Page furniture, and rules drawn with characters (a setext heading's "=====" underline, "-----").
      .filter((line) => !PAGE_NUMBER.test(line) && !RULE.test(line) && !SIGNED_AT.test(line))
  );
}

// Markdown's marks, as a resume written in it (or exported from a notes app) has them: "# Name", "## Experience",
// "**Title** — Employer", "*Jan 2020 – Present*", "[portfolio](https://…)". The words stay, the marks go; a
// lone "*" or "-" before a space is a bullet and stays.
const MD_HEADING = /^#{1,6}\s+/u;
const MD_EMPHASIS =
  /(\*\*|__)(?=\S)(.+?)(?<=\S)\1|(?<![\p{L}\d*])([*_])(?=[^\s*_])([^*_]+?)(?<=[^\s*_])\3(?![\p{L}\d*])/gu;
const MD_LINK = /\[([^\]]{1,200})\]\(([^)\s]{1,300})\)/gu;

function withoutMarkdown(line: string): string {
  if (!/[#*_[]/u.test(line)) return line;
  const bare = line.replace(MD_HEADING, '').replace(MD_LINK, (_, label: string, url: string) => {
    const address = url.replace(/^mailto:/u, '');
    return label === address || address.replace(/^https?:\/\//u, '').startsWith(label)
      ? address
      : `${label}: ${address}`;
  });
  // Emphasis is looked for in lines of a header's or a bullet's length only: each mark may be read to the end.
  if (bare.length > 400) return bare.trim();
  return bare
    .replace(
      MD_EMPHASIS,
      (_, _bold, bold: string | undefined, _mark, italic: string | undefined) => bold ?? italic ?? '',
    )
    .trim();
}

const PHONE_LABEL =
  /^(?:tel|phone|mobile|mobil|cell|telefon|handy|tél|téléphone|teléfono|móvil|kom|komórka)\b/iu;

function labelledPhoneLines(lines: readonly string[]): string {
  return lines.filter((line) => PHONE_LABEL.test(line) || /\+\d/u.test(line)).join('\n');
}

/**
 * The summary as one paragraph. Written as a list ("• 10+ years leading data teams" / "• Built forecasting
 * models"), each item is one sentence of it: run together, the items read as one sentence without a break.
 */
function summaryOf(lines: readonly string[]): string | null {
  const items: string[][] = [];
  const read = toLines(lines);
  for (const line of read) {
    if (line.bullet !== null || items.length === 0) items.push([line.bullet ?? line.text]);
    else items.at(-1)?.push(line.text);
  }
  const listed = read.filter((line) => line.bullet !== null).length >= 2;
  const text = listed
    ? items
        .map((item) => joinWrapped(item))
        .filter(Boolean)
        .map((item) => (/[.!?…]$/u.test(item) ? item : `${item}.`))
        .join(' ')
    : joinWrapped(items.flat());
  return text || null;
}

function parseSkills(section: readonly string[]): string[] {
  const chunks: string[][] = [];
  for (const line of toLines(section)) {
    const row = labelledSkillRow(line.bullet ?? line.text);
    const content = row ?? line.bullet ?? line.text;
    const startsChunk =
      line.bullet !== null ||
      row !== null ||
      /^[\p{L}/&() -]{2,40}:\s/u.test(content) ||
      (isSentence(chunks.at(-1)?.[0] ?? '') && THEME.test(content));
    if (startsChunk || chunks.length === 0) chunks.push([content]);
    else chunks.at(-1)?.push(content);
  }
  return chunks.flatMap((chunk) => {
    // A functional resume's achievements under a theme ("• Planned and delivered 40+ corporate events for
    // groups of 50 to 1,200 attendees"): a sentence is no list, and its pieces between commas are no skills.
    if (isSentence(chunk[0] as string)) return [];
    // One skill a line, as a sidebar lists them ("Figma" / "User research" / "Prototyping"): no separators
    // to split on, and joining the lines would make one long "skill" that is dropped.
    if (
      chunk.length > 1 &&
      chunk.every((line) => !SKILL_SEPARATOR.test(line) && !line.includes('   ') && wordCount(line, 8) <= 6)
    )
      return chunk.map(withoutLevel).filter(Boolean);
    // A column break between skills ("Python   SQL   Tableau", a table's cells) separates them too, and a
    // row of cells is no line wrapped into the next.
    const joined = (chunk.some((line) => line.includes('   ')) ? chunk.join('   ') : joinSkillLines(chunk))
      .replace(/^[\p{L}/&() -]{2,40}:\s*/u, '')
      .replaceAll('   ', ',');
    // "Proficient in Python, SQL and Tableau; familiar with dbt.": a sentence listing skills, whose "and"
    // ends the list rather than joining a name ("Health and Safety" in a plain list stays one skill).
    const sentence = SKILL_LEAD_IN.test(joined);
    return splitList(joined.replace(/\.$/u, ''), LIST_SEPARATORS)
      .flatMap((item) => (sentence ? item.split(/\s+and\s+/u) : [item]))
      .map((item) => withoutLevel(item.replace(SKILL_LEAD_IN, '')).replace(ITEM_LABEL, '').trim())
      .filter((item) => item !== '' && item.split(/\s+/u).length <= 6);
  });
}

/**
 * The skills of a table row whose first cell labels them ("EDV   SAP EWM, MS Office", "Tools   Jira, Git"):
 * two cells, the label a few words and no list, the value a list. A row of skills in cells ("Python   SQL")
 * has no list in a cell and is read as it is; else null.
 */
function labelledSkillRow(text: string): string | null {
  const cells = text.split('   ');
  if (cells.length !== 2) return null;
  const [label, value] = cells as [string, string];
  const labelLike = !SKILL_SEPARATOR.test(label) && wordCount(label, 4) <= 3;
  return labelLike && /[,;|]/u.test(value) ? value.trim() : null;
}

// A theme of a functional resume on its own line ("Budget Management", "Client Relations"): a few capitalised
// words, a skill of its own, whose achievements follow as bullets.
const THEME = /^\p{Lu}[\p{L}-]*(?:\s(?:&|and|\p{Lu}[\p{L}-]*)){0,3}$/u;
// More words than a skill's name before the first separator, and no lead-in ("Proficient in …"), or an amount
// of money, a percentage or a figure in thousands ("saving $60,000", "by 15%"): a sentence, an achievement.
const SENTENCE_WORDS = 6;
const ACHIEVEMENT_FIGURE = /[$€£]\s?\d|\d\s?%|\d,\d{3}(?!\d)/u;
const isSentence = (text: string): boolean => {
  const first = text.replace(ITEM_LABEL, '').split(SKILL_SEPARATOR)[0] ?? '';
  if (SKILL_LEAD_IN.test(first)) return false;
  return (
    wordCount(first, SENTENCE_WORDS + 1) > SENTENCE_WORDS ||
    ACHIEVEMENT_FIGURE.test(text) ||
    closedSentence(text)
  );
};

/**
 * A full stop after clauses, not after a list of names ("Handled refunds and complaints calmly, escalating only
 * when policy required it." against "Python, SQL, Excel, Power BI."): more than eight words, more than three
 * to each part between separators.
 */
function closedSentence(text: string): boolean {
  if (!text.endsWith('.')) return false;
  const words = wordCount(text, 64);
  return words > 8 && words > 3 * text.split(SKILL_SEPARATOR).length;
}

// "Intermediate: Rust" after "Expert: Java, Kotlin;": a group's label inside a line.
const ITEM_LABEL = /^[\p{L}/&() -]{2,40}:\s*/u;

/**
 * Lines of one list: a line that wraps the one before goes on with a space ("… Google Cloud" / "Platform, …"),
 * but when the line before ended between two skills, neither of them a part of the other's name ("Intermediate:
 * Rust, Go" / "AWS (3 years), Terraform"), the line is a list of its own.
 */
function joinSkillLines(lines: readonly string[]): string {
  return joinWrapped(
    lines.map((line, index) => {
      const before = lines[index - 1];
      if (before === undefined || !SKILL_SEPARATOR.test(before) || /[,;|·•:]\s*$/u.test(before)) return line;
      const last = splitList(before, LIST_SEPARATORS).at(-1)?.trim() ?? '';
      const first = splitList(line, LIST_SEPARATORS)[0]?.trim() ?? '';
      const apart = namesOneSkill(last) && namesOneSkill(first) && !namesOneSkill(`${last} ${first}`);
      return apart ? `, ${line}` : line;
    }),
  );
}

/** Whether the text names one known skill, its bracketed note and level aside ("AWS (3 years)", "SQL – advanced"). */
function namesOneSkill(text: string): boolean {
  const name = withoutLevel(text)
    .replace(/\s*\([^)]*\)/gu, '')
    .trim();
  const hits = name === '' ? [] : findKeywordsInText(name);
  return hits.length === 1 && hits[0]?.key === normaliseKeyword(name);
}

// A level drawn as a rating ("Python ●●●●○", "Docker ★★★☆☆") or written after a dash ("SQL – advanced").
const RATING = /\s*[●○◉◯⬤★☆✪✩■□▪▫◼◻]{2,}\s*/gu;
const LEVEL_AFTER_DASH =
  /\s+[–—-]\s+(?:expert|advanced|intermediate|basic|beginner|proficient|familiar|fluent|native|good|very good|excellent|fortgeschritten|grundkenntnisse|sehr gut|gut|zaawansowan\p{L}*|średnio\p{L}*|podstawow\p{L}*|avancé|intermédiaire|débutant|avanzado|intermedio|básico)$/iu;
// A skills matrix's experience after a dash ("Python — 6 years", "SAP – 3 Jahre", "Excel – 5 lat").
const YEARS_AFTER_DASH = /\s+[–—-]\s+\d{1,2}\+?\s?(?:years?|yrs?\.?|jahre|lat|ans|años)$/iu;
const withoutLevel = (skill: string): string =>
  skill.replace(RATING, ' ').replace(LEVEL_AFTER_DASH, '').replace(YEARS_AFTER_DASH, '').trim();

const SKILL_LEAD_IN =
  /^(?:(?:highly |very )?(?:proficient|skilled|experienced|familiar|fluent|competent|versed)\s+(?:in|with|at)|(?:working |basic |strong |good )?knowledge of|expertise in|experience (?:in|with))\s+/iu;

const SKILL_SEPARATOR = /[,;|·•:]/u;

const LABEL = /^([\p{L}/&() -]{2,40}):\s*(.*)$/u;

// A driving licence under its label ("Führerschein: Klasse B", "Driving licence: full, clean"): a licence.
const DRIVING_LICENCE_LABEL =
  /^(?:führerschein|fahrerlaubnis|driving licen[cs]e|driver'?s licen[cs]e|permis(?: de conduire)?|prawo jazdy|carn[eé] de conducir|permiso de conducir)$/iu;

/** The licence a labelled line states, named with its label ("Führerschein Klasse B"); else null. */
function drivingLicence(label: RegExpExecArray): string | null {
  const name = (label[1] as string).trim();
  return DRIVING_LICENCE_LABEL.test(name) ? `${name} ${(label[2] as string).trim()}` : null;
}

// A row of a table: its label, a column break, its value ("Führerschein   Klasse B").
const CELL_LABEL = /^([\p{L}/&() -]{2,40}) {3}(.*)$/u;

/**
 * A driving licence in a row of its own under the languages ("Sprachen   Deutsch (Muttersprache)" then
 * "Führerschein   Klasse B", as a German CV's table of skills sets them): a licence, no language.
 */
function withoutLicenceRows(section: readonly string[], sections: Record<SectionKind, string[][]>): string[] {
  return section.filter((line) => {
    const row = LABEL.exec(line) ?? CELL_LABEL.exec(line);
    const licence = row ? drivingLicence(row) : null;
    if (licence) sections.certifications.push([licence]);
    return licence === null;
  });
}

/**
 * "Languages Known: English, Hindi, Marathi" among the personal details (as Indian and many European CVs
 * list them): the languages, not a contact line; "Führerschein: Klasse B" there is a licence.
 */
function sortContactLines(section: readonly string[], sections: Record<SectionKind, string[][]>): string[] {
  return section.filter((line) => {
    const label = LABEL.exec(line.replace(BULLET, ''));
    if (!label) return true;
    const licence = drivingLicence(label);
    if (licence) sections.certifications.push([licence]);
    else if (headingOf(label[1] as string) === 'languages') sections.languages.push([label[2] as string]);
    else return true;
    return false;
  });
}

// Europass's rows of languages, in the seven languages, their "(s)" left out: the mother tongue(s), then the
// others with their levels ("Langue(s) maternelle(s)   français", "Other language(s)   English B2").
const MOTHER_TONGUE_ROW =
  /^(mother tongues?|native languages?|muttersprachen?|langues? maternelles?|lenguas? maternas?|język(?:i)? ojczyst(?:y|e)|lengua materna|madrelingu[ae]|lingua madre|língua materna|línguas maternas)$/iu;
const OTHER_LANGUAGES_ROW =
  /^(?:other languages?|foreign languages?|weitere sprachen?|sonstige sprachen?|andere sprachen?|fremdsprachen?|autres? langues?|langues? étrangères?|otros? idiomas?|idiomas? extranjeros?|inne języki|inny język|język(?:i)? obc(?:y|e)|altre lingue|altra lingua|lingue straniere|outras línguas|outros idiomas|línguas estrangeiras)$/iu;
const EUROPASS_ROW = /^([\p{L}() ]{4,40}?)\s*(?::\s*|\s{3,})(\S.*)$/u;

/**
 * A Europass row of languages, as lines the languages reader takes: the mother tongue with its label as its
 * level ("français (langue maternelle)"), the others as written. Null for any other line.
 */
function europassLanguages(line: string): string[] | null {
  const row = EUROPASS_ROW.exec(line.replace(BULLET, ''));
  if (row === null) return null;
  const label = (row[1] as string)
    .replace(/\((?:s|n|e|i|y|es)\)/giu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  const value = (row[2] as string).trim();
  if (OTHER_LANGUAGES_ROW.test(label)) return [value];
  if (!MOTHER_TONGUE_ROW.test(label)) return null;
  return splitList(value, LIST_SEPARATORS).map((language) => `${language.trim()} (${label})`);
}

// Sections kept beside the profile: "Interests: chess, hiking" under Skills is read as that section.
const KEPT_KINDS = new Set<SectionKind>(['awards', 'volunteer', 'publications', 'interests']);

/**
 * The lines of a skills section that belong elsewhere, under a label naming another section: "Languages:
 * English (native), Spanish (B2)" and "Language: Fluent in Spanish" are spoken languages (levels say so;
 * "Languages: Python, Go" stays a skill), "Certifications: …" are credentials, "Führerschein: Klasse B" a
 * licence, and "Interests: …", "Hobbies: …", "Awards: …" are their own sections, no skills. Lines that
 * continue a moved line go with it.
 */
function sortSkillLines(section: readonly string[], sections: Record<SectionKind, string[][]>): string[] {
  const kept: string[] = [];
  let target: string[] | null = kept;
  for (const line of section) {
    const spoken = europassLanguages(line);
    if (spoken !== null) {
      sections.languages.push(spoken);
      target = kept;
      continue;
    }
    // "Führerschein   Klasse B", a row of Europass's table of personal skills: a licence.
    const row = CELL_LABEL.exec(line);
    const rowLicence = row ? drivingLicence(row) : null;
    if (rowLicence !== null) {
      sections.certifications.push([rowLicence]);
      target = kept;
      continue;
    }
    const label = LABEL.exec(line.replace(BULLET, ''));
    if (label) {
      const kind = headingOf(label[1] as string);
      const value = label[2] as string;
      const licence = drivingLicence(label);
      if (kind === 'languages' && namesSpokenLanguages(value)) sections.languages.push((target = [value]));
      // A labelled line lists its credentials ("Certifications: CPA (Illinois), CMA"): one a line.
      else if (kind === 'certifications')
        sections.certifications.push((target = splitList(value, LIST_SEPARATORS)));
      else if (licence) sections.certifications.push((target = [licence]));
      else if (kind === 'other') target = null;
      else if (kind !== undefined && KEPT_KINDS.has(kind)) sections[kind].push((target = [value]));
      else (target = kept).push(line);
    } else if (line === '' || BULLET.test(line)) (target = kept).push(line);
    else target?.push(line);
  }
  return kept;
}
