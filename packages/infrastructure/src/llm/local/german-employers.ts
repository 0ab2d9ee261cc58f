/**
 * German names an employer with its article after a preposition: "bei der Robert Bosch GmbH", "beim Klinikum
 * Esslingen", "wie ich das Klinikum Ludwigsburg unterstützen kann". The article follows the name's head: a
 * legal form at its end (GmbH, AG… are feminine, e. V. masculine) or the generic noun it starts with
 * ("Klinikum", "Universitätsklinikum", "Robert-Bosch-Krankenhaus"). A brand name ("Siemens", "Lidl") takes
 * none, and neither does a name whose head is not known here: nothing is guessed.
 */
type Gender = 'f' | 'm' | 'n';

const LEGAL_FORM =
  /(?:^|\s)(?:g?GmbH|mbH|AG|SE|KGaA|KG|OHG|UG(?: \(haftungsbeschränkt\))?|eG|GbR|(?:GmbH|AG|SE) & Co\.? KG)$/u;
const REGISTERED_ASSOCIATION = /(?:^|\s)e\.\s?V\.$/u;

// Generic nouns that head an employer's name, by the ending of its first word (so compounds count:
// "Universitätsklinikum", "Stadtverwaltung", "Robert-Bosch-Krankenhaus").
const HEADS: ReadonlyArray<[RegExp, Gender]> = [
  [
    /(?:klinikum|krankenhaus|institut|amt|zentrum|heim|hotel|restaurant|unternehmen|ministerium|büro|labor|theater|museum|studio|autohaus|kaufhaus|rathaus|pflegeheim|landratsamt|jobcenter)$/iu,
    'n',
  ],
  [
    /(?:klinik|universität|hochschule|schule|stadt|gemeinde|verwaltung|bank|sparkasse|kasse|agentur|apotheke|praxis|firma|stiftung|genossenschaft|gesellschaft|behörde|polizei|bundeswehr|akademie|kita|kindertagesstätte|bäckerei|metzgerei|gärtnerei|druckerei|brauerei|spedition|versicherung|kanzlei|tafel|diakonie|caritas)$/iu,
    'f',
  ],
  [
    /(?:verein|verband|betrieb|konzern|landkreis|kreis|pflegedienst|dienst|kindergarten|flughafen|hafen|zoo)$/iu,
    'm',
  ],
];

function genderOf(name: string): Gender | null {
  const trimmed = name.trim();
  if (LEGAL_FORM.test(trimmed)) return 'f';
  if (REGISTERED_ASSOCIATION.test(trimmed)) return 'm';
  const first = trimmed.split(/\s+/u)[0] ?? '';
  // The head of a hyphenated compound is its last part; a name that is one word of a generic noun is not
  // a name at all but still takes the article ("bei der Stadtverwaltung").
  const head = first.split('-').at(-1) ?? '';
  if (!/^\p{Lu}/u.test(head)) return null;
  return HEADS.find(([pattern]) => pattern.test(head))?.[1] ?? null;
}

/** The employer after "bei" ("dem Klinikum Esslingen", "der Robert Bosch GmbH", "Siemens"). */
export function dativeEmployer(name: string): string {
  const gender = genderOf(name);
  return gender === null ? name : `${gender === 'f' ? 'der' : 'dem'} ${name}`;
}

/** The employer as an object ("das Klinikum Ludwigsburg", "die Mercedes-Benz AG", "Siemens"). */
export function accusativeEmployer(name: string): string {
  const gender = genderOf(name);
  return gender === null ? name : `${{ f: 'die', m: 'den', n: 'das' }[gender]} ${name}`;
}

/** "bei" before employers already in the dative, contracted as German writes it: "beim Klinikum …". */
export const bei = (dative: string): string => `bei ${dative}`.replace(/^bei dem /u, 'beim ');
