import { textLanguage, type TextLanguage } from '../tailoring/text-language.js';
import type { DocumentContent } from './document.js';

/**
 * The words a document prints around its content: section headings, "Present", list labels, dates. A resume
 * or letter written in German, French, Spanish or Polish prints them in that language ("Berufserfahrung",
 * "04/2020 – heute", "7. Dezember 2026"); English is the default, as every document printed before.
 */
export interface DocumentLabels {
  readonly sections: Readonly<
    Record<
      | 'summary'
      | 'experiences'
      | 'projects'
      | 'skills'
      | 'education'
      | 'certifications'
      | 'awards'
      | 'volunteer'
      | 'publications'
      | 'languages',
      string
    >
  >;
  readonly present: string;
  readonly technologies: string;
  readonly coursework: string;
  /** A month of a year on a resume ("Mar 2021", "03/2021"). */
  month(year: string, month: number): string;
  /** A letter's date line. */
  letterDate(day: number, month: number, year: number): string;
}

const monthNames = (names: string): string[] => names.split(' ');
const EN_SHORT = monthNames('Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec');
const EN_LONG = monthNames(
  'January February March April May June July August September October November December',
);
const DE_LONG = monthNames(
  'Januar Februar März April Mai Juni Juli August September Oktober November Dezember',
);
const FR_LONG = monthNames(
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre',
);
const ES_LONG = monthNames(
  'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre',
);
// Polish dates name the month in the genitive: "7 grudnia 2026".
const PL_GENITIVE = monthNames(
  'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia',
);

const numeric =
  (separator: string) =>
  (year: string, month: number): string =>
    `${String(month).padStart(2, '0')}${separator}${year}`;

export const ENGLISH_LABELS: DocumentLabels = {
  sections: {
    summary: 'Summary',
    experiences: 'Experience',
    projects: 'Projects',
    skills: 'Skills',
    education: 'Education',
    certifications: 'Certifications',
    awards: 'Awards',
    volunteer: 'Volunteering',
    publications: 'Publications',
    languages: 'Languages',
  },
  present: 'Present',
  technologies: 'Technologies',
  coursework: 'Coursework',
  month: (year, month) => `${EN_SHORT[month - 1] ?? ''} ${year}`.trim(),
  letterDate: (day, month, year) => `${day} ${EN_LONG[month - 1] ?? ''} ${year}`,
};

const LABELS: Readonly<Record<Exclude<TextLanguage, 'en'>, DocumentLabels>> = {
  de: {
    sections: {
      summary: 'Profil',
      experiences: 'Berufserfahrung',
      projects: 'Projekte',
      skills: 'Kenntnisse',
      education: 'Ausbildung',
      certifications: 'Zertifikate und Weiterbildungen',
      awards: 'Auszeichnungen',
      volunteer: 'Ehrenamtliches Engagement',
      publications: 'Veröffentlichungen',
      languages: 'Sprachen',
    },
    present: 'heute',
    technologies: 'Technologien',
    coursework: 'Schwerpunkte',
    month: numeric('/'),
    letterDate: (day, month, year) => `${day}. ${DE_LONG[month - 1] ?? ''} ${year}`,
  },
  fr: {
    sections: {
      summary: 'Profil',
      experiences: 'Expérience professionnelle',
      projects: 'Projets',
      skills: 'Compétences',
      education: 'Formation',
      certifications: 'Certifications',
      awards: 'Distinctions',
      volunteer: 'Bénévolat',
      publications: 'Publications',
      languages: 'Langues',
    },
    present: 'aujourd’hui',
    technologies: 'Technologies',
    coursework: 'Matières',
    month: numeric('/'),
    letterDate: (day, month, year) => `${day === 1 ? '1er' : day} ${FR_LONG[month - 1] ?? ''} ${year}`,
  },
  es: {
    sections: {
      summary: 'Perfil',
      experiences: 'Experiencia profesional',
      projects: 'Proyectos',
      skills: 'Competencias',
      education: 'Formación',
      certifications: 'Certificaciones',
      awards: 'Premios y reconocimientos',
      volunteer: 'Voluntariado',
      publications: 'Publicaciones',
      languages: 'Idiomas',
    },
    present: 'actualidad',
    technologies: 'Tecnologías',
    coursework: 'Asignaturas',
    month: numeric('/'),
    letterDate: (day, month, year) => `${day} de ${ES_LONG[month - 1] ?? ''} de ${year}`,
  },
  pl: {
    sections: {
      summary: 'Podsumowanie',
      experiences: 'Doświadczenie zawodowe',
      projects: 'Projekty',
      skills: 'Umiejętności',
      education: 'Wykształcenie',
      certifications: 'Certyfikaty i szkolenia',
      awards: 'Nagrody i wyróżnienia',
      volunteer: 'Wolontariat',
      publications: 'Publikacje',
      languages: 'Języki',
    },
    present: 'obecnie',
    technologies: 'Technologie',
    coursework: 'Przedmioty',
    month: numeric('.'),
    letterDate: (day, month, year) => `${day} ${PL_GENITIVE[month - 1] ?? ''} ${year}`,
  },
};

/** The labels for the language a document's own sentences are written in (its bullets, its letter). */
export function documentLabels(content: DocumentContent): DocumentLabels {
  const text =
    content.type === 'coverLetter'
      ? content.letter.paragraphs.join('\n')
      : [
          content.resume.summary?.text ?? '',
          ...content.resume.experiences.flatMap((e) => [e.title, ...e.bullets.map((b) => b.text)]),
        ].join('\n');
  const language = textLanguage(text);
  return language === null || language === 'en' ? ENGLISH_LABELS : LABELS[language];
}
