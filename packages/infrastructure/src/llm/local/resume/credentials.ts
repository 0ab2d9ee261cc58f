import type { ParsedResumeCertification, ParsedResumeLanguage } from '@tailor/domain';
import { findRange, findSingle, tidy, withoutDates, type FoundDates } from './dates.js';
import { namesJobTitle, ORG_WORD, separatedParts } from './entry-header.js';
import { toLines, wordCount } from './lines.js';
import { LIST_SEPARATORS, splitList } from '../text-tools.js';

// A credential's own name is short; a longer line is a description ("Completed 40 hours of …").
const MAX_CREDENTIAL_WORDS = 12;
// "CCRN, BLS, ACLS": short capitalised codes, each a credential of its own.
const CODE = /^[\p{Lu}\d][\p{Lu}\d&/+.-]{1,11}$/u;
// A licence's or registration's number ("NMW0001234567", "License #RN-123456", "Reg. No. 12345"): no issuer.
const CREDENTIAL_NUMBER =
  /^(?:(?:licen[cs]e|registration|reg\.?|no\.?|number|nr\.?|#)\s*[:#.]?\s*)*#?[\p{Lu}]{0,4}-?\d{5,}$/iu;
// Words before an expiry date, in the five languages.
const EXPIRY_WORDS =
  '(?<!\\p{L})(?:exp(?:\\.|ires?|iry|iration)?|valid (?:until|through|to|thru)|renewal|gültig bis|ablauf|ważn\\p{L}* do|expire\\p{L}*|válid[oa] hasta|vence)(?!\\p{L})[\\s:]*(?:on\\s+)?';
const EXPIRY = new RegExp(`${EXPIRY_WORDS}$`, 'iu');
// The expiry's words left at the end once its date is taken out ("CPR Level C – expires"): no issuer.
const EXPIRY_LEFT = new RegExp(`[\\s,;(–—-]*${EXPIRY_WORDS}[\\s)]*$`, 'iu');
// Words that say the year after them is when the credential was earned ("issued 2015", "seit 2019", "obtenu en
// 2018"), in the five languages: such a year is a date even when nothing else separates it from the name.
const DATE_WORDS =
  'issued|obtained|earned|awarded|completed|received|passed|certified|since|in|on|from|year|erworben|ausgestellt|abgeschlossen|bestanden|seit|im|ab|von|jahr|uzyskan\\p{L}*|wydan\\p{L}*|ukończon\\p{L}*|zdan\\p{L}*|od|w|rok|obtenu\\p{L}*|délivré\\p{L}*|depuis|en|année|obtenid\\p{L}*|expedid\\p{L}*|desde|año';
const DATE_WORD_BEFORE = new RegExp(`(?<!\\p{L})(?:${DATE_WORDS})\\s+$`, 'iu');
// The date words a taken-out date leaves at the end of a part ("CCNA, issued 2015" → "CCNA, issued").
const DATE_WORD_LEFT = new RegExp(`[\\s,;(–—-]*(?<!\\p{L})(?:${DATE_WORDS})[\\s:)]*$`, 'iu');
// A year written into a credential's name: after a number and a colon ("ISO 9001:2015"), or after a word with
// only a space between ("WHMIS 2015", "Windows Server 2019 administration"), no date word before it.
const GLUED_YEAR_BEFORE = /(?:\d:|[\p{L}\d+#]\s)$/u;
const LEVEL_BEFORE =
  /(?<!\p{L})(?:associate|professional|expert|practitioner|foundation|fundamentals|specialty|advanced)\s$/iu;
const BARE_YEAR = /^(?:19|20)\d{2}$/u;

/**
 * The date a credential's line gives: its first single date that is no year of the credential's name. A year
 * glued into the name ("WHMIS 2015", "ISO 9001:2015", "Windows Server 2019 administration") names a version
 * of the standard, not when it was earned; a year written as a date ("(2015)", "– 2015", "Jan 2015", "issued
 * 2015", "2015–2018") is one.
 */
function credentialDate(item: string): FoundDates | null {
  for (let offset = 0; offset < item.length;) {
    const found = findSingle(item.slice(offset));
    if (found === null) return null;
    const index = offset + found.index;
    const before = item.slice(Math.max(0, index - 32), index);
    const glued =
      BARE_YEAR.test(item.slice(index, index + found.length)) &&
      GLUED_YEAR_BEFORE.test(before) &&
      !DATE_WORD_BEFORE.test(before) &&
      // "… – Associate 2021": after the credential's level its name has ended.
      !LEVEL_BEFORE.test(before) &&
      !EXPIRY.test(before);
    if (!glued) return { ...found, index };
    offset = index + found.length;
  }
  return null;
}

// A credential or licence's own noun, in the five languages ("Staplerschein", "ADR-Schein", "Fahrerkarte",
// "Forklift licence", "uprawnienia SEP", "permis CACES", "carné de manipulador"): a part naming one is another
// credential, never the issuer of the one before it.
const CREDENTIAL_NOUN =
  /(?:schein|zertifikat|nachweis|ausweis|zeugnis|fahrerkarte|fahrerlaubnis|(?<!\p{L})(?:licen[cs]e|certificate|certification|permit|card|ticket|prawo jazdy|uprawnieni\p{L}*|certyfikat|zaświadczeni\p{L}*|świadectwo|licencja|permis|certificat|brevet|habilitation|attestation|carn[eé]t?|caces|certificado|licencia|permiso|tarjeta))(?!\p{L})/iu;
// What names an organisation that certifies: a part with one of these issues, whatever else it says ("AACN
// Certification Corporation", "Board of Certification").
const ISSUER_WORD =
  /(?<!\p{L})(?:board|council|association|society|commission|authority|registry|agency|department|office|chamber|kammer|verband|ihk|tüv|dekra|urząd|izba|stowarzyszenie|chambre|ordre|colegio|cámara|consejo|asociación)(?!\p{L})/iu;
const namesCredential = (part: string): boolean =>
  CREDENTIAL_NOUN.test(part) && !ORG_WORD.test(part) && !ISSUER_WORD.test(part);

// A driving licence's class ("B", "BE", "C1E", "C+E", "T"), after the first on a line.
const LICENCE_CLASS = /^(?:AM|A1|A2|A|B1|B|BE|B\+E|C1|C1E|C1\+E|C|CE|C\+E|D1|D1E|D1\+E|D|DE|D\+E|T|L)$/u;

// A licence's class, type or grade ("Class C (full)", "Type A Appliances", "Klasse CE", "Grade 2").
const LICENCE_SCOPE =
  /^(?:[Cc]lass|[Kk]lasse|[Kk]ategorie|[Kk]at\.|[Cc]ategory|[Cc]atégorie|[Cc]ategoría|[Cc]ategoria|[Tt]ype|[Tt]yp|[Gg]rade|[Ll]evel)\s+[\p{Lu}\d][\p{L}\d+]{0,3}(?![\p{L}\d])/u;

const CREDENTIAL_LEVEL =
  /^(?:associate|professional|expert|practitioner|foundation|fundamentals|specialty|advanced)$/iu;

/**
 * Certifications and licences, one a line or a bullet: "Name, Issuer, 2019", "Name — Issuer (Mar 2021)",
 * "Name | Issuer | 2018", or a list of codes ("CCRN, BLS, ACLS"). Copied, never completed: no issuer or
 * date unless the line gives one.
 */
export function parseCertifications(section: readonly string[]): ParsedResumeCertification[] {
  const out: ParsedResumeCertification[] = [];
  for (const line of toLines(section)) {
    const item = line.bullet ?? line.text;
    if (wordCount(item, MAX_CREDENTIAL_WORDS + 1) > MAX_CREDENTIAL_WORDS) continue;
    const range = findRange(item);
    const single = range ? null : credentialDate(item);
    // "RN License #123456, exp. 2027": an expiry is no date the credential was earned.
    const expiry = single !== null && EXPIRY.test(item.slice(Math.max(0, single.index - 24), single.index));
    const date = range?.start ?? (expiry ? null : single?.end) ?? null;
    // "CCNA, issued 2015": the words that dated the year go with it.
    const dated = range
      ? withoutDates(item, range)
      : single
        ? tidy(
            `${item.slice(0, single.index).replace(DATE_WORD_LEFT, '')}   ${item.slice(single.index + single.length)}`,
          )
        : item;
    const rest = expiry ? dated.replace(EXPIRY_LEFT, '') : dated;
    const parts = separatedParts(rest.replace(/\(\s*\)/gu, '').trim()).filter(
      (part) => /\p{L}/u.test(part) && !CREDENTIAL_NUMBER.test(part),
    );
    if (parts.length === 0) continue;
    // "Klasse B, C, CE", "Prawo jazdy kat. B, C, C+E": one licence and its classes.
    if (parts.length > 1 && parts.slice(1).every((part) => LICENCE_CLASS.test(part))) {
      out.push({ name: parts.join(', '), issuer: null, date });
      continue;
    }
    // "CCRN, BLS, ACLS", and "BLS, ACLS – American Heart Association": several codes, then maybe their issuer.
    const codes = parts.findIndex((part) => !CODE.test(part));
    // "PCCN — AACN": one code, then after a dash or a bar its issuer's initials, not a second credential.
    const dashed = /\s[—–|]\s/u.exec(rest);
    if (parts.length === 2 && codes === -1 && dashed !== null && !rest.slice(0, dashed.index).includes(',')) {
      out.push({ name: parts[0] as string, issuer: parts[1] as string, date });
      continue;
    }
    if (parts.length > 1 && (codes === -1 || (codes >= 2 && codes === parts.length - 1))) {
      const issuer = codes === -1 ? null : (parts[codes] as string);
      for (const code of parts.slice(0, codes === -1 ? parts.length : codes))
        out.push({ name: code, issuer, date });
      continue;
    }
    // "Registered Nurse, Arizona Compact License", "Professional Engineer, Ontario Licence": a profession, then
    // the licence to practise it — one credential, not two.
    if (
      parts.length === 2 &&
      namesJobTitle(parts[0] as string) &&
      !CREDENTIAL_NOUN.test(parts[0] as string) &&
      namesCredential(parts[1] as string)
    ) {
      out.push({ name: parts.join(', '), issuer: null, date });
      continue;
    }
    // "Führerschein Klasse B, Staplerschein": several credentials on one line, maybe their issuer last.
    if (parts.length > 1 && namesCredential(parts[1] as string)) {
      const other = parts.findIndex((part, index) => index > 0 && !namesCredential(part));
      const issuer = other === parts.length - 1 ? (parts[other] as string) : null;
      for (const name of parts.slice(0, issuer === null ? parts.length : other))
        out.push({ name, issuer, date });
      continue;
    }
    // "Driver Licence – Class C (full)", "Gasfitting Licence – Type A Appliances": a class or a type after the
    // licence is part of its name, no issuer.
    if (parts.length === 2 && LICENCE_SCOPE.test(parts[1] as string)) {
      out.push({ name: parts.join(' – '), issuer: null, date });
      continue;
    }
    // "Plumbing Licence – Water Supply, Sanitary, Drainage": after a dash, a list of what the licence covers.
    if (
      dashed !== null &&
      parts.length >= 4 &&
      !rest.slice(0, dashed.index).includes(',') &&
      parts
        .slice(1)
        .every((part) => !namesCredential(part) && !ORG_WORD.test(part) && !ISSUER_WORD.test(part))
    ) {
      out.push({ name: `${parts[0] as string} – ${parts.slice(1).join(', ')}`, issuer: null, date });
      continue;
    }
    // "AWS Certified Solutions Architect – Associate": the level is the credential's, not its issuer.
    const [name, second, third] = parts as [string, ...string[]];
    if (second !== undefined && CREDENTIAL_LEVEL.test(second))
      out.push({ name: `${name} – ${second}`, issuer: third ?? null, date });
    // "SAP Certified Application Associate – Financial Accounting with SAP S/4HANA": after a level, a
    // specialisation of several words naming no organisation is the credential's too.
    else if (
      second !== undefined &&
      CREDENTIAL_LEVEL.test(name.split(/\s+/u).at(-1) ?? '') &&
      wordCount(second, 4) >= 3 &&
      !ORG_WORD.test(second) &&
      !ISSUER_WORD.test(second)
    )
      out.push({ name: `${name} – ${second}`, issuer: third ?? null, date });
    else out.push({ name, issuer: second ?? null, date });
  }
  return out;
}

const LEVEL_WORDS =
  'native|fluent|basic|intermediate|advanced|conversational|professional|proficient|bilingual|working knowledge of';
const LEVEL = new RegExp(`^(?:[ABC][12]\\+?|${LEVEL_WORDS})$`, 'iu');
// "Fluent in Spanish", "Conversational French": the level before the language.
const LEVEL_FIRST = new RegExp(
  `^(${LEVEL_WORDS})(?:\\s+in)?\\s+(\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?)$`,
  'iu',
);

// A spoken language's level in the seven languages: what "(…)" after a name must say for the name to be one
// ("SQL (Postgres)" is a programming language with its dialect).
const SPOKEN_LEVEL = new RegExp(
  `(?<!\\p{L})(?:[ABC][12]\\+?|${LEVEL_WORDS}|mother tongue|muttersprache|fließend|verhandlungssicher|grundkenntnisse|(?:sehr )?gute kenntnisse|ojczysty|biegł\\p{L}*|komunikatywn\\p{L}*|podstawow\\p{L}*|courant|natif|native|langue maternelle|lengua materna|notions|nativ[oa]|avanzado|básico|intermedio|bilingüe|fluido|madrelingua|madre lingua|fluente|ottim[oa]|buon[oa]|discret[oa]|scolastic[oa]|elementare|avançado|intermediári[oa]|intermediari[oa]|proficiente)(?!\\p{L})`,
  'iu',
);

const LEVEL_AT_END = new RegExp(`${SPOKEN_LEVEL.source}\\)?$`, 'iu');

/** Whether a list names spoken languages by their level ("English (native), Spanish B2", "Fluent in French"). */
export const namesSpokenLanguages = (text: string): boolean =>
  splitList(text, LIST_SEPARATORS).some((item) => {
    const language = languageOf(item);
    return language?.fluency != null && SPOKEN_LEVEL.test(language.fluency);
  });

// "Anglais : courant (C1) – Espagnol : intermédiaire (B1)": a dash before the next language's name and its
// level separates two languages ("Englisch – verhandlungssicher" is one language and its level).
const DASH_BEFORE_LANGUAGE = /\s[–—-]\s(?=\p{Lu}[\p{L}'’-]+\s?[:(])/gu;
// "Español – Nativo Inglés – B2 Valenciano – C1" (a row whose gaps the PDF lost): a capitalised name before a
// dash, after a language's level, starts the next language.
const NEXT_NAME_WITH_DASH = /\s+(?=\p{Lu}[\p{L}'’-]+\s[–—-]\s)/gu;

function splitAfterLevels(text: string): string {
  return text.replace(NEXT_NAME_WITH_DASH, (gap: string, at: number) =>
    LEVEL_AT_END.test(text.slice(Math.max(0, at - 24), at)) ? ';' : gap,
  );
}

/**
 * Languages, one a line or several to a line: "Spanish (Native or Bilingual)", "Englisch – verhandlungssicher",
 * "German: fluent", "French B2", "English, German, Polish", "Anglais : courant (C1) – Espagnol : B1".
 */
export function parseLanguages(section: readonly string[]): ParsedResumeLanguage[] {
  const out: ParsedResumeLanguage[] = [];
  for (const line of toLines(section))
    for (const item of splitList(
      splitAfterLevels((line.bullet ?? line.text).replace(DASH_BEFORE_LANGUAGE, ';')),
      LIST_SEPARATORS,
    )) {
      const language = languageOf(item);
      if (language) out.push(language);
    }
  return out;
}

// A level drawn as dots or stars ("Polish ●●●●●", "German ●●○○○"): read as "5/5", "2/5".
const RATING = /\s*([●◉⬤★✪■◼]+)([○◯☆✩□◻]*)\s*/u;

function languageOf(written: string): ParsedResumeLanguage | null {
  const rating = RATING.exec(written);
  const item = rating === null ? written : written.replace(RATING, ' ').replace(/\s+/gu, ' ').trim();
  const language = levelledLanguage(item);
  if (language === null || rating === null || language.fluency !== null) return language;
  const filled = [...(rating[1] as string)].length;
  return { ...language, fluency: `${filled}/${filled + [...(rating[2] as string)].length}` };
}

function levelledLanguage(item: string): ParsedResumeLanguage | null {
  const levelFirst = LEVEL_FIRST.exec(item.trim());
  if (levelFirst) return { language: levelFirst[2] as string, fluency: levelFirst[1] as string };
  const marked = /^([\p{L}][\p{L} '’-]*?)\s*(?:\(([^)]+)\)|[:–—-]\s*(.+)|\s(\S+))?$/u.exec(item.trim());
  if (!marked) return null;
  const name = (marked[1] as string).trim();
  const last = marked[4];
  // "French B2": a level after the name; "Brazilian Portuguese": two words of one name.
  const [language, fluency] =
    last === undefined
      ? [name, (marked[2] ?? marked[3] ?? '').trim() || null]
      : LEVEL.test(last)
        ? [name, last]
        : [`${name} ${last}`, null];
  if (wordCount(language, 4) > 3) return null;
  // Polish (and often Spanish) write a language's name in lower case ("angielski – B2", "inglés: avanzado"):
  // then a spoken level must follow for the word to be a language.
  const named = /^\p{Lu}/u.test(language) || (fluency !== null && SPOKEN_LEVEL.test(fluency));
  return named ? { language, fluency } : null;
}
