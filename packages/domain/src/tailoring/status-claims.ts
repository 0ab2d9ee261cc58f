/**
 * A status an employer hires on, stated in a letter or summary: a security clearance, a citizenship, the right
 * to work without sponsorship, an own car, a start date. A posting asks for them ("active Secret clearance",
 * "EU work permit", "ab sofort"), so a lying model writes them to fit, and a false one costs the person the
 * job or more once found. Each needs a line of the profile that states the same kind of status.
 *
 * Not claims: being willing to relocate, travel or work shifts. Those are offers the person may make or
 * withdraw in an interview, written by faithful letters too ("I would be glad to relocate"), and the profile
 * has no place for them. A driving licence is a credential, read by the skill and certification checks.
 *
 * Every pattern is anchored on a word of its own and looks ahead a bounded number of words.
 */
const W0 = '(?<![\\p{L}\\p{N}])';
const W1 = '(?![\\p{L}\\p{N}])';
const re = (alternatives: readonly string[]): RegExp =>
  new RegExp(`${W0}(?:${alternatives.join('|')})${W1}`, 'iu');

// "Active Secret clearance", "SC cleared", "TS/SCI", "Sicherheitsüberprüfung Ü2", "poświadczenie
// bezpieczeństwa", "habilitation secret défense". Not "customs clearance": a level or "security" names it.
const CLEARANCE = re([
  '(?:security|secret|top[- ]secret|ts|sc|dv|ctc|bpss|nv[12]|baseline|government|federal|dod|doe|public trust|active|current|valid|q|l)\\s+(?:security\\s+)?clearance',
  'ts/sci',
  'top[- ]secret',
  '(?:sc|dv|ctc|security)[- ]cleared',
  'cleared (?:to|at) (?:the )?(?:secret|top[- ]secret|sc|dv)(?: level)?',
  'developed vetting',
  'sicherheitsüberprüfung\\p{L}*',
  'sicherheitsfreigabe\\p{L}*',
  'ü[123]-(?:überprüfung|freigabe)',
  'poświadczeni\\p{L}* bezpieczeństwa',
  'habilitation (?:secret|confidentiel|de sécurité|défense)\\p{L}*',
  'habilitée? (?:secret|confidentiel)\\p{L}*',
  'habilitad[oa] (?:secret|para)',
  'habilitación (?:personal )?de seguridad',
]);

// "I am a US citizen", "British citizenship", "EU-Bürgerin", "obywatelstwo polskie", "de nationalité
// française", "soy ciudadana de la UE". Not citizens served ("answered citizens' queries").
const CITIZENSHIP = re([
  "(?:am|i'm|as|being|born)\\s+(?:an?\\s+)?(?:[\\p{L}.-]+\\s+){0,2}citizen",
  'citizenship',
  'dual national(?:ity)?',
  '(?:my|of|the)\\s+(?:[\\p{L}-]+\\s+)?nationality',
  'staatsbürger\\p{L}*',
  'staatsangehörigkeit',
  'bin\\s+(?:\\p{L}+\\s+){0,2}(?:eu-)?bürger(?:in)?',
  'eu-bürger(?:in)?',
  'obywatelstw\\p{L}*',
  '(?:jestem|będąc)\\s+(?:\\p{L}+\\s+)?obywatel\\p{L}*',
  'nationalité',
  '(?:je suis|en tant que|étant)\\s+(?:\\p{L}+\\s+)?citoyen(?:ne)?',
  'citoyenneté',
  '(?:soy|como|siendo)\\s+(?:\\p{L}+\\s+)?ciudadan[oa]',
  'ciudadanía',
  'nacionalidad',
]);

// "Authorized to work in the US", "no sponsorship required", "the right to work in the UK", "Arbeitserlaubnis",
// "pozwolenie na pracę", "permis de travail", "permiso de trabajo".
const WORK_AUTHORISATION = re([
  'authori[sz]ed to work',
  'work authori[sz]ation',
  'authori[sz]ation to work',
  'right to work',
  'eligible to work',
  'eligibility to work',
  'legally (?:able|allowed|permitted) to work',
  '(?:visa|work|employment|immigration) sponsorship',
  '(?:require|requires|need|needs|needing|requiring|without)\\s+(?:any\\s+|a\\s+)?(?:visa\\s+)?sponsorship',
  'sponsorship (?:is )?(?:not )?(?:required|needed)',
  'work (?:permit|visa)',
  'green card',
  'permanent resident\\p{L}*',
  'settled status',
  'indefinite leave to remain',
  'arbeitserlaubnis',
  'arbeitsgenehmigung',
  'aufenthaltstitel',
  'aufenthaltserlaubnis',
  'niederlassungserlaubnis',
  'arbeitsberechtigung',
  '(?:pozwoleni|zezwoleni)\\p{L}* na pracę',
  'prawo do (?:pracy|podjęcia pracy)',
  'kart\\p{L}* pobytu',
  'permis de travail',
  'autorisation de travail',
  'titre de séjour',
  'permiso de (?:trabajo|residencia)',
  'autorización (?:de trabajo|para trabajar)',
]);

// "My own car", "eigenes Fahrzeug", "własny samochód", "véhiculée", "vehículo propio".
const OWN_VEHICLE = re([
  '(?:own|personal)\\s+(?:car|vehicle|transport|transportation)',
  'eigene[nms]?\\s+(?:auto|fahrzeug|pkw|kfz|wagen)',
  'własn\\p{L}*\\s+(?:samoch\\p{L}*|auto|pojazd\\p{L}*)',
  'véhiculée?',
  '(?:vehículo|coche) propio',
]);

// "Can start immediately", "available from March", "ab sofort verfügbar", "od zaraz", "disponible
// immédiatement", "disponibilidad inmediata", a notice period. A person with a current role seldom can.
const AVAILABILITY = re([
  '(?:start|begin|join)\\s+(?:work\\s+|the role\\s+)?(?:immediately|right away|at once|straight away)',
  '(?:available|availability)\\s+(?:to start\\s+|to begin\\s+)?(?:immediately|right away|at once|straight away|from)',
  'immediate(?:ly)? (?:availability|available|start)',
  'notice period',
  "(?:\\d+|one|two|three|four|six)[- ](?:week|month)s?(?:'s?)? notice",
  'ab sofort',
  '(?:sofort|kurzfristig) verfügbar',
  'verfügbar ab',
  'kündigungsfrist',
  'od (?:zaraz|ręki)',
  'okres\\p{L}* wypowiedzenia',
  'dostępn\\p{L}* od',
  "disponible (?:immédiatement|dès (?:maintenant|à présent|aujourd'hui)|de suite|rapidement|à partir)",
  'disponibilité immédiate',
  'préavis',
  'disponibilidad inmediata',
  'incorporación inmediata',
  'incorporarme (?:de inmediato|inmediatamente)',
  '(?:periodo|plazo) de preaviso',
]);

/**
 * What follows "available …" / "ab sofort …" when it speaks of the interview or the hours, not of a start date:
 * "available for an interview", "ab sofort für ein Gespräch", "available from 9am to 5pm", "available from
 * Monday to Friday". Read over the next few words of the same sentence.
 */
export const NOT_A_START_DATE =
  /^(?:\s*,?\s*(?:for|für|zu|na|pour|para)\s+(?:[\p{L}'’]+\s+){0,3}?(?:an?\s+)?(?:interview|call|conversation|meeting|chat|\p{L}*gespräch|rozmow|spotkani|entretien|échange|entrevista|reunión|llamada)|[^.!?]{0,12}?(?:(?<![\p{L}\p{N}])\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h)(?![\p{L}])|(?<![\p{L}])(?:mon|tue|wed|thu|fri|sat|sun)\p{L}*\s+(?:to|through|till|until|-|–)\s))/iu;

/** The interview named before the availability: "Für ein Gespräch stehe ich ab sofort zur Verfügung". */
export const INTERVIEW_BEFORE =
  /(?:interview|call|\p{L}*gespräch|rozmow\p{L}*|spotkani\p{L}*|entretien|entrevista)\s+(?:[\p{L}'’]+\s+){0,3}$/iu;

/** Times of day ("9am", "17:30", "9 Uhr"): the hours one can be reached, in a sentence about availability. */
export const TIME_OF_DAY =
  /(?<![\p{L}\p{N}])\d{1,2}(?:(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.|uhr|h)|[:.]\d{2}(?:\s*(?:am|pm|uhr|h))?)(?![\p{L}\p{N}])/giu;
export const AVAILABLE_RE =
  /(?<![\p{L}])(?:available|availability|reach\p{L}*|contact\p{L}*|erreichbar|verfügbar|dostępn\p{L}*|disponible|disponibilidad)(?![\p{L}])/iu;

export interface StatusClaimKind {
  /** When the words after the claim say it is about something else (the interview, the hours). */
  readonly unless?: RegExp;
  readonly claim: RegExp;
  /** What a line of the profile must say for the claim to stand. */
  readonly source: RegExp;
  readonly what: string;
}

export const STATUS_CLAIMS: readonly StatusClaimKind[] = [
  {
    claim: CLEARANCE,
    source: new RegExp(`${CLEARANCE.source}|${W0}(?:security\\s+)?clearance\\s*[:(–-]`, 'iu'),
    what: 'a security clearance',
  },
  {
    claim: CITIZENSHIP,
    source:
      /citizen|nationalit|staatsbürger|staatsangehörig|bürger|obywatel|citoyen|ciudadan|nacionalidad|passport|pasaporte|reisepass|paszport|passeport/iu,
    what: 'a citizenship',
  },
  {
    // A citizen of the country has the right to work there.
    claim: WORK_AUTHORISATION,
    source: new RegExp(
      `${WORK_AUTHORISATION.source}|citizen|staatsbürger|obywatel|citoyen|ciudadan|visa|permit|sponsor`,
      'iu',
    ),
    what: 'the right to work',
  },
  { claim: OWN_VEHICLE, source: OWN_VEHICLE, what: 'an own vehicle' },
  {
    claim: AVAILABILITY,
    unless: NOT_A_START_DATE,
    source: new RegExp(
      `${AVAILABILITY.source}|availab|verfügbar|dostępn|disponib|notice|kündigung|wypowiedz|préavis|preaviso`,
      'iu',
    ),
    what: 'when the person can start',
  },
];
