import { PROFILE_LIMITS } from '@tailor/domain';

/**
 * What the lines under a degree say, sorted into the profile's fields: its grade ("GPA: 3.8/4.0", "Note 1,8",
 * "Średnia: 4,5"), its honours ("Dean's List", "Distinction", "summa cum laude", "mit Auszeichnung") and its
 * coursework ("Relevant Coursework: Algorithms, Databases"). Each is copied as written; a line that says
 * none of these is left out, as before.
 */
export interface EducationDetails {
  gpa: string | null;
  honors: string | null;
  coursework: string[];
}

const GRADE =
  /(?<!\p{L})(?:cumulative |overall |major )?(?:gpa|cgpa|grade(?: point average)?|final grade|note|abschlussnote|gesamtnote|średnia(?: ocen)?|ocena(?: końcowa)?|moyenne|nota(?: media| final)?)\s*[:=-]?\s*(\d{1,3}(?:[.,]\d{1,2})?(?:\s*\/\s*\d{1,3}(?:[.,]\d{1,2})?)?(?:\s*%)?)/iu;
const HONOURS =
  /(?<!\p{L})(?:dean['’]?s list|president['’]?s list|(?:summa |magna )?cum laude|with (?:high |highest )?(?:honou?rs|distinction)|first[- ]class(?: honou?rs)?|upper second(?: class)?|distinction|merit|valedictorian|salutatorian|scholarship|honou?rs? (?:student|society|program)|phi beta kappa|mit auszeichnung|summa cum laude|z wyróżnieniem|mention (?:très bien|bien|assez bien)|con honores|matrícula de honor|premio extraordinario)(?!\p{L})/iu;
const COURSEWORK =
  /^(?:relevant |key |selected )?(?:coursework|courses|modules|schwerpunkte|przedmioty|matières|asignaturas)\s*:\s*(.+)$/iu;

export function educationDetails(details: readonly string[]): EducationDetails {
  let gpa: string | null = null;
  const honours: string[] = [];
  const coursework: string[] = [];
  for (const detail of details) {
    const line = detail.trim();
    const courses = COURSEWORK.exec(line);
    if (courses) {
      coursework.push(
        ...(courses[1] as string)
          .split(/\s*[,;·•|]\s*/u)
          .map((course) => course.trim())
          .filter(Boolean),
      );
      continue;
    }
    gpa ??= GRADE.exec(line)?.[1]?.trim() ?? null;
    // Each honour as the line names it: "GPA: 3.8/4.0, Dean's List" gives "Dean's List".
    for (const part of line.split(/\s*[,;·•|]\s*/u))
      if (HONOURS.test(part) && !GRADE.test(part)) honours.push(part.trim());
  }
  // Within the profile's limits: what does not fit is left out whole, never cut.
  const honors = honours.reduce(
    (joined, honour) =>
      joined === ''
        ? honour
        : `${joined}; ${honour}`.length <= PROFILE_LIMITS.honors
          ? `${joined}; ${honour}`
          : joined,
    '',
  );
  return {
    gpa,
    honors: honors === '' || honors.length > PROFILE_LIMITS.honors ? null : honors,
    coursework: coursework
      .filter((course) => course.length <= PROFILE_LIMITS.course)
      .slice(0, PROFILE_LIMITS.coursework),
  };
}
