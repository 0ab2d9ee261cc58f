import { namesRegion, type ParsedResumeEducation } from '@tailor/domain';
import { findRange, findSingle, tidy } from './dates.js';
import { lineParts } from './entry-header.js';
import { toLines } from './lines.js';

// Case-sensitive on purpose: "MA" is Massachusetts far more often than a Master of Arts, and "mgr" and
// "technik" ("technik logistyk") are written in lower case in Polish.
const DEGREE =
  /(?<![\p{L}])(Promotion|Dr\.\s?(?:phil|rer\.\s?nat|rer\.\s?pol|med|jur|oec|theol)\.|Dr\.-Ing\.|Habilitation|Studia podyplomowe|Studia (?:magisterskie|licencjackie|inżynierskie|doktoranckie)|Doktorat|doktorat|Bachelor|Master|Magister|Máster|Associate|Diploma|Diplom|Doctor|Doktor|Doctorate|Doctorat|Doctorado|Ph\.?\s?D|MBA|MEng|BEng|B\.?Sc|M\.?Sc|B\.?Tech|M\.?Tech|B\.F\.A\.|M\.F\.A\.|BFA|MFA|B\.B\.A\.|BBA|B\.E\.|M\.E\.|BSEE|BSME|BSCE|BSCS|BSIE|BSE|MSEE|MSME|MSCS|MSCE|MSE|MCA|BCA|HSC|SSC|A-Levels?|A Levels?|GCSEs?|HND|B\.?Ed\.?|M\.?Ed\.?|B\.?Com|M\.?Com|B\.?Arch|M\.?Arch|MPH|MPA|MSW|BSW|Pharm\.?D|DDS|DNP|Ed\.?D|BASc|MASc|B\.A\.|B\.S\.|A\.B\.|S\.B\.|Sc\.B\.|A\.M\.|S\.M\.|Sc\.M\.|A\.A\.|A\.S\.|BA|BS|M\.A\.|M\.S\.|MS|BSN|MSN|ADN|AAS|LL\.?M|LL\.?B|MSci|MChem|MPhys|MMath|MPharm|MBiol|MRes|MPhil|DPhil|MBBS|MBChB|BVSc|BMus|J\.?D|M\.?D|Licence|Licenciatura|Licenciado|Licenciada|Grado|Técnico Superior|Técnico|Inżynier|inżynier|inż\.|Licencjat|licencjat|magister|mgr|Abitur|Staatsexamen|Meister|BTS|DUT|BUT|DEUG|Baccalauréat|Bachiller|Bachillerato|CAP|Certificate|Zertifikat|Certificat|Certificado|Dyplom|Diplôme d[’']ingénieur|Diplôme|Technik|technik|Ingénieur|Ingeniero|Ingeniera|Fachwirt|Kaufmann|Kauffrau|Ausbildung|Graduado|Graduada|ESO|Ciclo Formativo|CFGM|CFGS|Bac pro|Bac|BEP|Brevet|Hauptschulabschluss|Realschulabschluss|Mittlere Reife|Fachabitur|Fachhochschulreife|Gesellenbrief|Gesellenprüfung|Matura|matura|GED|NVQ|BTEC|PGCE|PGDip|PgDip|PGCert|Laurea magistrale|Laurea triennale|Laurea|Dottorato di ricerca|Dottorato|Diploma di maturità|Bacharelado|Bacharel|Mestrado|Doutorado|Pós-graduação|Especialização|Tecnólogo|Ensino Médio|Ensino Técnico)(?![\p{L}])/u;
const INSTITUTION =
  /(universit|college|colegio|collège|institut|school|schule|academy|akademi|polytechnic|politechni|hochschule|uniwersytet|szkoł|szkół|école|lycée|liceum|technikum|gymnasium|gimnazjum|universidad|escuela|facultad|faculdade|escola|scuola|liceo|istitut|politecnic|conservato|\bIES\b|\bIUT\b|\bTU\b|\bETH\b|\bMIT\b|\bUCLA\b|\bEPFL\b|\bUCL?\b|caltech|\bCMU\b|\bNYU\b|\bLSE\b|\bKTH\b|\bAGH\b|\bSGH\b|\bIAE\b|\bINSA\b|\bHEC\b|\bESSEC\b|\bESCP\b|\bENS\b|sciences po|\bIESE\b|\bESADE\b|\bUNED\b|\bWSB\b|\bSGGW\b|\bFH\b)/iu;

// What may follow a degree's name inside it: "of Science", "of Business Administration", "(Hons)", "(B.A.)",
// the French master's year ("Master 2"), an acronym ("Master MEEF", "mgr inż."), "'s degree".
const DEGREE_TAIL =
  /^(?:\s*(?:'s|’s)(?:\s+degree)?|\s+of\s+(?:Science|Arts|Engineering|Business Administration|Laws|Education|Fine Arts|Philosophy|Technology|Nursing|Applied Science|Commerce|Medicine|Surgery)|\s*\((?:Hons|Honours|Honors|[\p{L}.]{1,8}|Dr\.[\p{L}. -]{1,14})\)|\s+[12](?![\d.,])|\s+(?:inż\.|\p{Lu}{2,6}(?![\p{L}.])))/u;
// Between a degree and its field: "in", "en", "im Fach", "w zakresie", "zum", a dash or a colon.
// Another degree word right after the first ("mgr inż.", "Técnico Superior" is already one name).
const DEGREE_FOLLOW = new RegExp(`^\\s+(?:${DEGREE.source})`, 'u');
const FIELD_JOIN =
  /^\.?(?:\s*[-–—:,]\s*|\s+(?:in|en|of|im Fach|im Studiengang|in der Fachrichtung|Fachrichtung|w zakresie|na kierunku|kierunek|z|zum|zur|als|de|du|des|em|spécialité|mention|con mención en)\s+|\s+)/u;

/**
 * A degree part split into the degree and the field it names: "BSc Nursing", "Master of Science in Computer
 * Science", "Licence en gestion", "Ausbildung zum Industriemechaniker", "Magister – Zarządzanie". What
 * stands before the degree's name stays with it ("Staatlich geprüfter Techniker", "Higher Certificate").
 */
function splitDegree(part: string): { degree: string; field: string | null } {
  // "Studium der Informatik (B.Sc.)", "Economics (BA)": the field, then its degree in brackets.
  const bracketed = /^(.*\S)\s*\(([^()]{1,20})\)$/u.exec(part);
  if (
    bracketed &&
    !DEGREE.test(bracketed[1] as string) &&
    DEGREE_ONLY.test((bracketed[2] as string).trim())
  ) {
    const field = tidy((bracketed[1] as string).replace(STUDY_OF, ''));
    return { degree: (bracketed[2] as string).trim(), field: field === '' ? null : field };
  }
  const name = DEGREE.exec(part);
  if (!name) return { degree: part, field: null };
  let end = name.index + name[0].length;
  // A second degree word right after the first belongs to it ("mgr inż.", "Técnico Superior").
  for (let guard = 0; guard < 3; guard += 1) {
    const tail = DEGREE_TAIL.exec(part.slice(end)) ?? DEGREE_FOLLOW.exec(part.slice(end));
    if (!tail || tail[0].length === 0) break;
    end += tail[0].length;
  }
  const after = part.slice(end);
  const join = FIELD_JOIN.exec(after);
  let field = tidy(join ? after.slice(join[0].length) : after);
  // Trimmed, not tidied: the degree may end in its own brackets ("Bachelor of Arts (B.A.)").
  let degree = part
    .slice(0, end)
    .trim()
    .replace(/\s*[,;:–—-]$/u, '');
  // "Bachelor of Science in Nursing (BSN)": the abbreviation after the field is the degree's.
  const abbreviation = /\s*\(([\p{Lu}][\p{L}.]{1,7})\)$/u.exec(field);
  if (abbreviation && DEGREE.test(abbreviation[1] as string)) {
    degree = `${degree} (${abbreviation[1] as string})`;
    field = field.slice(0, abbreviation.index).trim();
  }
  return { degree, field: field === '' ? null : field };
}

const DEGREE_ONLY = new RegExp(`^(?:${DEGREE.source})\\.?$`, 'u');
// What opens a German course of study before its subject: "Studium der Informatik", "Studiengang Maschinenbau".
const STUDY_OF = /^(?:(?:Bachelor|Master|Diplom)?[Ss]tudium|Studiengang)(?:\s+(?:der|des|im Fach))?\s+/u;
// An honour in brackets after the field ("Data Science (Distinction)", "Informatik (mit Auszeichnung)"): a
// detail of the degree, not part of its field.
const HONOURS =
  /\s*\(((?:with )?(?:distinction|merit|first[- ]class(?: honours)?|upper second(?: class)?|2:1|2:2|(?:summa |magna )?cum laude|(?:high |highest )?hono(?:u)?rs|mit auszeichnung|avec mention[^()]{0,20}|con honores|z wyróżnieniem))\)$/iu;

/**
 * A part naming a degree, not a school: "BSc Nursing", and "High School Diploma", whose school word comes
 * before the degree's ("Lincoln High School" is the school).
 */
function isDegree(part: string): boolean {
  const degree = DEGREE.exec(part);
  if (!degree) return false;
  const school = INSTITUTION.exec(part);
  return school === null || (school.index < degree.index && DEGREE_LAST.test(part));
}

const DEGREE_LAST = new RegExp(`(?:${DEGREE.source})$`, 'u');

/**
 * Whether the part is the degree's abbreviation: a short word whose capitals are the initials of the degree's
 * words ("MA" of "Master of Arts", "BSc" of "Bachelor of Science", "MBA"), not a school's ("MIT").
 */
function abbreviates(part: string | undefined, degree: string): boolean {
  if (part === undefined || !/^\p{Lu}[\p{L}.]{1,7}$/u.test(part)) return false;
  const initials = [...degree.matchAll(/(?<!\p{L})\p{Lu}/gu)].map((match) => match[0]).join('');
  return initials.length >= 2 && part.replace(/[^\p{Lu}]/gu, '') === initials;
}

// Words an abbreviation leaves out of its initials: joining words and elided articles ("d'aptitude").
const UNCOUNTED = /^(?:[a-z]{1,3}|[dl]['’])$/u;

/**
 * Where a part is an abbreviation in capitals followed by a part spelling it out, word for word ("DCG" and
 * "Diplôme de comptabilité et de gestion", "HND" and "Higher National Diploma in …"), so the two are one degree
 * rather than a degree and its field; -1 when there is none.
 */
function spelledOutAt(parts: readonly string[]): number {
  return parts.findIndex((part, index) => {
    const next = parts[index + 1];
    if (next === undefined || !/^\p{Lu}{2,6}$/u.test(part) || !DEGREE.test(next)) return false;
    const initials = next
      .replace(/(?<!\p{L})[dl]['’]/gu, '')
      .split(/[\s-]+/u)
      .filter((word) => word !== '' && !UNCOUNTED.test(word))
      .map((word) => word.charAt(0))
      .join('');
    // Its field may follow in the same part ("Higher National Diploma in Engineering").
    return initials.toLowerCase().startsWith(part.toLowerCase());
  });
}

/**
 * Rows that open with their dates and were run together into one line by a PDF's text layer ("2016 – 2018
 * MBA, Stanford 1997 – 1999 MSc, MIT") are split again at each further range. Bounded: at most 8 rows a line.
 */
function splitRows(raw: readonly string[]): string[] {
  const out: string[] = [];
  for (const line of raw) {
    let rest = line;
    let first = findRange(rest);
    for (let rows = 0; first !== null && first.index === 0 && rows < 8; rows += 1) {
      const from = first.length;
      const next = findRange(rest.slice(from));
      if (next === null) break;
      out.push(rest.slice(0, from + next.index));
      rest = rest.slice(from + next.index);
      first = findRange(rest);
    }
    out.push(rest);
  }
  return out;
}

interface Draft extends ParsedResumeEducation {
  field: string | null;
  /** The part after a degree that named its own field: the school, when no school word marks another. */
  afterDegree: string | null;
}

/**
 * Whether the part after a school's name goes on with it: a second school word ("The Wharton School,
 * University of Pennsylvania"), or a campus after "University of <State>" ("University of California,
 * Berkeley") when no region follows it (then it is the place: "University of Washington, Seattle, WA").
 */
function continuesSchoolName(parts: readonly string[], at: number, degreeAt: number): boolean {
  const next = parts[at + 1];
  if (next === undefined || at + 1 === degreeAt || isDegree(next)) return false;
  if (INSTITUTION.test(next) && /\p{Lu}/u.test(next)) return true;
  const after = parts[at + 2];
  return (
    /^University of \p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?$/u.test(parts[at] as string) &&
    /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}$/u.test(next) &&
    (after === undefined || !namesRegion(after))
  );
}

const PLACE_NAME = /^\p{Lu}[\p{L}'’.-]*(?:[\s-]\p{Lu}[\p{L}'’.-]*){0,2}$/u;

// Every word capitalised but the joining ones: "Daimler AG", "Robert Bosch GmbH", "Caisse d'Epargne".
const TITLE_CASE_NAME =
  /^\p{Lu}[\p{L}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|&|und|and|de|der|du|des|of|für|i|y|d['’]\p{Lu}[\p{L}'’.-]*))*$/u;
const HONOUR_WORDS =
  /\b(?:hono(?:u)?rs?|distinction|merit|class|cum laude|auszeichnung|mention|gpa|grade|note)\b/iu;

/** "IAE Lyon", "Daimler AG, Sindelfingen": a name of a few words, maybe with its place. */
function namesSchoolAndPlace(parts: readonly string[]): boolean {
  const [name, ...place] = parts;
  return (
    name !== undefined &&
    /^\p{Lu}/u.test(name) &&
    name.split(/\s+/u).length <= 6 &&
    place.length <= 2 &&
    place.every((part, index) => PLACE_NAME.test(part) || (index === 1 && namesRegion(part)))
  );
}

/**
 * Education entries: each line is split into parts, and each part is a degree, an institution, dates, or
 * something else (a field of study after a degree, else a detail). A second degree or a second institution
 * starts a new entry, so "Degree — Institution", "Institution / Degree / dates" and
 * "Degree, Field, Institution, 2017" all read the same.
 */
export function parseEducation(raw: readonly string[]): ParsedResumeEducation[] {
  const entries: Draft[] = [];
  let entry: Draft | null = null;
  const open = (): Draft => {
    entry = {
      institution: '',
      degree: null,
      field: null,
      afterDegree: null,
      startDate: null,
      endDate: null,
      details: [],
    };
    entries.push(entry);
    return entry;
  };
  for (const line of toLines(splitRows(raw))) {
    let text = line.bullet ?? line.text;
    if (line.blankBefore && entry !== null && (entry as Draft).institution !== '') entry = null;
    const range = findRange(text);
    const single = range ? null : findSingle(text);
    const dates = range ?? single;
    if (dates) text = `${text.slice(0, dates.index)}   ${text.slice(dates.index + dates.length)}`;
    const parts = lineParts(tidy(text)).map(tidy).filter(Boolean);
    const spelled = spelledOutAt(parts);
    if (spelled >= 0)
      parts.splice(spelled, 2, `${parts[spelled] as string} – ${parts[spelled + 1] as string}`);
    // "University of Maryland Global Campus, Adelphi, MD": a state's code after a place is no degree (M.D.).
    const degreeAt = parts.findIndex(
      (part, index) =>
        isDegree(part) &&
        !(
          index >= 2 &&
          /^\p{Lu}{2}$/u.test(part) &&
          namesRegion(part) &&
          PLACE_NAME.test(parts[index - 1] as string)
        ),
    );
    // "Master of Arts - MA, Psychologie" (LinkedIn's PDF): the degree's own initials after it are no field.
    if (degreeAt >= 0 && abbreviates(parts[degreeAt + 1], parts[degreeAt] as string))
      parts.splice(degreeAt + 1, 1);
    const institutionAt = parts.findIndex((part, index) => index !== degreeAt && INSTITUTION.test(part));
    if (line.bullet !== null && degreeAt < 0 && institutionAt < 0) {
      (entry as Draft | null)?.details.push(line.bullet);
      continue;
    }
    let current = entry as Draft | null;
    const needsNew =
      current === null ||
      (degreeAt >= 0 && current.degree !== null) ||
      (institutionAt >= 0 && current.institution !== '');
    if (degreeAt < 0 && institutionAt < 0 && !dates) {
      if (current) {
        if (current.degree !== null && current.field === null && parts.length === 1)
          current.field = parts[0] as string;
        // "Master en Marketing" over "IAE Lyon", "Ausbildung zum Industriemechaniker" over "Daimler AG,
        // Sindelfingen": a degree that named its field, then a school (or a training company) without a
        // school word on the next line, maybe with its place.
        else if (
          current.degree !== null &&
          current.institution === '' &&
          line.bullet === null &&
          namesSchoolAndPlace(parts)
        ) {
          current.institution = parts[0] as string;
          current.details.push(...parts.slice(1));
        } else current.details.push(line.text);
      }
      continue;
    }
    if (needsNew) current = open();
    const target = current as Draft;
    if (degreeAt >= 0) {
      // "DCG – Diplôme de comptabilité et de gestion": the abbreviation and its spelling out, one degree.
      const { degree, field } =
        degreeAt === spelled
          ? { degree: parts[degreeAt] as string, field: null }
          : splitDegree(parts[degreeAt] as string);
      target.degree = degree;
      const honours = field === null ? null : HONOURS.exec(field);
      if (honours) target.details.push((honours[1] as string).trim());
      target.field ??= honours && field !== null ? field.slice(0, honours.index).trim() || null : field;
    }
    // "The Wharton School, University of Pennsylvania", "University of California, Berkeley": one school's
    // name over two parts.
    const nameGoesOn = institutionAt >= 0 && continuesSchoolName(parts, institutionAt, degreeAt);
    // The training company on the dates' line under a degree that named its field ("Ausbildung zum
    // Industriemechaniker" over "Daimler AG, Sindelfingen, 2014 – 2017"): a name in title case, not an honour.
    const companyBelow =
      degreeAt < 0 &&
      institutionAt < 0 &&
      dates !== null &&
      target.degree !== null &&
      target.field !== null &&
      target.institution === '' &&
      line.bullet === null &&
      namesSchoolAndPlace(parts) &&
      TITLE_CASE_NAME.test(parts[0] as string) &&
      !HONOUR_WORDS.test(parts[0] as string);
    if (companyBelow) target.institution = parts[0] as string;
    if (institutionAt >= 0)
      target.institution = nameGoesOn
        ? `${parts[institutionAt] as string}, ${parts[institutionAt + 1] as string}`
        : (parts[institutionAt] as string);
    parts.forEach((part, index) => {
      if (
        index === degreeAt ||
        index === institutionAt ||
        (nameGoesOn && index === institutionAt + 1) ||
        (companyBelow && index === 0)
      )
        return;
      // What follows a degree on its line is its field ("BSN, Nursing") unless the degree named one
      // ("MSc in Physics, Caltech": then it is the school); the rest is the place or a detail.
      if (degreeAt >= 0 && index === degreeAt + 1 && target.field === null) target.field = part;
      else if (degreeAt >= 0 && index === degreeAt + 1 && target.afterDegree === null)
        target.afterDegree = part;
      else target.details.push(part);
    });
    if (dates) {
      target.startDate ??= dates.start;
      target.endDate ??= dates.current ? null : dates.end;
    }
  }
  return entries
    .filter((draft) => draft.institution !== '' || draft.degree !== null)
    .map(({ afterDegree, ...draft }) => {
      // "Master of Science in Physics, Caltech": the degree names its field, so the part after it is the
      // school even without a school word. No institution found: left empty, so the profile rules drop the
      // entry and report it (never invented).
      if (draft.institution === '' && afterDegree !== null) return { ...draft, institution: afterDegree };
      // "MBA — INSEAD": an acronym after a degree is a school, not a field of study.
      if (draft.institution === '' && draft.field !== null && /^\p{Lu}{4,8}$/u.test(draft.field))
        return { ...draft, institution: draft.field, field: null };
      if (afterDegree !== null) draft.details.unshift(afterDegree);
      return draft;
    });
}
