import type { ParsedResumeEducation } from '@tailor/domain';
import { findRange, findSingle, tidy } from './dates.js';
import { lineParts } from './entry-header.js';
import { toLines } from './lines.js';

// Case-sensitive on purpose: "MA" is Massachusetts far more often than a Master of Arts, and "mgr" is
// written in lower case in Polish.
const DEGREE =
  /(?<![\p{L}])(Bachelor|Master|Magister|Máster|Associate|Diploma|Diplom|Doctor|Doktor|Doctorate|Doctorat|Doctorado|Ph\.?\s?D|MBA|MEng|BEng|B\.?Sc|M\.?Sc|B\.?Tech|M\.?Tech|B\.A\.|B\.S\.|BA|BS|M\.A\.|M\.S\.|MS|BSN|MSN|ADN|AAS|LL\.?M|LL\.?B|J\.?D|M\.?D|Licence|Licenciatura|Licenciado|Licenciada|Grado|Técnico Superior|Técnico|Inżynier|inż\.|Licencjat|mgr|Abitur|Staatsexamen|Meister|BTS|DUT|BUT|DEUG|Baccalauréat|Bachiller|Bachillerato|CAP|Certificate|Zertifikat|Certificat|Certificado|Dyplom|Technik|Ingénieur|Ingeniero|Ingeniera|Fachwirt|Kaufmann|Kauffrau|Ausbildung)(?![\p{L}])/u;
const INSTITUTION =
  /(universit|college|colegio|collège|institut|school|schule|academy|akademi|polytechnic|politechni|hochschule|uniwersytet|szkoła|école|lycée|liceum|technikum|gymnasium|universidad|escuela|facultad|conservato|\bIES\b|\bIUT\b|\bTU\b|\bETH\b|\bMIT\b|\bUCLA\b|\bEPFL\b|\bUCL?\b|caltech|\bCMU\b|\bNYU\b|\bLSE\b|\bKTH\b|\bAGH\b|\bSGH\b)/iu;

interface Draft extends ParsedResumeEducation {
  field: string | null;
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
    entry = { institution: '', degree: null, field: null, startDate: null, endDate: null, details: [] };
    entries.push(entry);
    return entry;
  };
  for (const line of toLines(raw)) {
    let text = line.bullet ?? line.text;
    if (line.blankBefore && entry !== null && (entry as Draft).institution !== '') entry = null;
    const range = findRange(text);
    const single = range ? null : findSingle(text);
    const dates = range ?? single;
    if (dates) text = `${text.slice(0, dates.index)}   ${text.slice(dates.index + dates.length)}`;
    const parts = lineParts(tidy(text)).map(tidy).filter(Boolean);
    const degreeAt = parts.findIndex((part) => DEGREE.test(part) && !INSTITUTION.test(part));
    const institutionAt = parts.findIndex((part) => INSTITUTION.test(part));
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
        else current.details.push(line.text);
      }
      continue;
    }
    if (needsNew) current = open();
    const target = current as Draft;
    if (degreeAt >= 0) target.degree = parts[degreeAt] as string;
    if (institutionAt >= 0) target.institution = parts[institutionAt] as string;
    parts.forEach((part, index) => {
      if (index === degreeAt || index === institutionAt) return;
      // What follows a degree on its line is its field ("BSN, Nursing"); the rest is the place or a detail.
      if (degreeAt >= 0 && index === degreeAt + 1 && target.field === null) target.field = part;
      else target.details.push(part);
    });
    if (dates) {
      target.startDate ??= dates.start;
      target.endDate ??= dates.current ? null : dates.end;
    }
  }
  return entries
    .filter((draft) => draft.institution !== '' || draft.degree !== null)
    .map(({ field, ...draft }) =>
      // "Master of Science in Physics, Caltech": the degree names its field, so the part after it is the
      // school even without a school word.
      draft.institution === '' && field !== null && / (?:in|of|en|im|w|de) /u.test(draft.degree ?? '')
        ? { ...draft, institution: field, field: null }
        : { ...draft, field },
    )
    .map(({ field, ...draft }) => ({
      ...draft,
      degree: draft.degree && field ? `${draft.degree}, ${field}` : draft.degree,
      // No institution found: left empty, so the profile rules drop the entry and report it (never invented).
      institution: draft.institution,
    }));
}
