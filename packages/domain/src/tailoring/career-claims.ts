/**
 * Claims about a career a model adds freely, with no figure and often no name, in the five languages the gate
 * reads: a membership of a professional body, hiring people, training others, work abroad, an expert level of
 * a skill. Each needs a line of the profile that says the same kind of thing (see CAREER_CLAIMS).
 *
 * Every pattern is anchored on a word of its own and looks a bounded number of words around it.
 */
const W0 = '(?<![\\p{L}\\p{N}])';
const W1 = '(?![\\p{L}\\p{N}])';
const re = (alternatives: readonly string[]): RegExp =>
  new RegExp(`${W0}(?:${alternatives.join('|')})${W1}`, 'iu');

/** A few words, lazily: what stands between a verb and its object. */
const ANY = (n: number) => `(?:[\\p{L}\\p{N}&'’.-]+\\s+){0,${n}}?`;

/** A body one is a member of: an association, a society, a chamber, a professional college. */
const BODY =
  "(?:[ld]['’])?(?:associations?|society|societies|institutes?|college|council|federation|chamber|guild|union|academy|order|board of \\p{L}+|network|ieee|acm|\\p{L}*verband\\p{L}*|\\p{L}*kammer|\\p{L}*gesellschaft|vereinigung|\\p{L}*verein\\p{L}*|institut\\p{L}*|akademie|stowarzyszeni\\p{L}*|towarzystw\\p{L}*|izb\\p{L}*|związk\\p{L}*|organizacj\\p{L}*|association|ordre|société|chambre|fédération|syndicat|asociación|colegio|sociedad|cámara|federación|instituto)";

/** People one hires or trains: staff, colleagues, new starters. */
const PEOPLE =
  '(?:staff|employees|candidates|applicants|hires|team members|teammates|team|associates|nurses|engineers|developers|people|workers|personnel|recruits|colleagues|co-workers|coworkers|starters|joiners|juniors?|peers|apprentices|interns|trainees|operators|agents|technicians|cashiers|volunteers|others|mitarbeit\\p{L}*|kolleg\\p{L}*|personal|fachkräfte|pflegekräfte|auszubildende\\p{L}*|azubis?|team|pracownik\\p{L}*|pracowników|osób|osoby|koleg\\p{L}*|zespół|zespołu|praktykant\\p{L}*|stażyst\\p{L}*|collègues|salariés|équipes?|nouveaux|stagiaires|compañeros|empleados|personal|equipo|becarios|aprendices|alumnos|camareros|operarios|trabajadores|apprentis|alternants|nouvelles? recrues)';

export interface CareerClaim {
  /** What the claim is, for the report. */
  readonly what: string;
  /** Words one of which every claim holds: a cheap test that spares most sentences the claim's pattern. */
  readonly trigger: RegExp;
  readonly claim: RegExp;
  /** A source line that says the same kind of thing. */
  readonly source: RegExp;
  /** Words right before the match that make it no claim of one's own ("was hired", "your staff"). */
  readonly notAfter?: RegExp;
  /** Words right after the match that make it no claim ("arbeitete mich ein": got to know). */
  readonly notBefore?: RegExp;
}

export const CAREER_CLAIMS: readonly CareerClaim[] = [
  {
    // "A member of the Royal College of Nursing", "IEEE member", "Mitglied der Ärztekammer", "członkini
    // stowarzyszenia", "membre de l'ordre", "colegiada". Being a member of a team is no membership, and a
    // certificate issued by an association ("American Heart Association") makes no one its member.
    what: 'a membership',
    trigger: /member|fellow|belong|mitglied|członk|należ|membre|adhérent|miembro|colegiad/iu,
    claim: re([
      `(?:member|members|membership|fellow)\\s+(?:of|in|with)\\s+${ANY(5)}${BODY}`,
      '(?:ieee|acm|bcs|cipd|aicpa|pmi|shrm|rcn|ana|ama|nmc|vdi|sep|pti)\\s+member',
      '(?:chartered|associate|affiliate|full|active|professional|registered|lifetime|life) member(?:ship)?',
      `belong\\p{L}*\\s+to\\s+${ANY(4)}${BODY}`,
      `mitglied\\p{L}*\\s+(?:im|in|der|des|bei|beim)\\s+${ANY(4)}${BODY}`,
      `(?:członk\\p{L}*|należ\\p{L}*\\s+do)\\s+${ANY(4)}${BODY}`,
      `(?:membre|adhérent\\p{L}*)\\s+(?:de|du|des|d['’])\\s*${ANY(4)}${BODY}`,
      `miembro\\s+(?:de|del)\\s+${ANY(4)}${BODY}`,
      'colegiad[oa]s?',
    ]),
    source: /member|fellow|chartered|mitglied|członk|należ\p{L}* do|membre|adhérent|miembro|colegiad/iu,
  },
  {
    // "Interviewed and hired new staff", "ran recruitment", "sat on interview panels", "führte
    // Vorstellungsgespräche", "prowadziłam rekrutację", "recruté des collaborateurs". Being hired is no hiring.
    what: 'hiring',
    trigger:
      /interview|hire|hiring|recruit|screen|select|vett|staffing|gespräch|personal|rekrut|zatrudni|rozmow|embauch|recruté|contraté|entrevist|selección|seleccioné|recluté/iu,
    claim: re([
      `(?<!(?:was|were|been|being|got|get|am|is|are)\\s)(?:interviewed|hired|recruited|screened|selected|vetted)\\s+(?:and\\s+\\p{L}+\\s+)?${ANY(3)}${PEOPLE}`,
      `(?:ran|run|led|lead|handled|managed|owned|drove|coordinated|organi[sz]ed|oversaw|responsible for|in charge of|took part in|supported|involved in|participated in|sat on|joined)\\s+${ANY(2)}(?:hiring|recruitment|recruiting|staffing|interview(?:ing)? panels?|interviews)`,
      'hiring (?:decisions|process|panels?|managers? for)',
      'interview panels?',
      'recruitment (?:drives?|campaigns?|process(?:es)?|of)',
      `(?:führte|führe|geführt)\\s+${ANY(3)}(?:vorstellungs|bewerbungs|einstellungs)gespräche`,
      `(?:stellte|stelle)\\s+${ANY(3)}(?:mitarbeit\\p{L}*|personal|kolleg\\p{L}*|fachkräfte|pflegekräfte)\\s+ein`,
      'personalauswahl',
      'personalgewinnung',
      'rekrutierung\\p{L}*',
      `(?:prowadzi\\p{L}*|przeprowadza\\p{L}*|przeprowadzi\\p{L}*|odpowiada\\p{L}*\\s+za|zajmowa\\p{L}*\\s+się)\\s+${ANY(2)}(?:rekrutacj\\p{L}*|rozmow\\p{L}*\\s+(?:kwalifikacyjn|rekrutacyjn)\\p{L}*|zatrudnia\\p{L}*)`,
      'rekrutowa\\p{L}*',
      'zatrudni(?:ł|łam|łem|ła|li|ały)',
      `(?:recruté|embauché)\\s+${ANY(3)}${PEOPLE}`,
      "entretiens? d[’']embauche",
      'selección de personal',
      `(?:contraté|entrevisté|seleccioné|recluté)\\s+(?:y\\s+\\p{L}+\\s+)?${ANY(3)}${PEOPLE}`,
    ]),
    source:
      /(?<!\p{L})(?:hiring|hired|recruit\p{L}*|interview\p{L}* (?:candidates|applicants|new)|interview panels?|staffing|personalauswahl|einstellungsgespräch\p{L}*|vorstellungsgespräche|rekrut\p{L}*|zatrudni\p{L}*|kwalifikacyjn\p{L}*|recrut\p{L}*|embauch\p{L}*|contrat\p{L}*|selección de personal)(?!\p{L})/iu,
  },
  {
    // "Trained colleagues on the process", "ran workshops for new staff", "coached junior staff", "schulte das
    // Team", "arbeitete neue Mitarbeitende ein", "szkoliłam nowych pracowników", "animé des formations".
    // Being trained ("trained in Epic", "szkoliłam się") is no training of others.
    what: 'training others',
    trigger:
      /train|coach|mentor|tutor|onboard|taught|teach|instruct|upskill|precept|induct|workshop|lunch-and|service|masterclass|schul|unterw|arbeite|seminar|szkol|uczy|warsztat|kurs|wdraża|formé|formations|accompagné|encadré|ateliers|capacité|entrené|formado|capacitado|entrenado|formaciones|talleres|cursos/iu,
    claim: re([
      `(?:train(?:ed|s|ing)?|coach(?:ed|es|ing)?|mentor(?:ed|s|ing)?|tutor(?:ed|s|ing)?|onboard(?:ed|s|ing)?|taught|teach(?:es|ing)?|instruct(?:ed|s|ing)?|upskill(?:ed|s|ing)?|precept(?:ed|s|ing)?|induct(?:ed|s|ing)?)\\s+(?:and\\s+\\p{L}+\\s+)?${ANY(3)}${PEOPLE}`,
      `(?:ran|run|runs|led|lead|leads|delivered|deliver|held|hosted|facilitated|gave|give|organi[sz]ed|conducted|designed and delivered)\\s+${ANY(2)}(?:workshops?|training sessions?|trainings|training courses?|lunch-and-learns?|in-?services?|inductions?|onboarding sessions?|masterclass(?:es)?)`,
      '(?:mentor|trainer|coach|preceptor) (?:to|for) ',
      "as (?:a|the|the team[’']s) (?:trainer|mentor|coach|preceptor)",
      `(?:schulte|schule|geschult|unterwies|unterweise|coachte|betreute\\s+und\\s+schulte)\\s+${ANY(3)}${PEOPLE}`,
      `(?:schulte|schule)\\s+${ANY(3)}(?:darin|dazu)`,
      `(?:arbeitete|arbeite)\\s+(?!mich\\s|sich\\s)${ANY(3)}${PEOPLE}\\s+ein`,
      `${PEOPLE}\\s+${ANY(2)}eingearbeitet`,
      `(?:leitete|führte|hielt|gab|moderierte)\\s+${ANY(2)}(?:schulungen|workshops|seminare|trainings|unterweisungen)`,
      `(?:szkoli(?:ł|łam|łem|ła|li)|przeszkoli\\p{L}*|uczy(?:ł|łam|łem|ła))(?!\\s+się)\\s+${ANY(3)}(?:${PEOPLE}|z\\s)`,
      `(?:szkoli(?:ł|łam|łem|ła|li)|przeszkoli\\p{L}*)\\s+z\\s+${ANY(3)}${PEOPLE}`,
      `(?:prowadzi\\p{L}*|organizowa\\p{L}*)\\s+${ANY(2)}(?:szkolenia|warsztaty|kursy)`,
      `wdraża(?:ł|łam|łem|ła)\\s+${ANY(2)}(?:now\\p{L}*\\s+)?${PEOPLE}`,
      `(?:formé|accompagné|encadré)\\s+${ANY(3)}${PEOPLE}`,
      `(?:animé|donné|dispensé)\\s+${ANY(2)}(?:formations|ateliers)`,
      `(?:formé|capacité|entrené|formado|capacitado|entrenado)\\s+a\\s+${ANY(3)}${PEOPLE}`,
      `(?:impartí|di|dirigí)\\s+${ANY(2)}(?:formaciones|talleres|cursos)`,
    ]),
    source:
      /(?<!\p{L})(?:train(?:ed|s)?|coach\p{L}*|mentor\p{L}*|tutor\p{L}*|onboard\p{L}*|taught|teach\p{L}*|instruct\p{L}*|precept\p{L}*|workshops?|trainer|schulte|schule|schulung\p{L}*|einarbeit\p{L}*|eingearbeitet|ausbild\p{L}*|anleit\p{L}*|unterwe\p{L}*|szkoli\p{L}*|szkolenia|przeszkoli\p{L}*|wdraża\p{L}*|uczę|uczy\p{L}*|nauczyciel\p{L}*|formé|formation|formations|formateur|capacit\p{L}*|talleres|lehrer\p{L}*|lehrkraft|teacher|instructor)(?!\p{L})/iu,
  },
  {
    // "A six-month assignment in Singapore", "I have worked abroad", "Auslandseinsatz", "za granicą",
    // "à l'étranger". Being open to relocation is an offer, not a past.
    what: 'work abroad',
    trigger:
      /abroad|overseas|international|foreign|expat|cross-border|ausland|entsendung|granic|zagraniczn|étranger|extranjero/iu,
    claim: re([
      `(?:worked|working|lived|living|based|stationed|posted|spent\\s+${ANY(3)}(?:working|abroad|overseas))\\s+${ANY(2)}(?:abroad|overseas)`,
      '(?:international|overseas|foreign|expat(?:riate)?|cross-border) (?:assignments?|secondments?|postings?|placements?|deployments?|rotations?|tours?)',
      'expatriate',
      'auslands\\p{L}+',
      `(?:im|ins)\\s+ausland\\s+${ANY(2)}(?:gearbeitet|tätig|gelebt|eingesetzt|verbracht|entsandt)`,
      `(?:arbeitete|lebte|war)\\s+${ANY(3)}im\\s+ausland`,
      'entsendung\\p{L}*',
      `(?:pracowa\\p{L}*|mieszka\\p{L}*|by(?:ł|łam|łem|ła))\\s+${ANY(2)}za\\s+granicą`,
      '(?:delegacj\\p{L}*|kontrakt\\p{L}*|placówc\\p{L}*)\\s+zagraniczn\\p{L}*',
      'zagraniczn\\p{L}*\\s+(?:delegacj\\p{L}*|kontrakt\\p{L}*)',
      `(?:travaillé|vécu|été)\\s+${ANY(2)}à\\s+l['’]étranger`,
      'expatri\\p{L}+',
      `(?:trabajé|viví|estuve)\\s+${ANY(2)}en\\s+el\\s+extranjero`,
    ]),
    // A wish or an offer ("I would enjoy working abroad", "open to a posting overseas") is no past.
    notAfter:
      /(?:enjoy|like|love|welcome|open to|interested in|keen on|willing to|happy to|prefer|want to|would|chance of|opportunity of|possibility of|bereit|gern|gerne|chętnie|gotow\p{L}*|prêt\p{L}* à|dispuest\p{L}* a)\s+(?:\p{L}+\s+){0,2}$/iu,
    source:
      /abroad|overseas|international|expat|secondment|ausland|entsend|zagranic|delegacj|étranger|extranjero|expatri/iu,
  },
  {
    // What a model says of an employer to make the work weigh more: "a Fortune 500 retailer", "a leading
    // healthcare provider", "one of the largest banks", "a Michelin-starred kitchen", "a global brand", "einem
    // der größten Logistikunternehmen", "jednym z największych biur", "l'un des leaders du secteur", "una de las
    // mayores constructoras". The employer applied to ("your", "their") is not the person's.
    what: "the employer's standing",
    trigger:
      /largest|biggest|leading|premier|prestig|renown|world-|fortune|ftse|global|multinational|michelin|star|top-tier|blue-chip|flagship|luxury|high-end|upscale|iconic|household|fastest|größt|führend|renommier|namhaft|marktführ|dax|sterne|najwi|wiodąc|renomow|prestiż|międzynarod|lider|leader|plus grand|étoilé|de renom|mayor|líder|prestigios|renombre|multinacional|estrella/iu,
    claim: re([
      `(?:one|among)\\s+(?:of\\s+)?the\\s+(?:\\p{L}+\\s+){0,2}?(?:largest|biggest|leading|best-known|busiest|most (?:prestigious|respected|renowned|successful)|fastest[- ]growing|top)`,
      `(?:a|an|the)\\s+(?:\\p{L}+\\s+)?(?:leading|top-tier|premier|prestigious|renowned|world-renowned|world-class|world-famous|iconic|flagship|luxury|high-end|upscale|fortune\\s*\\d+|ftse\\s*\\d+|global|multinational|fast-growing|fastest-growing|market-leading|industry-leading|michelin[- ]starred|(?:one|two|three|five|[1-5])[- ]star|blue-chip|household[- ]name)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:company|firm|employer|retailer|brand|chain|provider|organi[sz]ation|group|corporation|business|hospital|kitchen|restaurant|hotel|carrier|agency|bank|practice|clinic|manufacturer|distributor|supplier|institution|operator|enterprise|conglomerate|house|studio|venue|network|insurer|consultancy|logistics)`,
      `(?:the|its)\\s+(?:largest|biggest|leading|best-known|most prestigious)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:company|firm|employer|retailer|brand|chain|provider|organi[sz]ation|group|corporation|business|hospital|kitchen|restaurant|hotel|carrier|agency|bank|practice|clinic|manufacturer|distributor|supplier|insurer|consultancy)\\s+(?:in|of|on)`,
      'michelin[- ]starred',
      `(?:eine[mrs]?|der|die|das|dem|den)\\s+(?:der\\s+)?(?:größten|führenden|renommiertesten|bekanntesten|führende[nmrs]?|renommierte[nmrs]?|namhafte[nmrs]?|weltweit\\s+(?:führende[nmrs]?|tätige[nmrs]?)|international\\s+tätige[nmrs]?|global\\s+agierende[nmrs]?)`,
      'marktführer\\p{L}*',
      '(?:dax|mdax)-?(?:konzern|unternehmen)\\p{L}*',
      'sterne(?:restaurant|küche|haus)\\p{L}*',
      `(?:jedn\\p{L}*\\s+z\\s+)(?:największych|najlepszych|wiodących|najbardziej\\s+\\p{L}+)`,
      '(?:wiodąc|renomowan|prestiżow)\\p{L}*',
      'międzynarodow\\p{L}*\\s+(?:koncern|korporacj|firm|sieci)\\p{L}*',
      'lider\\p{L}*\\s+(?:rynku|branży)',
      `l['’]une?\\s+des\\s+(?:plus\\s+grand\\p{L}*|principa\\p{L}*|leaders|meilleur\\p{L}*)`,
      `leader\\s+(?:du|de|mondial|européen|français|national)`,
      '(?:prestigieu\\p{L}*|étoilée?s?|de renom|renommée?s?)',
      `una?\\s+de\\s+(?:las|los)\\s+(?:mayores|más\\s+grandes|principales|mejores|más\\s+prestigios\\p{L}*|líderes)`,
      `líder\\s+(?:del|en el|en su)\\s+(?:sector|mercado)`,
      '(?:prestigios\\p{L}*|de renombre|multinacional\\p{L}*|con estrella michelin)',
    ]),
    notAfter:
      /(?:your|their|you|ihre[nmrs]?|ihr|vos|votre|leurs|su|sus|vuestr\p{L}*|wasz\p{L}*|państwa)\s+(?:\p{L}+\s+){0,3}$/iu,
    source:
      /largest|biggest|leading|premier|prestig|renown|world-|fortune|ftse|global|multinational|international|nationwide|michelin|star|top-tier|blue-chip|flagship|luxury|high-end|upscale|iconic|fastest|größt|führend|renommier|namhaft|marktführ|dax|sterne|najwi|wiodąc|renomow|prestiż|międzynarod|lider|leader|plus grand|étoil|renom|mayor|líder|prestigios|renombre|multinacional|estrella/iu,
  },
  {
    // "An expert Epic user", "advanced Excel skills", "super-user", "Expertenwissen", "fortgeschrittene
    // Kenntnisse", "zaawansowana znajomość", "niveau avancé". A level the profile states for nothing.
    what: 'this level of skill',
    trigger:
      /expert|super-?user|power user|advanced|fortgeschritten|zaawansowan|eksper|avancé|approfondi|experto|experta|avanzad/iu,
    claim: re([
      "expert(?:s|-level)?(?![-'’])",
      'super-?users?',
      'power users?',
      'advanced\\s+(?:\\p{L}+\\s+){0,3}?(?:skills?|knowledge|user|users|level|proficiency|command|understanding)',
      'expert(?:en|in|innen)\\p{L}*',
      'fortgeschritten\\p{L}*',
      'zaawansowan\\p{L}*',
      'eksper(?:t|tka|tem|tką|ck\\p{L}*)',
      'niveau (?:avancé|expert)',
      'connaissances (?:avancées|approfondies)',
      'experto|experta',
      'conocimientos avanzados',
      'nivel (?:avanzado|experto)',
    ]),
    notAfter: /(?:your|their|ihre[nr]?|vos|leurs|sus|wasz\p{L}*|państwa)\s+(?:\p{L}+\s+)?$/iu,
    source:
      /expert|advanced|proficien|super-?user|power user|fortgeschritten|experte|expertin|zaawansowan|ekspert|avancé|experto|avanzad|\b(?:c1|c2)\b/iu,
  },
];

/**
 * Verbs of running the work oneself ("coordinated", "ran", "organised", "was responsible for", "übernahm",
 * "koordynowałam", "organisé", "coordiné"): no leadership over people, but more than helping someone with it.
 */
export const OWNERSHIP_RE = re([
  'coordinat(?:ed|e|es|ing)',
  'ran',
  'run(?:s|ning)?',
  'organi[sz](?:ed|e|es|ing)',
  'handled',
  'owned',
  'took (?:charge|ownership|over) of',
  '(?:was|am|were)\\s+(?:fully\\s+|solely\\s+)?(?:responsible|accountable) for',
  'in charge of',
  'on my own',
  'independently',
  'single-handedly',
  'koordinierte',
  'organisierte',
  'übernahm',
  'verantwortete',
  'eigenständig',
  'selbstständig',
  'koordynowa\\p{L}*',
  'organizowa\\p{L}*',
  'odpowiada(?:ł|łam|łem|ła)\\s+za',
  'samodzielnie',
  'coordonné',
  'organisé',
  'pris en charge',
  'coordiné',
  'organicé',
  'me encargué de',
  // The present tense of a current role: "Ich verantworte", "J'organise", "Coordino".
  'verantworte',
  'koordiniere',
  'organisiere',
  'übernehme',
  'organise',
  'coordonne',
  'gère',
  'pilote',
  'organizo',
  'coordino',
  'gestiono',
  'me encargo de',
]);

/** The verbs of helping someone with work: "Assisted the Charge Nurse with", "Unterstützte die Leitung bei". */
export const ASSISTING_RE = re([
  'assist(?:ed|s|ing)?',
  'help(?:ed|s|ing)?',
  'support(?:ed|s|ing)?',
  'worked alongside',
  'work alongside',
  'contributed to',
  'half',
  'helfe',
  'assistierte',
  'wirkte\\s+(?:\\p{L}+\\s+){0,3}mit',
  'pomaga\\p{L}*',
  'wspiera\\p{L}*',
  'asystowa\\p{L}*',
  'aidé',
  'assisté',
  'soutenu',
  'ayud(?:é|o|aba|ando|ar|ante)',
  'apoy(?:é|o|aba|ando|ar)',
  'asist(?:í|o|ía|iendo|ir)',
  'colabor\\p{L}*',
  'aid(?:e|es|ais|ait|ant|er)',
  'assist(?:e|ais|ait|ant|er)',
  'second(?:e|é|ais|ant|er)',
  'unterstütz\\p{L}*',
  'mithilfe',
]);
