import { findRange } from './dates.js';
import { headingOf, startsHeading } from './headings.js';

/**
 * Resumes written as a form: a label column beside the values, as the classic Europass CV and many
 * templates do ("Dates   04/2021 – heute", "Occupation or position held   Data Analyst", "Name and address of
 * employer   Hermes Germany GmbH, Hamburg"), or labelled lines ("Position: …", "Employer: …"). The labels
 * say what each value is, so each block is rewritten into the shape the rest of the reader knows: one
 * header line "Title | Employer | dates" (or "Degree | Institution | dates") and the activities as bullets.
 */
type Role =
  | 'dates'
  | 'position'
  | 'employer'
  | 'activities'
  | 'qualification'
  | 'organisation'
  | 'name'
  | 'surnameFirst'
  | 'contact'
  | 'drop';

const LABELS: Record<Exclude<Role, 'drop'>, string[]> = {
  dates: [
    'dates',
    'date',
    'period',
    'duration',
    'zeitraum',
    'daty',
    'okres',
    'période',
    'fechas',
    'periodo',
    'período',
  ],
  position: [
    'occupation or position held',
    'position held',
    'position',
    'job title',
    // Indian CVs: "Designation: Senior Test Engineer", "Role: …".
    'designation',
    'role',
    'beruf oder funktion',
    'position',
    'funktion',
    'zawód lub zajmowane stanowisko',
    'stanowisko',
    'fonction ou poste occupé',
    'poste',
    'profesión o cargo desempeñado',
    'cargo',
    'puesto',
    'lavoro o posizione ricoperti',
    'posizione ricoperta',
    'mansione',
    'ruolo',
    'ocupação ou cargo ocupado',
    'função',
  ],
  employer: [
    'name and address of employer',
    'employer',
    'company',
    'company name',
    'organisation',
    'organization',
    'firma',
    'unternehmen',
    'entreprise',
    'name und adresse des arbeitgebers',
    'arbeitgeber',
    'nazwa i adres pracodawcy',
    'pracodawca',
    "nom et adresse de l'employeur",
    'employeur',
    'nombre y dirección de la empresa o empleador',
    'empresa',
    'empleador',
    'nome e indirizzo del datore di lavoro',
    'datore di lavoro',
    'azienda',
    'nome e endereço do empregador',
    'empregador',
  ],
  activities: [
    'main activities and responsibilities',
    'responsibilities',
    'roles & responsibilities',
    'roles and responsibilities',
    'key responsibilities',
    'job responsibilities',
    'zakres obowiązków',
    'wichtigste tätigkeiten und zuständigkeiten',
    'tätigkeiten',
    'główne czynności i zakres odpowiedzialności',
    'obowiązki',
    'principales activités et responsabilités',
    'missions',
    'funciones y responsabilidades principales',
    'funciones',
    'principali attività e responsabilità',
    'attività',
    'mansioni',
    'principais atividades e responsabilidades',
    'atividades',
  ],
  qualification: [
    'title of qualification awarded',
    'qualification',
    'degree',
    'bezeichnung der erworbenen qualifikation',
    'abschluss',
    'nazwa otrzymanego dyplomu',
    'nazwa otrzymanego dyplomu / świadectwa',
    'dyplom',
    'intitulé du certificat ou diplôme délivré',
    'diplôme',
    'cualificación obtenida',
    'título',
    'titolo della qualifica rilasciata',
    'qualifica conseguita',
    'titolo di studio',
    'designação da qualificação atribuída',
    'titulação',
  ],
  organisation: [
    'name and type of organisation providing education and training',
    'institution',
    'school',
    'university',
    'name und art der bildungs- oder ausbildungseinrichtung',
    'hochschule',
    'nazwa i rodzaj instytucji kształcącej',
    'uczelnia',
    "nom et type de l'établissement d'enseignement",
    'établissement',
    'nombre y tipo del centro de estudios',
    'centro',
    "nome e tipo d'organizzazione erogatrice dell'istruzione e formazione",
    "nome e tipo d'istituto di istruzione o formazione",
    'istituto',
    'nome e tipo da organização de ensino ou formação',
    'instituição',
  ],
  name: [
    'name',
    'full name',
    'imię i nazwisko',
    'nom',
    'nombre',
    'nom et prénom',
    'vor- und nachname',
    'nome',
    'nome e cognome',
    'nome completo',
  ],
  // The classic Europass's "Surname(s) / First name(s)   Wagner, Thomas".
  surnameFirst: [
    'surname / first name',
    'nachname / vorname',
    'nom / prénom',
    'apellido / nombre',
    'nazwisko / imię',
    'nazwisko / imiona',
    'cognome / nome',
    'sobrenome / nome',
    'apelido / nome',
  ],
  contact: [
    'address',
    'adresse',
    'adres',
    'dirección',
    'telephone',
    'phone',
    'telefon',
    'téléphone',
    'teléfono',
    'e-mail',
    'email',
    'courrier électronique',
    'correo electrónico',
    'indirizzo',
    'telefono',
    'cellulare',
    'endereço',
    'telefone',
    'celular',
  ],
};
const DROPPED = [
  'type of business or sector',
  'branche',
  'rodzaj działalności lub sektor',
  "type ou secteur d'activité",
  'tipo de empresa o sector',
  'level in national or international classification',
  'principal subjects/occupational skills covered',
  'nationality',
  'date of birth',
  'nazionalità',
  'data di nascita',
  'tipo di azienda o settore',
  'nacionalidade',
  'data de nascimento',
  'tipo de empresa ou setor',
];

const ROLE_OF = new Map<string, Role>([
  ...(Object.entries(LABELS) as Array<[Role, string[]]>).flatMap(([role, labels]) =>
    labels.map((label) => [label, role] as [string, Role]),
  ),
  ...DROPPED.map((label) => [label, 'drop'] as [string, Role]),
]);
const LONGEST_LABEL = Math.max(...[...ROLE_OF.keys()].map((label) => label.length));

/** The label and value of a form line ("Label   value" or "Label: value"), when the label is known. */
function labelled(line: string): { role: Role; value: string } | null {
  const column = line.indexOf('   ');
  const colon = line.indexOf(':');
  const at = column > 0 && (colon < 0 || column < colon) ? column : colon;
  if (at <= 0 || at > LONGEST_LABEL + 1) return null;
  // Europass writes plurals in brackets: "Adresse(n)", "Nachname(n) / Vorname(n)", "Nazwisko(-a)".
  const role = ROLE_OF.get(
    line
      .slice(0, at)
      .replace(/\((?:s|n|e|es|-a|-ona|-iona)\)/giu, '')
      .trim()
      .toLowerCase(),
  );
  if (role === undefined) return null;
  const value = line.slice(at + (at === column ? 3 : 1)).trim();
  // "Duration: 6 months" under a project is a length, no entry's dates.
  if (role === 'dates' && !/(?:19|20)\d{2}/u.test(value)) return null;
  return { role, value };
}

const startedHeader = (block: Block): boolean =>
  [block.position, block.employer, block.qualification, block.organisation].some(Boolean);

interface Block {
  dates: string;
  position: string;
  employer: string;
  qualification: string;
  organisation: string;
  activities: string[];
}

const emptyBlock = (): Block => ({
  dates: '',
  position: '',
  employer: '',
  qualification: '',
  organisation: '',
  activities: [],
});

function emit(block: Block, out: string[]): void {
  const first = block.position || block.qualification;
  const second = block.employer || block.organisation;
  const header = [first, second, block.dates].filter(Boolean).join(' | ');
  if (header) out.push(header);
  for (const activity of block.activities) out.push(/^[•\-–*▪]/u.test(activity) ? activity : `• ${activity}`);
}

const HEADER_ROLES = new Set<Role>(['position', 'employer', 'qualification', 'organisation']);

/** Whether the line is a date range and nothing else ("06.2019 – obecnie"). */
function onlyDates(line: string): boolean {
  const found = findRange(line);
  return found !== null && found.index === 0 && found.length === line.length;
}

/**
 * A date range alone over labelled lines ("06.2019 – obecnie" over "Stanowisko: …" and "Firma: …", as Polish
 * CVs write them): the dates of the entry those labels describe, as if labelled.
 */
function withDatesOverLabels(
  lines: readonly string[],
  readings: ReadonlyArray<{ role: Role; value: string } | null>,
): Array<{ role: Role; value: string } | null> {
  return readings.map((reading, index) => {
    const next = readings[index + 1];
    const line = lines[index] as string;
    return reading === null && next && HEADER_ROLES.has(next.role) && onlyDates(line)
      ? { role: 'dates', value: line }
      : reading;
  });
}

/**
 * The lines, those of a projects section as null: there "Role: …", "Duration: …" are a project's fields, which
 * the projects reader takes, not an entry of a form.
 */
function outsideProjects(lines: readonly string[]): Array<string | null> {
  let inProjects = false;
  return lines.map((line) => {
    const kind = headingOf(line);
    if (kind !== undefined) inProjects = kind === 'projects';
    return inProjects && kind === undefined ? null : line;
  });
}

// Europass's rows of languages, set as labels too ("Madrelingua Italiano", "Other language(s) English B2").
const ROW_LABELS = [
  'mother tongue',
  'other languages',
  'madrelingua',
  'altre lingue',
  'língua materna',
  'outras línguas',
];
const LOOSE_LABELS = new Set([...ROLE_OF.keys(), ...ROW_LABELS]);
// Every first few words of a label of two or more words: a label wrapped in a narrow column may stop there.
const LABEL_STARTS = new Set(
  [...LOOSE_LABELS].flatMap((label) => {
    const words = label.split(' ');
    return words.slice(1).map((_, index) => words.slice(0, index + 1).join(' '));
  }),
);
const FIRST_WORDS = new Set([...LOOSE_LABELS].map((label) => label.split(' ')[0] as string));
const MAX_LABEL_WORDS = Math.max(...[...LOOSE_LABELS].map((label) => label.split(' ').length));
const labelKey = (words: readonly string[]) =>
  words
    .join(' ')
    .replace(/\((?:s|n|e|es|-a|-ona|-iona)\)/giu, '')
    .toLowerCase();
const isLabel = (key: string, words: number) =>
  LOOSE_LABELS.has(key) || (words >= 2 && headingOf(key) !== undefined);
const startsLabel = (key: string) => LABEL_STARTS.has(key) || startsHeading(key);

interface LooseLabel {
  label: string;
  value: string;
  /** How many lines the label took: more than one when it wrapped. */
  lines: number;
}

/**
 * A form line whose label a PDF set off from its value by one space only, as a right-aligned label column
 * does ("Lavoro o posizione ricoperti Responsabile amministrativa"), maybe with the label wrapped over the
 * next lines, its value going on beside them ("Nome e indirizzo del datore di Ceramiche Emiliane S.p.A." over
 * "lavoro"). The longest label wins; a value must follow, opening in capitals or a digit when the label is one
 * word ("Date Marzo 2019", "Nome Francesca Moretti"), so a sentence that opens with a label's word stays.
 */
function looseLabel(lines: readonly string[], at: number): LooseLabel | null {
  const words = (lines[at] as string).split(' ');
  // Most lines open with no label's first word: ruled out with one look-up.
  const first = labelKey(words.slice(0, 1));
  if (words.length < 2 || !(FIRST_WORDS.has(first) || startsHeading(first))) return null;
  for (let count = Math.min(MAX_LABEL_WORDS, words.length - 1); count >= 1; count -= 1) {
    const key = labelKey(words.slice(0, count));
    const value = words.slice(count).join(' ');
    if (isLabel(key, count)) {
      if (count > 1 || /^[\p{Lu}\d+(]/u.test(value)) return { label: key, value, lines: 1 };
      continue;
    }
    if (count < 2 || !startsLabel(key)) continue;
    // The label's remaining words open the next lines; what follows them there goes on with the value.
    let label = key;
    let rest = value;
    for (let next = at + 1; next < at + 4 && next < lines.length; next += 1) {
      const more = (lines[next] as string).split(' ');
      let taken = 0;
      for (let word = 1; word <= Math.min(more.length, MAX_LABEL_WORDS); word += 1) {
        const longer = `${label} ${labelKey(more.slice(0, word))}`;
        if (isLabel(longer, longer.split(' ').length) || startsLabel(longer)) taken = word;
      }
      if (taken === 0) break;
      label = `${label} ${labelKey(more.slice(0, taken))}`;
      const beside = more.slice(taken).join(' ');
      if (beside) rest = `${rest} ${beside}`;
      if (isLabel(label, label.split(' ').length)) return { label, value: rest, lines: next - at + 1 };
    }
  }
  return null;
}

/**
 * A form whose labels are set off by one space (see looseLabel) rewritten as the column breaks the rest of
 * the reader knows ("Label   value"). Only a form: two or more labels of several words must be found, else
 * the lines come back unchanged. Each line is looked at a bounded number of times.
 */
function withLooseLabels(lines: readonly string[]): string[] {
  const found = lines.map((line, index) => {
    if (line.includes('   ') || line.includes(':')) return null;
    const hit = looseLabel(lines, index);
    return hit === null || headingOf(line) !== undefined ? null : hit;
  });
  const long = new Set(
    found.filter((hit) => hit !== null && hit.label.includes(' ')).map((hit) => hit?.label),
  );
  if (long.size < 2) return [...lines];
  const out: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const hit = found[index];
    if (hit === null || hit === undefined) {
      out.push(lines[index] as string);
      continue;
    }
    out.push(`${hit.label}   ${hit.value}`);
    index += hit.lines - 1;
  }
  return out;
}

/**
 * Rewrites labelled blocks; lines without a known label pass through unchanged, so a resume that is no form
 * comes out as it went in. Needs at least two entry labels (dates with a position or a qualification) before
 * it rewrites anything: one "Company: …" line in a free-form resume is left alone.
 */
export function unlabelForm(given: readonly string[]): string[] {
  const lines = withLooseLabels(given);
  const readings = withDatesOverLabels(
    lines,
    outsideProjects(lines).map((line) => (line === null ? null : labelled(line))),
  );
  const roles = new Set(readings.map((r) => r?.role));
  if (!roles.has('dates') || !(roles.has('position') || roles.has('qualification'))) return [...given];
  const out: string[] = [];
  let block: Block | null = null;
  let inActivities = false;
  const flush = () => {
    if (block !== null) emit(block, out);
    block = null;
    inActivities = false;
  };
  lines.forEach((line, index) => {
    const reading = readings[index];
    if (reading === null || reading === undefined) {
      // Bullet lines (or wrapped lines) under "Main activities" belong to the block, up to the next section's
      // heading (a PDF leaves no blank line before it).
      if (block !== null && inActivities && line !== '' && headingOf(line) === undefined) {
        (block as Block).activities.push(line);
        return;
      }
      flush();
      out.push(line);
      return;
    }
    switch (reading.role) {
      case 'name':
      case 'contact':
        flush();
        if (reading.value) out.push(reading.value);
        return;
      case 'surnameFirst': {
        flush();
        // "Wagner, Thomas": the family name, a comma, the given names.
        const [family, given, ...more] = reading.value.split(/\s*,\s*/u);
        out.push(given && more.length === 0 ? `${given} ${family as string}` : reading.value);
        return;
      }
      case 'drop':
        inActivities = false;
        return;
      case 'dates':
        // "Company: …" / "Designation: …" / "Duration: …": the dates after the header's labels close it.
        if (block !== null && !(block as Block).dates && startedHeader(block)) {
          (block as Block).dates = reading.value;
          inActivities = false;
          return;
        }
        flush();
        block = { ...emptyBlock(), dates: reading.value };
        return;
      case 'activities':
        block ??= emptyBlock();
        if (reading.value) block.activities.push(reading.value);
        inActivities = true;
        return;
      default:
        // A label given twice is the next entry's ("Company: Infosys" … "Company: Tech Mahindra").
        if (block !== null && (block as Block)[reading.role] !== '') flush();
        block ??= emptyBlock();
        block[reading.role] = reading.value;
        inActivities = false;
    }
  });
  flush();
  return out;
}
