import {
  LETTER_SALUTATIONS,
  textLanguage,
  type JobFacts,
  type ProfileFacts,
  type TextLanguage,
} from '@tailor/domain';
import { accusativeEmployer, bei, dativeEmployer } from './german-employers.js';
import { rankBullets, rankSkills, roleName } from './writers.js';

/**
 * The summary and the cover letter in the language the profile is written in, when that is German, French,
 * Spanish or Polish: a letter that quotes a German profile's lines reads in German. As in writers.ts, every
 * fact comes from the profile (titles, employers, years, skills, bullets quoted as written) and the job (its
 * title and employer); the only words of their own are the phrases below, which state no fact. Bullets are
 * quoted, not turned into clauses: the clause-making of the English writer knows English verbs only.
 */
export type WritingLanguage = Exclude<TextLanguage, 'en'>;

/** The language the profile's own lines are written in, when it is one of the four; else null (English). */
export function writingLanguage(profile: ProfileFacts): WritingLanguage | null {
  const text = [
    profile.headline ?? '',
    ...profile.experiences.flatMap((experience) => [experience.title, ...experience.bullets]),
  ].join(' \n ');
  const language = textLanguage(text);
  return language === null || language === 'en' ? null : language;
}

interface Phrases {
  /** The word joining the last two items of a list. */
  and: string;
  /** An employer's name as a list of employers prints it (German adds its article: "dem Klinikum …"). */
  employer(name: string): string;
  experience(role: string, companies: string, since: string | null): string;
  skills(list: string): string;
  applying(role: string | null, company: string | null): string;
  /** The most recent role, current or not, and the skills the job asks for that the profile names. */
  bring(title: string, company: string, current: boolean, strengths: string | null): string;
  duties(company: string, items: readonly string[]): string;
  before(title: string, company: string): string;
  closing(focus: string | null, company: string | null): string;
  signOff: string;
}

const asWritten = (name: string): string => name;
const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const PHRASES: Readonly<Record<WritingLanguage, Phrases>> = {
  de: {
    and: 'und',
    employer: dativeEmployer,
    experience: (role, companies, since) =>
      `${role} mit Berufserfahrung ${bei(companies)}${since ? ` seit ${since}` : ''}.`,
    skills: (list) => `Kenntnisse: ${list}.`,
    applying: (role, company) =>
      `hiermit bewerbe ich mich um ${role ? `die Stelle „${role}“` : 'die ausgeschriebene Stelle'}${company ? ` ${bei(dativeEmployer(company))}` : ''}.`,
    bring: (title, company, current, strengths) =>
      `${current ? 'Derzeit bin' : 'Zuletzt war'} ich als ${title} ${bei(dativeEmployer(company))} tätig${strengths ? ` und bringe praktische Erfahrung mit ${strengths} mit` : ''}.`,
    duties: (company, items) =>
      `${capitalise(bei(dativeEmployer(company)))} gehörten unter anderem dazu: ${items.join('; ')}.`,
    before: (title, company) => `Davor war ich als ${title} ${bei(dativeEmployer(company))} tätig.`,
    closing: (focus, company) =>
      `Gern erläutere ich in einem persönlichen Gespräch, wie ich ${company ? accusativeEmployer(company) : 'Ihr Team'}${focus ? ` mit meiner Erfahrung in ${focus}` : ''} unterstützen kann. Vielen Dank für Ihre Zeit.`,
    signOff: 'Mit freundlichen Grüßen',
  },
  fr: {
    and: 'et',
    employer: asWritten,
    experience: (role, companies, since) =>
      `${role}, expérience chez ${companies}${since ? ` depuis ${since}` : ''}.`,
    skills: (list) => `Compétences : ${list}.`,
    applying: (role, company) =>
      `Je vous adresse ma candidature ${role ? `au poste « ${role} »` : 'au poste proposé'}${company ? ` chez ${company}` : ''}.`,
    bring: (title, company, current, strengths) =>
      `${current ? 'J’occupe actuellement' : 'J’ai récemment occupé'} le poste ${ofFr(title)} chez ${company}${strengths ? ` et j’apporte une expérience concrète de ${strengths}` : ''}.`,
    // French sets a space before a colon and a semicolon.
    duties: (company, items) =>
      `Chez ${company}, mes missions comprenaient notamment : ${items.join(' ; ')}.`,
    before: (title, company) => `Auparavant, j’ai occupé le poste ${ofFr(title)} chez ${company}.`,
    closing: (focus, company) =>
      `Je me tiens à votre disposition pour un entretien sur la manière dont ${focus ? `mon expérience en ${focus}` : 'mon expérience'} pourrait servir ${company ?? 'votre équipe'}. Je vous remercie de votre attention.`,
    signOff: 'Veuillez agréer, Madame, Monsieur, mes salutations distinguées.',
  },
  es: {
    and: 'y',
    employer: asWritten,
    experience: (role, companies, since) =>
      `${role} con experiencia en ${companies}${since ? ` desde ${since}` : ''}.`,
    skills: (list) => `Competencias: ${list}.`,
    applying: (role, company) =>
      `Le escribo para presentar mi candidatura ${role ? `al puesto «${role}»` : 'al puesto ofertado'}${company ? ` en ${company}` : ''}.`,
    bring: (title, company, current, strengths) =>
      `${current ? 'Actualmente trabajo' : 'Hasta hace poco trabajé'} como ${title} en ${company}${strengths ? ` y aporto experiencia práctica en ${strengths}` : ''}.`,
    duties: (company, items) => `En ${company}, mis funciones incluían, entre otras: ${items.join('; ')}.`,
    before: (title, company) => `Anteriormente trabajé como ${title} en ${company}.`,
    closing: (focus, company) =>
      `Me gustaría conversar sobre cómo ${focus ? `mi experiencia en ${focus}` : 'mi experiencia'} podría contribuir a ${company ?? 'su equipo'}. Gracias por su tiempo y consideración.`,
    signOff: 'Atentamente,',
  },
  pl: {
    and: 'i',
    employer: asWritten,
    experience: (role, companies, since) =>
      `${role}. Doświadczenie zawodowe: ${companies}${since ? ` (od ${since} r.)` : ''}.`,
    skills: (list) => `Umiejętności: ${list}.`,
    applying: (role, company) =>
      `w odpowiedzi na ogłoszenie przesyłam swoją kandydaturę ${role ? `na stanowisko „${role}”` : 'na oferowane stanowisko'}${company ? ` w firmie ${company}` : ''}.`,
    bring: (title, company, current, strengths) =>
      `${current ? 'Obecnie pracuję na stanowisku' : 'Ostatnie stanowisko:'} ${title} w firmie ${company}${strengths ? `; wnoszę praktyczne doświadczenie w zakresie: ${strengths}` : ''}.`,
    duties: (company, items) => `W firmie ${company} do moich zadań należały m.in.: ${items.join('; ')}.`,
    before: (title, company) => `Wcześniej: ${title} w firmie ${company}.`,
    closing: (focus, company) =>
      `Chętnie opowiem podczas rozmowy, w jaki sposób ${focus ? `moje doświadczenie w zakresie ${focus}` : 'moje doświadczenie'} może wesprzeć ${company ? `firmę ${company}` : 'Państwa zespół'}. Dziękuję za poświęcony czas.`,
    signOff: 'Z poważaniem',
  },
};

/** French "de" before a title, elided before a vowel or a mute h: "de Comptable", "d’Assistante communication". */
const ofFr = (title: string): string => (/^[aeiouyàâéèêëîïôûh]/iu.test(title) ? `d’${title}` : `de ${title}`);

const listIn = (phrases: Phrases, items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${phrases.and} ${items.at(-1)}`;

/** A bullet quoted inside a sentence: its closing full stop dropped, its own words kept. */
const quoted = (bullet: string): string => bullet.trim().replace(/[.;]+$/u, '');

export function writeLocalizedSummary(
  language: WritingLanguage,
  profile: ProfileFacts,
  job: JobFacts,
): { summary: string } {
  const phrases = PHRASES[language];
  const sentences: string[] = [];
  const [recent] = profile.experiences;
  const companies = [...new Set(profile.experiences.map((experience) => experience.company))].slice(0, 3);
  const since =
    profile.experiences
      .map((experience) => experience.startDate?.slice(0, 4) ?? null)
      .filter((year): year is string => year !== null)
      .sort()[0] ?? null;
  const role = recent?.title ?? profile.headline;
  if (role && companies.length > 0)
    sentences.push(phrases.experience(role, listIn(phrases, companies.map(phrases.employer)), since));
  else if (role) sentences.push(`${role}.`);
  const { ranked } = rankSkills(profile, job);
  if (ranked.length > 0) sentences.push(phrases.skills(listIn(phrases, ranked.slice(0, 6))));
  if (sentences.length === 0) sentences.push(`${profile.fullName}.`);
  return { summary: sentences.join(' ') };
}

export function writeLocalizedCoverLetter(
  language: WritingLanguage,
  profile: ProfileFacts,
  job: JobFacts,
): { salutation: string; paragraphs: string[]; closing: string } {
  const phrases = PHRASES[language];
  const { matched, ranked } = rankSkills(profile, job);
  const [recent, ...earlier] = profile.experiences;
  const role = job.title.trim() === '' ? null : roleName(job.title);
  const strengths = (matched.length > 0 ? matched : ranked).slice(0, 4);
  const paragraphs: string[] = [];
  const opening = [phrases.applying(role, job.company)];
  if (recent)
    opening.push(
      phrases.bring(
        recent.title,
        recent.company,
        recent.endDate === null,
        strengths.length > 0 ? listIn(phrases, strengths) : null,
      ),
    );
  paragraphs.push(opening.join(' '));
  const duties = recent ? rankBullets(recent.bullets, job).slice(0, 2).map(quoted).filter(Boolean) : [];
  if (recent && duties.length > 0) paragraphs.push(phrases.duties(recent.company, duties));
  const before = earlier
    .slice(0, 2)
    .map((experience) => phrases.before(experience.title, experience.company));
  if (before.length > 0) paragraphs.push(before.join(' '));
  const focus = (matched.length > 0 ? matched : ranked).slice(0, 3);
  paragraphs.push(phrases.closing(focus.length > 0 ? listIn(phrases, focus) : null, job.company));
  // The salutation letters in that language open with, the one the letter framing gives them.
  return { salutation: LETTER_SALUTATIONS[language], paragraphs, closing: phrases.signOff };
}
