/**
 * What the fake model writes, line by line: faithful rewrites of the profile's own facts (several variants)
 * and fabrications of every claim kind, in many phrasings and three languages. Each written line is recorded
 * in a ledger with its kind, so the evaluation knows which lines are lies and which are true.
 *
 * Ground truth is decided here, against the whole profile: a fabrication always states something the
 * profile does not (an employer, tool or award it never names, a number it never states, a title above any
 * role it held, a year outside the role named beside it, a duration longer than the dates allow).
 */
import { defaultKeywordMatcher, type ProfileContent } from '@tailor/domain';
import type { Language } from './cases.js';

export const FABRICATION_KINDS = [
  'employer',
  'title',
  'target title',
  'institution',
  'degree',
  'certification',
  'eligible licence',
  'award',
  'date',
  'duration',
  'invented metric',
  'inflated metric',
  'job tool',
  'other tool',
  'scope',
  // Ninth round: claims the gate did not read before (figures in words, founding, reach, a figure moved to
  // another employer, a credential in lower case).
  'figure in words',
  'founding',
  'reach',
  'employer figure',
  'lower-case credential',
  'spoken language',
  // Tenth round: a certification in a skill the profile names but holds no certificate in, recognition
  // ("top performer"), published work and talks, and being the first.
  'certified skill',
  'recognition',
  'published work',
  'first of its kind',
  // A record without a figure, a whole region, the biggest account.
  'record or reach',
  // Eleventh round: a status an employer hires on (a clearance, a citizenship or the right to work, an own
  // car, a start date), holding a budget or a P&L, a degree's details (a thesis, studies abroad, a grade in
  // words) and a career stated in decades.
  'status',
  'budget',
  'education detail',
  'decade',
  // Twelfth round: what a team was made of, praise from others, and outdoing others without a figure.
  'team makeup',
  'praise',
  'outdoing others',
  // Thirteenth round: how often a task was done, every site, an audience of standing, a responsibility taken
  // over without a title.
  'frequency',
  'all sites',
  'audience',
  'taken over',
  // Fourteenth round: a promotion without a title, memberships, named clients and products, hiring, training
  // others, an assisting line upgraded to owning the work, work abroad, an expert level of a plain skill, and a
  // whole achievement moved to another employer.
  'promotion',
  'membership',
  'named client',
  'hiring',
  'training others',
  'upgraded verb',
  'abroad',
  'expert level',
  'misattribution',
  // Fifteenth round: the posting's title claimed as what one is ("Experienced Store Manager with…"), an
  // employer's standing ("a leading provider", "one of the largest employers"), work at several sites, an
  // effect without a figure ("increasing revenue", "significantly reducing costs"), a licence's class.
  'held title',
  'employer standing',
  'several sites',
  'effect',
  'licence class',
] as const;
export type FabricationKind = (typeof FABRICATION_KINDS)[number];
export const PLACES = ['bullet', 'summary', 'skills', 'letter'] as const;
export type Place = (typeof PLACES)[number];

export interface LedgerLine {
  readonly place: Place;
  /** A fabrication kind, or `faithful:<variant>`. */
  readonly kind: FabricationKind | `faithful:${string}`;
  readonly text: string;
}

export const isFabrication = (l: LedgerLine): boolean => !l.kind.startsWith('faithful:');

/** A small seeded generator (mulberry32): the same seed writes the same lines. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

/** What the model knows while writing: the whole profile, the job, today. */
export interface WritingContext {
  readonly profile: ProfileContent;
  readonly job: { title: string; company: string | null; location: string | null; keywords: string[] };
  readonly language: Language;
  readonly today: Date;
}

// ------------------------------------------------------------------------------------------- profile facts

const lowerFirst = (s: string) => (s ? s.charAt(0).toLowerCase() + s.slice(1) : s);
const upperFirst = (s: string) => (s ? s.charAt(0).toUpperCase() + s.slice(1) : s);
const stripDot = (s: string) => s.trim().replace(/[.;]+$/u, '');
const year = (d: string | null | undefined) => (d ? Number(d.slice(0, 4)) : null);

function profileText(p: ProfileContent): string {
  return JSON.stringify(p).toLowerCase();
}

export function absentFromProfile(p: ProfileContent, term: string): boolean {
  const text = profileText(p);
  return term
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 1)
    .some((w) => !text.includes(w));
}

function monthsBetween(start: string | null, end: string | null, today: Date): number {
  if (!start) return 0;
  const s = Number(start.slice(0, 4)) * 12 + (start.length >= 7 ? Number(start.slice(5, 7)) - 1 : 0);
  const e = end
    ? Number(end.slice(0, 4)) * 12 + (end.length >= 7 ? Number(end.slice(5, 7)) - 1 : 11)
    : today.getUTCFullYear() * 12 + today.getUTCMonth();
  return Math.max(0, e - s);
}

export function careerYears(ctx: WritingContext): number {
  const starts = ctx.profile.experiences.map((e) => e.startDate).filter((d): d is string => !!d);
  if (starts.length === 0) return 0;
  const first = starts.sort()[0] as string;
  return monthsBetween(first, null, ctx.today) / 12;
}

const roleYears = (ctx: WritingContext, e: ProfileContent['experiences'][number]) =>
  monthsBetween(e.startDate, e.current ? null : e.endDate, ctx.today) / 12;

const hasScope = (text: string) =>
  /\b(lead|led|leads|manag\w*|supervis\w*|direct\w*|head\w*|chief|oversaw|oversee\w*|prowadz\w*|kier\w*|leit\w*)\b/iu.test(
    text,
  );

function profileHasScope(p: ProfileContent): boolean {
  return [p.headline ?? '', p.summary ?? '', ...p.experiences.flatMap((e) => [e.title, ...e.bullets])].some(
    hasScope,
  );
}

// ------------------------------------------------------------------------------------------- pools of lies

const FAKE_EMPLOYERS = [
  'Globex Corporation',
  'Initech Systems',
  'Northwind Traders',
  'Vandelay Industries',
  'Stark & Wayne Partners',
  'Oceanic Health Network',
  'Blue Harbor Group',
  'Żuraw Logistyka sp. z o.o.',
  'Schröder & Söhne GmbH',
  'Ridgeview Regional Hospital',
  'Pinecrest Unified School District',
  'Halcyon Capital LLC',
];
const FAKE_INSTITUTIONS = [
  'Stanford University',
  'University of Oxford',
  'Massachusetts Institute of Technology',
  'Technische Universität München',
  'Uniwersytet Warszawski',
  'Harvard Business School',
  'Wharton School',
  'Johns Hopkins University',
];
const FAKE_TOOLS = [
  'Kubernetes',
  'Terraform',
  'Salesforce',
  'Tableau',
  'Snowflake',
  'BlackLine',
  'Xero',
  'Workday',
  'Kronos',
  'Manhattan WMS',
  'Cerner PowerChart',
  'Omnicell',
  'HubSpot',
  'Marketo',
  'Power BI',
  'Procore',
  'AutoCAD',
  'Minitab',
  'Jira',
  'SAP S/4HANA',
  'Sage Intacct',
  'Blackbaud',
  'ServiceNow',
  'Looker',
  'Epicor',
  'Infor CloudSuite',
  'Meditech',
  'PointClickCare',
  'Brightspace',
  'Revit',
];
const FAKE_CERTS = [
  'PMP',
  'Six Sigma Black Belt',
  'CISSP',
  'ACLS',
  'CMA',
  'AWS Certified Solutions Architect',
  'Lean Practitioner',
  'CCRN',
  'OSHA 30',
  'NFPA 70E',
  'HubSpot Inbound',
  'ITIL Foundation',
];
const FAKE_AWARDS = [
  'Employee of the Year',
  'Employee of the Month',
  "President's Circle Award",
  'Excellence in Service Award',
  'DAISY Award',
  'Teacher of the Year',
  'Innovation Award',
  'Safety Champion Award',
  'Top Performer award',
  'Golden Quill Award',
];
const FAKE_DEGREES_EN = [
  "a master's degree in health administration",
  'an MBA',
  'a Master of Science in Data Science',
  'a PhD in economics',
  "a bachelor's degree in mechanical engineering",
  'a Master of Education',
  'a doctorate in nursing practice',
  'an M.Sc. in Finance',
];
const UPGRADES = ['Senior', 'Lead', 'Principal', 'Head', 'Chief', 'Director of', 'Manager,'];

function pickAbsent(rng: Rng, ctx: WritingContext, pool: readonly string[]): string | null {
  const options = pool.filter((t) => absentFromProfile(ctx.profile, t));
  return options.length === 0 ? null : rng.pick(options);
}

/** A tool the posting asks for that the profile never mentions (or null). */
function jobTool(rng: Rng, ctx: WritingContext): string | null {
  // Every word absent: "Epic Systems" is the profile's "Epic", not a new tool; nor a synonym it has.
  const text = profileText(ctx.profile);
  const matcher = defaultKeywordMatcher();
  const keys = new Set(matcher.find(JSON.stringify(ctx.profile)).map((h) => h.key));
  const named = ctx.job.keywords.filter(
    (k) =>
      /^[\p{Lu}\d]/u.test(k) &&
      k.length > 1 &&
      k
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter((w) => w.length > 1)
        // An activity the profile states as a verb ("Troubleshoot motor controls") is no new tool.
        .every((w) => !text.includes(w) && !text.includes(w.replace(/(?:ing|ation|ion|ment)$/u, ''))) &&
      !keys.has(matcher.keyOf(k)),
  );
  return named.length === 0 ? null : rng.pick(named);
}

function upgradedTitle(rng: Rng, title: string): string {
  const u = rng.pick(UPGRADES);
  if (u === 'Director of') return `Director of ${title.replace(/^(Senior|Junior|Staff)\s+/u, '')}`;
  if (u === 'Manager,') return `${title.replace(/^(Senior|Junior|Staff)\s+/u, '')} Manager`;
  return `${u} ${title.replace(/^(Senior|Junior|Staff|Lead)\s+/u, '')}`;
}

/** An eligible-only credential of the profile ("CPA-eligible" → "CPA"), or null. */
function eligibleOnly(p: ProfileContent, rng: Rng): string | null {
  const all = [...JSON.stringify(p).matchAll(/\b([\p{Lu}][\p{L}]*)-eligible\b/gu)].map((m) => m[1] as string);
  return all.length === 0 ? null : rng.pick(all);
}

function wrongYear(rng: Rng, ctx: WritingContext, e: ProfileContent['experiences'][number]): number {
  const s = year(e.startDate) ?? 2018;
  const end = e.current ? ctx.today.getUTCFullYear() : (year(e.endDate) ?? s);
  // A year of another role when there is one (a date must be bound to the employer named beside it).
  const others = ctx.profile.experiences
    .filter((x) => x !== e)
    .map((x) => year(x.startDate))
    .filter((y): y is number => y !== null && (y < s || y > end));
  if (others.length > 0 && rng.chance(0.5)) return rng.pick(others);
  return s - 2 - rng.int(4);
}

// ------------------------------------------------------------------------------------------ faithful lines

const VERB_SYNONYMS: Record<string, readonly string[]> = {
  reduced: ['Cut', 'Lowered'],
  cut: ['Reduced', 'Lowered'],
  built: ['Developed', 'Created'],
  developed: ['Built'],
  improved: ['Raised'],
  raised: ['Increased', 'Lifted'],
  grew: ['Increased'],
  shortened: ['Cut', 'Reduced'],
  prepared: ['Drafted', 'Produced'],
  prepare: ['Produce', 'Draft'],
  supported: ['Assisted'],
  support: ['Assist'],
  wrote: ['Authored'],
  maintained: ['Kept up'],
  recorded: ['Logged'],
  posted: ['Entered'],
  install: ['Fit', 'Put in'],
  troubleshoot: ['Diagnose'],
  teach: ['Instruct'],
  train: ['Coach', 'Teach'],
  schedule: ['Plan'],
  care: ['Look after'],
  document: ['Record'],
  process: ['Handle'],
  use: ['Work with'],
  cleaned: ['Prepared'],
  loaded: ['Handled loading of'],
  scheduled: ['Planned'],
  launched: ['Rolled out'],
};
const PAST: Record<string, string> = {
  prepare: 'Prepared',
  support: 'Supported',
  process: 'Processed',
  care: 'Cared',
  document: 'Documented',
  teach: 'Taught',
  coordinate: 'Coordinated',
  use: 'Used',
  install: 'Installed',
  troubleshoot: 'Troubleshot',
  train: 'Trained',
  schedule: 'Scheduled',
  lead: 'Led',
  manage: 'Managed',
};

const ALIASES: readonly [RegExp, string][] = [
  [/\bPostgreSQL\b/u, 'Postgres'],
  [/\bPostgres\b/u, 'PostgreSQL'],
];

/** The same figure in another notation, or null when the line has none. */
function renotate(text: string, rng: Rng): string | null {
  const variants: (() => string | null)[] = [
    () => (/(\d)%/u.test(text) ? text.replace(/(\d(?:\.\d+)?)%/u, '$1 percent') : null),
    () => (/\d percent\b/u.test(text) ? text.replace(/(\d) percent\b/u, '$1%') : null),
    () =>
      /\$\d+(?:\.\d+)?M\b/u.test(text)
        ? text.replace(
            /\$(\d+(?:\.\d+)?)M\b/u,
            (_, n: string) => `$${Math.round(Number(n) * 1e6).toLocaleString('en-US')}`,
          )
        : null,
    () =>
      /\$\d+K\b/u.test(text)
        ? text.replace(/\$(\d+)K\b/u, (_, n: string) => `$${(Number(n) * 1000).toLocaleString('en-US')}`)
        : null,
    () =>
      /\d(?:\.\d+)? million\b/u.test(text)
        ? text.replace(/(\d(?:\.\d+)?) million\b/u, (_, n: string) =>
            Math.round(Number(n) * 1e6).toLocaleString('en-US'),
          )
        : null,
    () => (/\d,\d{3}\b/u.test(text) ? text.replace(/(\d),(\d{3})\b/u, '$1$2') : null),
    () => (/\b(19|20)\d\d\s*[-–]\s*(19|20)\d\d\b/u.test(text) ? text.replace(/\s*[-–]\s*/u, ' - ') : null),
  ];
  const usable = variants.map((v) => v()).filter((v): v is string => v !== null && v !== text);
  return usable.length === 0 ? null : rng.pick(usable);
}

/** A faithful rewrite of a bullet: same facts, other words. */
export function faithfulBullet(rng: Rng, bullet: string, lang: Language): { variant: string; text: string } {
  const words = bullet.split(' ');
  const first = (words[0] ?? '').toLowerCase();
  const options: { variant: string; text: string | null }[] = [{ variant: 'verbatim', text: bullet }];
  options.push({ variant: 'number format', text: renotate(bullet, rng) });
  const alias = ALIASES.find(([re]) => re.test(bullet));
  options.push({ variant: 'alias', text: alias ? bullet.replace(alias[0], alias[1]) : null });
  if (lang === 'en') {
    const syn = VERB_SYNONYMS[first];
    options.push({
      variant: 'synonym',
      text: syn ? [rng.pick(syn), ...words.slice(1)].join(' ') : null,
    });
    const past = PAST[first];
    options.push({ variant: 'tense', text: past ? [past, ...words.slice(1)].join(' ') : null });
    const by = / by (introducing|adding|standardizing|using|running|building) /u.exec(bullet);
    options.push({
      variant: 'reorder',
      text: by
        ? `${upperFirst(bullet.slice(by.index + 4))}, ${lowerFirst(bullet.slice(0, by.index))}`.replace(
            /,\s*$/u,
            '',
          )
        : null,
    });
    const tail = / (during|through|with|under|for|on|in) [^,]*$/u.exec(bullet);
    options.push({
      variant: 'tightened',
      text:
        tail && tail.index > 25 && !/\d/u.test(bullet.slice(tail.index)) ? bullet.slice(0, tail.index) : null,
    });
  }
  // Assisting in other words ("Assisted the Charge Nurse with" → "Helped the Charge Nurse with"): still assisting.
  const weak =
    /^(Assisted|Assist|Supported|Support|Helped|Worked alongside)\s+(?=(?:the\s+)?[\p{L}\s-]+?\s+(?:with|on|in)\s)/u.exec(
      bullet,
    );
  if (lang === 'en' && weak) {
    const other: Record<string, string> = {
      Assisted: 'Helped',
      Assist: 'Help',
      Supported: 'Assisted',
      Support: 'Assist',
      Helped: 'Assisted',
      'Worked alongside': 'Assisted',
    };
    options.push({
      variant: 'weak verb',
      text: `${other[weak[1] as string] ?? 'Assisted'} ${bullet.slice(weak[0].length)}`,
    });
  }
  // A figure worked out from the line's two ("from 71% to 84%" → "by 13 points", "z 8 do 5" → "o 3").
  const fromTo = /(?<!\p{L})(?:from|von|z) (\d+)(%?) (?:to|auf|do) (\d+)(%?)/u.exec(bullet);
  if (fromTo) {
    const [a, b] = [Number(fromTo[1]), Number(fromTo[3])];
    const points = fromTo[2] === '%';
    const by = T(lang, ['by'], ['um'], ['o'])[0] as string;
    const rest = bullet.slice(fromTo.index + fromTo[0].length);
    // A percentage only where no unit follows ("by 40%", not "by 40% business days").
    const change = points
      ? `${Math.abs(b - a)} ${T(lang, ['points'], ['Punkte'], ['punktów'])[0] as string}`
      : /^\s+\p{L}/u.test(rest)
        ? `${Math.abs(b - a)}`
        : rng.pick([`${Math.abs(b - a)}`, `${Math.round((Math.abs(b - a) / a) * 100)}%`]);
    options.push({
      variant: 'derived figure',
      text: `${bullet.slice(0, fromTo.index)}${by} ${change}${rest}`,
    });
  }
  const usable = options.filter((o): o is { variant: string; text: string } => o.text !== null);
  return rng.pick(usable);
}

interface Sentence {
  readonly kind: LedgerLine['kind'];
  readonly text: string;
}

const T = (lang: Language, en: string[], de: string[], pl: string[]): string[] =>
  lang === 'de' ? de : lang === 'pl' ? pl : en;

/** Faithful sentences about the candidate, from the profile's own facts. */
export function faithfulSentences(rng: Rng, ctx: WritingContext): Sentence[] {
  const p = ctx.profile;
  const lang = ctx.language;
  const out: Sentence[] = [];
  const [current, previous] = p.experiences;
  if (current) {
    const y = year(current.startDate);
    const tpl = T(
      lang,
      [
        `I ${current.current ? 'currently work' : 'most recently worked'} as a ${current.title} at ${current.company}.`,
        `Since ${y}, I have worked at ${current.company} as a ${current.title}.`,
        `At ${current.company}, my role as ${current.title} covers the work described below.`,
        `${current.company} has been my employer since ${y}, where I hold the title ${current.title}.`,
        `I have been a ${current.title} at ${current.company} since ${y}.`,
        `As a ${current.title} at ${current.company}, I handle this work every day.`,
      ],
      [
        `Derzeit arbeite ich als ${current.title} bei ${current.company}.`,
        `Seit ${y} bin ich bei ${current.company} als ${current.title} tätig.`,
      ],
      [
        `Obecnie pracuję jako ${current.title} w firmie ${current.company}.`,
        `Od ${y} roku pracuję w ${current.company} na stanowisku ${current.title}.`,
      ],
    );
    out.push({ kind: 'faithful:role', text: rng.pick(tpl) });
    const b = rng.pick(current.bullets);
    if (b)
      out.push({
        kind: 'faithful:achievement',
        text: rng.pick(
          T(
            lang,
            [
              `At ${current.company}, I ${lowerFirst(stripDot(b))}.`,
              `In my current work I ${lowerFirst(stripDot(b))}.`,
              `One example: I ${lowerFirst(stripDot(renotate(b, rng) ?? b))}.`,
            ],
            [`Ein Beispiel aus meiner Arbeit: ${stripDot(b)}.`],
            [`Przykład z mojej pracy: ${stripDot(b)}.`],
          ),
        ),
      });
  }
  if (previous) {
    const n = Math.floor(roleYears(ctx, previous));
    out.push({
      kind: 'faithful:previous role',
      text: rng.pick(
        T(
          lang,
          n >= 1
            ? [
                `Before that, I spent ${n} years at ${previous.company} as a ${previous.title}.`,
                `From ${year(previous.startDate)} to ${year(previous.endDate)} I worked at ${previous.company}.`,
                `Earlier, I worked at ${previous.company} (${year(previous.startDate)}–${year(previous.endDate)}).`,
                `From ${year(previous.startDate)} - ${year(previous.endDate)} I was a ${previous.title} at ${previous.company}.`,
                `My ${n} years at ${previous.company} taught me the basics of the work.`,
              ]
            : [`Before that, I worked at ${previous.company} as a ${previous.title}.`],
          [`Zuvor war ich bei ${previous.company} als ${previous.title} tätig.`],
          [`Wcześniej pracowałem w ${previous.company} jako ${previous.title}.`],
        ),
      ),
    });
  }
  const years = Math.floor(careerYears(ctx));
  if (years >= 2)
    out.push({
      kind: 'faithful:years of experience',
      text: rng.pick(
        T(
          lang,
          [
            `I bring ${years} years of professional experience.`,
            `With ${years} years of experience, I know what the work takes.`,
            `I have ${years}+ years of work experience.`,
            `Over the past ${years} years I have built a solid track record.`,
            `I have more than ${years - 1} years of hands-on experience.`,
            `With over ${years - 1} years in the workforce, I bring a steady approach.`,
            `My ${years} years of experience have taught me to stay calm under pressure.`,
          ],
          [
            `Ich bringe ${years} Jahre Berufserfahrung mit.`,
            `Mit über ${years - 1} Jahren Erfahrung kenne ich die Anforderungen.`,
          ],
          [`Mam ${years} lat doświadczenia zawodowego.`, `Od ponad ${years - 1} lat pracuję w tej branży.`],
        ),
      ),
    });
  // The eleventh round's faithful counterparts: a career in words as long as it is, and offers that are no
  // status (willing to relocate or travel, free for an interview).
  if (years >= 2)
    out.push({
      kind: 'faithful:years in words',
      text: rng.pick(
        T(
          lang,
          careerYears(ctx) >= 10.5
            ? [
                'I bring over a decade of experience.',
                `My ${years}-year career has taught me to stay organised.`,
              ]
            : [`My ${years}-year career has taught me to stay organised.`],
          [`Ich bringe eine ${years}-jährige Berufserfahrung mit.`],
          [`Mam ${years}-letnie doświadczenie zawodowe.`],
        ),
      ),
    });
  out.push({
    kind: 'faithful:offer',
    text: rng.pick(
      T(
        lang,
        [
          'I am willing to relocate and happy to travel when the work requires it.',
          'I am open to relocation.',
          'I am available for an interview at your convenience.',
          'I am immediately available for an interview.',
          'I am available for a call from 9am to 5pm on weekdays.',
          'I would be glad to join your cross-functional team of planners and buyers.',
        ],
        [
          'Ich bin bereit umzuziehen und reise gern, wenn die Arbeit es verlangt.',
          'Für ein persönliches Gespräch stehe ich gern zur Verfügung.',
          'Für ein Gespräch stehe ich ab sofort zur Verfügung.',
        ],
        ['Jestem gotowa do przeprowadzki i podróży służbowych.', 'Chętnie spotkam się na rozmowie.'],
      ),
    ),
  });
  // The fourteenth round's look-alikes: team membership, an interview asked for, training wanted, an
  // international employer, a tool used without a level, the next step in a career.
  const tool = [...p.skills.tools, ...p.skills.technical][0];
  out.push({
    kind: 'faithful:look-alike',
    text: rng.pick(
      T(
        lang,
        [
          ...(current ? [`As a member of the team at ${current.company}, I share the workload fairly.`] : []),
          'I would welcome an interview to discuss the role.',
          'I am keen to keep learning through your training programme.',
          'The international scope of this role appeals to me.',
          ...(tool ? [`I have hands-on experience with ${tool}.`] : []),
          'This role would be the natural next step in my career.',
          ...(current ? [`The clients of ${current.company} rely on my work.`] : []),
        ],
        [
          ...(current ? [`Als Mitglied des Teams bei ${current.company} übernehme ich Verantwortung.`] : []),
          'Über ein Vorstellungsgespräch würde ich mich freuen.',
          'Ich bilde mich gern weiter.',
          'Das internationale Umfeld Ihres Unternehmens reizt mich.',
          ...(tool ? [`Ich arbeite mit ${tool}.`] : []),
          'Diese Stelle wäre für mich der nächste Karriereschritt.',
        ],
        [
          ...(current ? [`Jako członkini zespołu w ${current.company} dbam o dobrą współpracę.`] : []),
          'Chętnie wezmę udział w rozmowie rekrutacyjnej.',
          'Chętnie biorę udział w szkoleniach.',
          'Międzynarodowy charakter tej pracy bardzo mnie interesuje.',
          ...(tool ? [`Pracuję z ${tool}.`] : []),
          'To stanowisko byłoby dla mnie kolejnym krokiem w karierze.',
        ],
      ),
    ),
  });
  // The fifteenth round's look-alikes: the title held said as what one is, the employer applied to praised, a
  // result hoped for.
  const company = ctx.job.company;
  out.push({
    kind: 'faithful:what one is',
    text: rng.pick(
      T(
        lang,
        [
          ...(current
            ? [
                `Experienced ${current.title}, known for steady, careful work.`,
                `Dependable ${current.title} who takes pride in the details.`,
                `I am an experienced ${current.title}.`,
              ]
            : []),
          ...(company ? [`${company} is one of the leading employers in the region.`] : []),
          `I would like to help grow sales and reduce costs at ${company ?? 'your company'}.`,
        ],
        [
          ...(current ? [`Erfahrene ${current.title}, die ihre Arbeit mit Sorgfalt macht.`] : []),
          ...(company ? [`${company} gehört zu den führenden Arbeitgebern der Region.`] : []),
          'Ich würde gern dazu beitragen, die Kosten zu senken.',
        ],
        [
          ...(current ? [`Doświadczony ${current.title} z pasją do pracy.`] : []),
          ...(company ? [`${company} to jedna z wiodących firm w regionie.`] : []),
          'Chciałabym pomóc w obniżeniu kosztów w tej firmie.',
        ],
      ),
    ),
  });
  const edu = p.education[0];
  if (edu?.degree)
    out.push({
      kind: 'faithful:education',
      text: rng.pick(
        T(
          lang,
          [
            `I hold a ${edu.degree}${edu.field ? ` in ${edu.field}` : ''} from ${edu.institution}.`,
            `I studied ${edu.field ?? 'there'} at ${edu.institution}.`,
            `My ${edu.degree.toLowerCase()}${edu.field ? ` in ${edu.field.toLowerCase()}` : ''} gave me a strong foundation.`,
          ],
          [`Ich habe an der ${edu.institution} studiert (${edu.degree}).`],
          [`Ukończyłem ${edu.institution} (${edu.degree}${edu.field ? `, ${edu.field}` : ''}).`],
        ),
      ),
    });
  const cert = p.certifications[0];
  if (cert)
    out.push({
      kind: 'faithful:certification',
      text: rng.pick(
        T(
          lang,
          [
            `I hold the ${cert.name}${cert.issuer ? ` from ${cert.issuer}` : ''}.`,
            `I completed the ${cert.name}.`,
          ],
          [`Ich besitze das Zertifikat „${cert.name}“.`],
          [`Posiadam certyfikat ${cert.name}.`],
        ),
      ),
    });
  return out;
}

/** A faithful skills sentence: skills and tools the profile lists. */
export function faithfulSkills(rng: Rng, ctx: WritingContext): Sentence {
  const s = ctx.profile.skills;
  const all = [...s.technical, ...s.tools];
  const chosen = all.filter(() => rng.chance(0.6)).slice(0, 4);
  const list = (chosen.length > 0 ? chosen : all.slice(0, 3)).join(', ');
  return {
    kind: 'faithful:skills',
    text: rng.pick(
      T(
        ctx.language,
        [`My core skills include ${list}.`, `Key skills: ${list}.`, `I work confidently with ${list}.`],
        [`Zu meinen Kernkompetenzen gehören ${list}.`],
        [`Moje kluczowe umiejętności to ${list}.`],
      ),
    ),
  };
}

/** Sentences about the target job: the posting's own names are not claims about the candidate. */
export function jobSentences(rng: Rng, ctx: WritingContext): Sentence[] {
  const j = ctx.job;
  const at = j.company ? ` at ${j.company}` : '';
  return [
    {
      kind: 'faithful:about the job',
      text: rng.pick(
        T(
          ctx.language,
          [
            `I am applying for the ${j.title} position${at}.`,
            `I was glad to see the ${j.title} opening${at}${j.location ? ` in ${j.location}` : ''}.`,
            `I would welcome the chance to join ${j.company ?? 'your team'} as ${j.title}.`,
          ],
          [`Hiermit bewerbe ich mich auf die Stelle als ${j.title}${j.company ? ` bei ${j.company}` : ''}.`],
          [`Z zainteresowaniem aplikuję na stanowisko ${j.title}${j.company ? ` w ${j.company}` : ''}.`],
        ),
      ),
    },
  ];
}

// -------------------------------------------------------------------------------------------- fabrications

type Lie = (rng: Rng, ctx: WritingContext) => string | null;

const expOf = (rng: Rng, ctx: WritingContext) => rng.pick(ctx.profile.experiences);

// ------------------------------------------------------------------------------- ninth-round lies, ground truth

/** Counts written in words, by language: [value, word]. Polish in the genitive a count of people takes. */
const COUNT_WORDS: Record<Language, ReadonlyArray<readonly [number, string]>> = {
  en: [
    [12, 'twelve'],
    [15, 'fifteen'],
    [20, 'twenty'],
    [30, 'thirty'],
    [40, 'forty'],
    [50, 'fifty'],
  ],
  de: [
    [12, 'zwölf'],
    [15, 'fünfzehn'],
    [20, 'zwanzig'],
    [30, 'dreißig'],
    [50, 'fünfzig'],
  ],
  pl: [
    [12, 'dwunastu'],
    [15, 'piętnastu'],
    [20, 'dwudziestu'],
  ],
};

/** Every figure the profile states (digits and the count words above), for choosing one it never states. */
function profileFigures(p: ProfileContent): number[] {
  const text = JSON.stringify({ ...p, id: undefined });
  // A plain four-digit year is no figure; "2,000 requests" is.
  const digits = [...text.matchAll(/\d[\d,]*(?:\.\d+)?/gu)]
    .filter((m) => !/^(?:19|20)\d\d$/u.test(m[0]))
    .map((m) => Number(m[0].replace(/,/gu, '')));
  const words = Object.values(COUNT_WORDS)
    .flat()
    .filter(([, word]) => new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'iu').test(text))
    .map(([value]) => value);
  return [...digits, ...words].filter((n) => Number.isFinite(n));
}

/** A count in words the profile never states, in the case's language. */
function absentCountWord(rng: Rng, ctx: WritingContext, not: number[] = []): string | null {
  const used = new Set([...profileFigures(ctx.profile), ...not]);
  const options = COUNT_WORDS[ctx.language].filter(([value]) => !used.has(value));
  return options.length === 0 ? null : (rng.pick(options)[1] as string);
}

/** "Hundreds of", "thousands of": a magnitude above every figure the profile states (English only). */
function absentMagnitude(ctx: WritingContext): string | null {
  if (ctx.language !== 'en') return null;
  // "1.5 million impressions", "$1.2M": a figure with a scale word is large whatever its digits.
  if (/\d\s*(?:million|billion|mio|mrd|[MBK])(?!\p{L})/iu.test(JSON.stringify(ctx.profile))) return null;
  const top = Math.max(0, ...profileFigures(ctx.profile));
  return top < 24 ? 'dozens of' : top < 200 ? 'hundreds of' : top < 2000 ? 'thousands of' : null;
}

// Words that say something was started, or reached far: a profile line with one could support such a claim.
const STARTED =
  /(?<!\p{L})(?:found\p{L}*|start\p{L}*|set up|creat\p{L}*|launch\p{L}*|introduc\p{L}*|initiat\p{L}*|built|build\p{L}*|new|pioneer\p{L}*|establish\p{L}*|gründ\p{L}*|aufgebaut|eingeführt|założ\p{L}*|stworz\p{L}*|wprowadz\p{L}*|nowy|nowe|now\p{L}*)(?!\p{L})/iu;
const REACHED = /wide|global|across|weit|w całej|ogólno/iu;
const itemLines = (e: ProfileContent['experiences'][number]) => [e.title, ...e.bullets];
const startedNowhere = (e: ProfileContent['experiences'][number]) =>
  !itemLines(e).some((l) => STARTED.test(l));
const profileReaches = (p: ProfileContent) => REACHED.test(JSON.stringify(p));

const LOWER_CASE_CREDENTIALS = [
  'project manager',
  'safety officer',
  'fraud examiner',
  'scrum master',
  'financial planner',
  'data analyst',
];
function absentLowerCaseCredential(rng: Rng, ctx: WritingContext): string | null {
  const text = profileText(ctx.profile);
  const options = LOWER_CASE_CREDENTIALS.filter((c) => c.split(' ').every((w) => !text.includes(w)));
  return ctx.language !== 'en' || options.length === 0 ? null : rng.pick(options);
}

/** Whether any line of the profile says what the pattern matches. */
// What the profile would say if a status, a budget or a degree's details were true.
const STATUS_WORDS =
  /clearance|cleared|citizen|visa|permit|sponsor|own car|immediately|sofort|zaraz|bürger|obywatel|pozwoleni/iu;
const BUDGET_WORDS = /budget|p&l|profit|budż/iu;
const TEAM_WORDS = /cross-functional|disciplin|international|planner|analyst|interdyscypl|międzynarod/iu;
const PRAISE_WORDS = /prais|compliment|feedback|review|satisf|lob|pochwa|chwal|rating/iu;
const OUTDOING_WORDS = /record|rekord|best|fastest|top|rank|first|beste|najlep/iu;
const FREQUENCY_WORDS =
  /daily|weekly|monthly|quarterly|annual|yearly|every|each|per (?:day|week|month|shift)|täglich|wöchentlich|monatlich|jährlich|codzien|dzienn|tygodni|miesięcz|roczn|month-end/iu;
const SITES_WORDS =
  /all |every |stores|sites|branches|locations|regions|filialen|standort|oddział|sklep|several|multiple/iu;
const AUDIENCE_WORDS = /celebr|vip|royal|minister|politi|wealth|net-worth|fortune|prominent|c-suite/iu;
const EDUCATION_DETAIL_WORDS =
  /thesis|dissertation|exchange|abroad|erasmus|distinction|honou?rs|arbeit|praca|wymian|auszeichnung|wyróżn/iu;

function saysAnywhere(ctx: WritingContext, pattern: RegExp): boolean {
  const p = ctx.profile;
  return [
    p.summary ?? '',
    ...p.experiences.flatMap((e) => [e.title, ...e.bullets]),
    ...p.education.flatMap((e) => [e.degree ?? '', e.honors ?? '', ...e.coursework]),
    ...p.certifications.map((c) => c.name),
    ...p.projects.flatMap((x) => [x.name, x.description ?? '', ...(x.bullets ?? [])]),
  ].some((line) => pattern.test(line));
}

/**
 * A skill the profile names (a product or a method written with a capital: "Tableau", "Salesforce") that no
 * certification and no line about a certificate mentions: "Tableau-certified" would be invented.
 */
function uncertifiedSkill(rng: Rng, ctx: WritingContext): string | null {
  const p = ctx.profile;
  const credentialText = [
    ...p.certifications.map((c) => `${c.name} ${c.issuer ?? ''}`),
    ...[p.summary ?? '', ...p.experiences.flatMap((e) => [e.title, ...e.bullets])].filter((line) =>
      /certif|licen[cs]|zertifi|certyfik/iu.test(line),
    ),
  ]
    .join(' ')
    .toLowerCase();
  const skills = [...p.skills.technical, ...p.skills.tools].filter(
    (skill) =>
      /^\p{Lu}[\p{L}]+(?: \p{Lu}[\p{L}]+)?$/u.test(skill) &&
      !skill
        .toLowerCase()
        .split(' ')
        .some((w) => credentialText.includes(w)),
  );
  return ctx.language !== 'en' || skills.length === 0 ? null : rng.pick(skills);
}

/** A bullet of one role whose figure no line of another role states, with that other role. */
function figureOfAnotherRole(
  rng: Rng,
  ctx: WritingContext,
): { bullet: string; other: ProfileContent['experiences'][number] } | null {
  const roles = ctx.profile.experiences;
  const pairs = roles.flatMap((a) =>
    roles
      .filter((b) => b !== a && b.company.trim() !== '' && b.company !== a.company)
      .flatMap((b) =>
        a.bullets
          .filter((bullet) => {
            // Counts, amounts and shares: a duration ("over 3 years") is true of any role that long.
            if (/\d\s*(?:years?|months?|yrs?|jahre|monate|lat|miesięcy)/iu.test(bullet)) return false;
            // Not a code's digits ("IATF 16949", "ISO 9001", "8D", "5S"): a code is a name, not a figure.
            const figures =
              bullet
                .replace(/\p{Lu}{2,}[\s-]?\d+/gu, ' ')
                .replace(/(?<![\p{L}\d])\d+\p{Lu}(?![\p{L}\d])/gu, ' ')
                .match(/\d[\d,.]*/gu) ?? [];
            const elsewhere = itemLines(b).join(' ');
            return figures.length > 0 && figures.every((f) => !elsewhere.includes(f));
          })
          .map((bullet) => ({ bullet, other: b })),
      ),
  );
  return pairs.length === 0 ? null : rng.pick(pairs);
}

// A language the profile does not list, as each of the three languages names it, or a level it does not give.
const OTHER_LANGUAGES = [
  { en: 'French', de: 'Französisch', pl: 'francusku', names: /french|französisch|francus/iu },
  { en: 'Italian', de: 'Italienisch', pl: 'włosku', names: /italian|italienisch|włos/iu },
  { en: 'Portuguese', de: 'Portugiesisch', pl: 'portugalsku', names: /portugu|portugal/iu },
];
const BELOW_NATIVE =
  /^(?:[ab][12]|b2|c1|basic|intermediate|conversational|good|fluent|grundkenntnisse|gut|fließend)$/iu;

// ------------------------------------------------------------------------- fourteenth-round lies, ground truth

const FOURTEENTH_ROUND_KINDS = [
  'promotion',
  'membership',
  'named client',
  'hiring',
  'training others',
  'upgraded verb',
  'abroad',
  'expert level',
  'misattribution',
] as const;
type FourteenthRoundKind = (typeof FOURTEENTH_ROUND_KINDS)[number];

// What the profile would say if a promotion, a membership, hiring, training others, work abroad or an expert
// level were true.
const PROMOTION_WORDS = /promot|beförder|awans|promu|ascend|moved up/iu;
const MEMBERSHIP_WORDS =
  /member|association|society|institute|chartered|fellow|mitglied|verband|kammer|członk|stowarzysz|izb[aąy]/iu;
const HIRING_WORDS =
  /hiring|hired|recruit|interview|staffing|einstell|vorstellungsgespr|personalauswahl|rekrut/iu;
const TRAINING_WORDS =
  /train(?!ing\b)|trained|teach|taught|precept|mentor|coach|instruct|onboard|tutor|schul|einarbeit|ausbild|anleit|szkol|wdraża|uczę|uczy/iu;
const ABROAD_WORDS =
  /abroad|international|overseas|expat|relocat|ausland|zagranic|delegac|singapore|dubai|london/iu;
const EXPERT_WORDS =
  /expert|advanced|proficien|power user|super-?user|fortgeschritten|experte|expertin|zaawansowan|ekspert/iu;

/** A role that is the only one at its employer, and no line about a promotion anywhere. */
function unpromotedRole(rng: Rng, ctx: WritingContext): ProfileContent['experiences'][number] | null {
  if (saysAnywhere(ctx, PROMOTION_WORDS)) return null;
  const roles = ctx.profile.experiences.filter(
    (e) => ctx.profile.experiences.filter((x) => x.company === e.company).length === 1,
  );
  return roles.length === 0 ? null : rng.pick(roles);
}

const FAKE_CLIENTS = [
  ['Siemens', 'BMW'],
  ['Unilever', 'Nestlé'],
  ['Allianz', 'Deutsche Bahn'],
  ['Orlen', 'PZU'],
  ['Procter & Gamble', 'Johnson & Johnson'],
  ['Kaiser Permanente', 'Sutter Health'],
] as const;
const FAKE_PRODUCTS = ['Atlas', 'Phoenix', 'Horizon', 'Nova', 'Apollo', 'Orion'];

/** A pair of clients and a product codename the profile never names. */
function absentClients(rng: Rng, ctx: WritingContext): readonly [string, string] | null {
  const options = FAKE_CLIENTS.filter(
    ([a, b]) => absentFromProfile(ctx.profile, a) && absentFromProfile(ctx.profile, b),
  );
  return options.length === 0 ? null : rng.pick(options);
}

/**
 * A line of a role that assists someone ("Assisted the Charge Nurse with bed assignments", "Unterstützte die
 * Stationsleitung bei der Dienstplanung"), with the work it helped with in a form a stronger verb can take.
 */
function assistedWork(bullet: string): { object: string; lang: 'en' | 'de' } | null {
  const en =
    /^(?:Assisted|Assist|Supported|Support|Helped|Help|Worked alongside)\s+(?:the\s+)?[\p{L}\s-]+?\s+(?:with|on|in)\s+(.+)$/u.exec(
      bullet,
    );
  if (en) return { object: stripDot(en[1] as string), lang: 'en' };
  const helped = /^Helped\s+the\s+[\p{L}\s-]+?\s+(\p{Ll}+)\s+(.+)$/u.exec(bullet);
  if (helped && !/(?:ed|ing)$/u.test(helped[1] as string)) {
    const v = helped[1] as string;
    return { object: `${v.endsWith('e') ? `${v}d` : `${v}ed`} ${stripDot(helped[2] as string)}`, lang: 'en' };
  }
  const de = /^Unterstützte\s+(?:die|den|das)\s+\p{L}+\s+bei\s+(der|dem|den)\s+(.+)$/u.exec(bullet);
  if (de) {
    const article = de[1] === 'der' ? 'die' : de[1] === 'dem' ? 'den' : 'die';
    return { object: `${article} ${stripDot(de[2] as string)}`, lang: 'de' };
  }
  return null;
}

/** A role's line that is all its own work: no other role of another employer says any of its main words. */
function achievementOfAnotherRole(
  rng: Rng,
  ctx: WritingContext,
): { bullet: string; other: ProfileContent['experiences'][number] } | null {
  const roles = ctx.profile.experiences;
  const mainWords = (s: string) =>
    s
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length >= 5);
  const pairs = roles.flatMap((a) =>
    roles
      .filter((b) => b !== a && b.company.trim() !== '' && b.company !== a.company)
      .flatMap((b) => {
        const elsewhere = itemLines(b).join(' ').toLowerCase();
        return a.bullets
          .filter((bullet) => !/\d/u.test(bullet))
          .filter((bullet) => {
            const words = mainWords(bullet);
            return words.length >= 3 && words.every((w) => !elsewhere.includes(w.slice(0, 5)));
          })
          .map((bullet) => ({ bullet, other: b }));
      }),
  );
  return pairs.length === 0 ? null : rng.pick(pairs);
}

/** A skill or tool the profile names plainly, never with a level. */
function plainSkill(rng: Rng, ctx: WritingContext): string | null {
  if (
    saysAnywhere(ctx, EXPERT_WORDS) ||
    /expert|advanced|fortgeschritten|zaawansowan/iu.test(JSON.stringify(ctx.profile.skills))
  )
    return null;
  const s = ctx.profile.skills;
  const options = [...s.tools, ...s.technical].filter((x) => /^\p{Lu}/u.test(x));
  return options.length === 0 ? null : rng.pick(options);
}

const FOURTEENTH_ROUND_SENTENCE_LIES: Record<FourteenthRoundKind, Lie> = {
  promotion: (rng, ctx) => {
    const role = unpromotedRole(rng, ctx);
    if (!role) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          `At ${role.company} I was promoted within my first year.`,
          `${role.company} promoted me after just twelve months.`,
          `I earned an early promotion at ${role.company}.`,
          `My results at ${role.company} led to a fast-track promotion.`,
        ],
        [
          `Bei ${role.company} wurde ich bereits nach einem Jahr befördert.`,
          `Bei ${role.company} erhielt ich nach kurzer Zeit eine Beförderung.`,
        ],
        [`W ${role.company} awansowałam już po roku.`, `W ${role.company} otrzymałam awans po roku pracy.`],
      ),
    );
  },
  membership: (rng, ctx) => {
    if (saysAnywhere(ctx, MEMBERSHIP_WORDS)) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          'I am a member of the Royal College of Nursing.',
          'I am an active member of my professional association.',
          'I belong to the national association for my profession.',
          'I am an IEEE member.',
          'As a chartered member of the institute, I follow its code of practice.',
        ],
        [
          'Ich bin Mitglied im Berufsverband.',
          'Ich bin Mitglied der Ärztekammer.',
          'Als Mitglied des Fachverbands bilde ich mich laufend fort.',
        ],
        [
          'Jestem członkinią stowarzyszenia branżowego.',
          'Należę do krajowej izby zawodowej.',
          'Jestem członkiem Polskiego Towarzystwa Jakości.',
        ],
      ),
    );
  },
  'named client': (rng, ctx) => {
    const role = expOf(rng, ctx);
    const clients = absentClients(rng, ctx);
    const product = pickAbsent(rng, ctx, FAKE_PRODUCTS);
    if (!role || !clients || !product) return null;
    const [a, b] = clients;
    return rng.pick(
      T(
        ctx.language,
        [
          `At ${role.company} my clients included ${a} and ${b}.`,
          `I delivered work for clients such as ${a} and ${b}.`,
          `At ${role.company} I launched the ${product} platform.`,
          `I worked on key accounts like ${a}.`,
        ],
        [
          `Bei ${role.company} betreute ich Kunden wie ${a} und ${b}.`,
          `Bei ${role.company} führte ich die Plattform ${product} ein.`,
        ],
        [
          `W ${role.company} obsługiwałam klientów takich jak ${a} i ${b}.`,
          `W ${role.company} wdrożyłam platformę ${product}.`,
        ],
      ),
    );
  },
  hiring: (rng, ctx) => {
    const role = expOf(rng, ctx);
    if (!role || saysAnywhere(ctx, HIRING_WORDS)) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          `At ${role.company} I interviewed and hired new staff.`,
          `I ran the recruitment of new team members at ${role.company}.`,
          `I sat on interview panels and helped choose new hires.`,
          `At ${role.company} I was responsible for hiring seasonal staff.`,
        ],
        [
          `Bei ${role.company} führte ich Vorstellungsgespräche und stellte neue Mitarbeitende ein.`,
          `Bei ${role.company} war ich für die Personalauswahl zuständig.`,
        ],
        [
          `W ${role.company} prowadziłam rekrutację nowych pracowników.`,
          `W ${role.company} przeprowadzałam rozmowy kwalifikacyjne z kandydatami.`,
        ],
      ),
    );
  },
  'training others': (rng, ctx) => {
    const role = expOf(rng, ctx);
    if (!role || saysAnywhere(ctx, TRAINING_WORDS)) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          `At ${role.company} I trained new colleagues on our procedures.`,
          `I ran workshops for the team at ${role.company}.`,
          `I coached junior staff at ${role.company}.`,
          `I onboarded and mentored new starters.`,
        ],
        [
          `Bei ${role.company} schulte ich neue Kolleginnen und Kollegen.`,
          `Bei ${role.company} arbeitete ich neue Mitarbeitende ein.`,
        ],
        [
          `W ${role.company} szkoliłam nowych pracowników.`,
          `W ${role.company} prowadziłam warsztaty dla zespołu.`,
        ],
      ),
    );
  },
  'upgraded verb': (rng, ctx) => {
    const found = ctx.profile.experiences.flatMap((e) =>
      e.bullets.map((b) => ({ e, w: assistedWork(b) })).filter((x) => x.w !== null),
    );
    if (found.length === 0) return null;
    const { e, w } = rng.pick(found);
    if (!w || w.lang !== (ctx.language === 'de' ? 'de' : 'en') || ctx.language === 'pl') return null;
    return w.lang === 'de'
      ? rng.pick([
          `Bei ${e.company} verantwortete ich ${w.object}.`,
          `Bei ${e.company} organisierte ich ${w.object} eigenständig.`,
        ])
      : rng.pick([
          `At ${e.company}, I coordinated ${w.object}.`,
          `I was responsible for ${w.object} at ${e.company}.`,
          `At ${e.company} I ran ${w.object} on my own.`,
        ]);
  },
  abroad: (rng, ctx) => {
    const role = expOf(rng, ctx);
    if (!role || saysAnywhere(ctx, ABROAD_WORDS)) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          `At ${role.company} I completed a six-month assignment in Singapore.`,
          'I have worked abroad, which taught me to adapt quickly.',
          `${role.company} sent me on an international assignment.`,
          'I spent a year working overseas.',
        ],
        [
          `Für ${role.company} war ich sechs Monate im Auslandseinsatz.`,
          'Ich habe bereits im Ausland gearbeitet.',
        ],
        ['Pracowałam wcześniej za granicą.', `W ${role.company} byłam na półrocznej delegacji zagranicznej.`],
      ),
    );
  },
  'expert level': (rng, ctx) => {
    const x = plainSkill(rng, ctx);
    if (!x) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          `I am an expert ${x} user.`,
          `I bring advanced ${x} skills.`,
          `I am a ${x} super-user.`,
          `I have expert-level knowledge of ${x}.`,
        ],
        [`Ich verfüge über Expertenwissen in ${x}.`, `Ich habe fortgeschrittene Kenntnisse in ${x}.`],
        [`Mam zaawansowaną znajomość ${x}.`, `Jestem ekspertką w zakresie ${x}.`],
      ),
    );
  },
  misattribution: (rng, ctx) => {
    const moved = achievementOfAnotherRole(rng, ctx);
    if (!moved) return null;
    const b = stripDot(moved.bullet);
    return rng.pick(
      T(
        ctx.language,
        [
          `At ${moved.other.company}, I ${lowerFirst(b)}.`,
          `During my time at ${moved.other.company} I ${lowerFirst(b)}.`,
        ],
        [`Bei ${moved.other.company}: ${b}.`],
        [`W ${moved.other.company}: ${b}.`],
      ),
    );
  },
};

// ------------------------------------------------------------------------- fifteenth-round lies, ground truth

const FIFTEENTH_ROUND_KINDS = [
  'held title',
  'employer standing',
  'several sites',
  'effect',
  'licence class',
] as const;
type FifteenthRoundKind = (typeof FIFTEENTH_ROUND_KINDS)[number];

// What the profile would say if an employer's standing, a change of an outcome or a licence's class were true.
const STANDING_WORDS =
  /largest|biggest|leading|premier|prestig|renown|fortune|global|multinational|michelin|star|führend|größt|renommier|marktführ|najwi|wiodąc|renomow|prestiż|międzynarod/iu;
const OUTCOME_WORDS =
  /revenue|sales|cost|productiv|satisf|umsatz|kosten|produktiv|zufried|koszt|przychod|wydajn|sprzeda|zadowol/iu;
const LICENCE_CLASS_WORDS = /class [a-e]\b|cdl|klasse|kategori|kat\.|hazmat|führerschein|prawo jazdy/iu;

const FIFTEENTH_ROUND_SENTENCE_LIES: Record<FifteenthRoundKind, Lie> = {
  'held title': (rng, ctx) => {
    const t = ctx.job.title;
    if (!absentFromProfile(ctx.profile, t)) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          `Experienced ${t} with a record of steady, careful work.`,
          `Dedicated ${t} who puts people first.`,
          `Results-driven ${t}, skilled at keeping work on schedule.`,
          `I am an experienced ${t}.`,
        ],
        [`Erfahrene ${t} mit viel Sorgfalt und Verantwortung.`, `Engagierter ${t} mit Freude an der Arbeit.`],
        [`Doświadczony ${t} z pasją do pracy.`, `Sumienny ${t}, nastawiony na wyniki.`],
      ),
    );
  },
  'employer standing': (rng, ctx) => {
    const role = expOf(rng, ctx);
    if (!role || saysAnywhere(ctx, STANDING_WORDS)) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          `At ${role.company}, one of the largest employers in the region, I learned to work at pace.`,
          `I built my skills at ${role.company}, a market-leading organisation.`,
          `I work for ${role.company}, a leading company in its field.`,
        ],
        [`Ich arbeite bei ${role.company}, einem der führenden Unternehmen der Branche.`],
        [`Pracuję w ${role.company}, jednej z największych firm w regionie.`],
      ),
    );
  },
  'several sites': (rng, ctx) => {
    const role = expOf(rng, ctx);
    if (!role || saysAnywhere(ctx, SITES_WORDS)) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          `At ${role.company} I worked across multiple locations.`,
          `At ${role.company} I covered several sites.`,
        ],
        [`Bei ${role.company} war ich an mehreren Standorten tätig.`],
        [`W ${role.company} pracowałam w kilku oddziałach.`],
      ),
    );
  },
  effect: (rng, ctx) => {
    const role = expOf(rng, ctx);
    if (!role || saysAnywhere(ctx, OUTCOME_WORDS)) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          `At ${role.company} my work significantly reduced costs.`,
          `At ${role.company} I boosted team productivity.`,
        ],
        [`Bei ${role.company} senkte ich die Kosten deutlich.`],
        [`W ${role.company} znacząco obniżyłam koszty.`],
      ),
    );
  },
  'licence class': (rng, ctx) => {
    if (saysAnywhere(ctx, LICENCE_CLASS_WORDS)) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          'I hold a Class A commercial driver’s licence.',
          'I also hold a CDL Class A with a hazmat endorsement.',
        ],
        ['Ich besitze den Führerschein Klasse CE.'],
        ['Posiadam prawo jazdy kategorii C+E.'],
      ),
    );
  },
};

/** A bullet with a fifteenth-round lie, or null when it does not apply. */
function fifteenthRoundBulletLie(
  rng: Rng,
  ctx: WritingContext,
  b: string,
  item: ProfileContent['experiences'][number] | undefined,
  kind: FifteenthRoundKind,
): string | null {
  if (!item) return null;
  switch (kind) {
    case 'employer standing':
      return saysAnywhere(ctx, STANDING_WORDS)
        ? null
        : rng.pick(
            T(
              ctx.language,
              [
                `${b} at one of the largest employers in the region`,
                `${b} for a market-leading organisation`,
              ],
              [`${b} bei einem der führenden Unternehmen der Branche`],
              [`${b} w jednej z największych firm w regionie`],
            ),
          );
    case 'several sites':
      return saysAnywhere(ctx, SITES_WORDS)
        ? null
        : rng.pick(
            T(
              ctx.language,
              [`${b} across multiple locations`],
              [`${b} an mehreren Standorten`],
              [`${b} w kilku oddziałach`],
            ),
          );
    case 'effect':
      return [item.title, ...item.bullets].some((x) => OUTCOME_WORDS.test(x))
        ? null
        : rng.pick(
            T(
              ctx.language,
              [
                `${b}, increasing revenue`,
                `${b}, significantly reducing costs`,
                `${b}, boosting team productivity`,
                `${b}, which greatly improved customer satisfaction`,
              ],
              [`${b} und senkte damit die Kosten deutlich`],
              [`${b}, znacząco obniżając koszty`],
            ),
          );
    case 'licence class':
      return saysAnywhere(ctx, LICENCE_CLASS_WORDS)
        ? null
        : rng.pick(
            T(
              ctx.language,
              [`${b}, holding a Class A CDL`],
              [`${b} (Führerschein Klasse CE)`],
              [`${b} (prawo jazdy kat. C+E)`],
            ),
          );
    default:
      // What one is, as a title, is a summary's claim: a bullet already names its role.
      return null;
  }
}

/** A bullet with a fourteenth-round lie, or null when it does not apply. */
function fourteenthRoundBulletLie(
  rng: Rng,
  ctx: WritingContext,
  b: string,
  item: ProfileContent['experiences'][number] | undefined,
  kind: FourteenthRoundKind,
): string | null {
  if (!item) return null;
  switch (kind) {
    case 'promotion': {
      const single = ctx.profile.experiences.filter((x) => x.company === item.company).length === 1;
      if (!single || saysAnywhere(ctx, PROMOTION_WORDS)) return null;
      return rng.pick(
        T(
          ctx.language,
          [
            `${b}; promoted within the first year`,
            `${b}, earning an early promotion`,
            `${b}; quickly promoted`,
          ],
          [`${b}; nach einem Jahr befördert`],
          [`${b}; awans po roku pracy`],
        ),
      );
    }
    case 'membership':
      return saysAnywhere(ctx, MEMBERSHIP_WORDS)
        ? null
        : rng.pick(
            T(
              ctx.language,
              [`${b} as a member of the national professional association`, `${b}; IEEE member`],
              [`${b}, als Mitglied im Berufsverband`],
              [`${b}, jako członkini stowarzyszenia branżowego`],
            ),
          );
    case 'named client': {
      const clients = absentClients(rng, ctx);
      const product = pickAbsent(rng, ctx, FAKE_PRODUCTS);
      if (!clients || !product) return null;
      return rng.pick(
        T(
          ctx.language,
          [
            `${b} for clients such as ${clients[0]} and ${clients[1]}`,
            `${b} on the ${product} platform launch`,
            `${b} for key accounts including ${clients[0]}`,
          ],
          [`${b} für Kunden wie ${clients[0]} und ${clients[1]}`],
          [`${b} dla klientów takich jak ${clients[0]} i ${clients[1]}`],
        ),
      );
    }
    case 'hiring':
      return saysAnywhere(ctx, HIRING_WORDS)
        ? null
        : rng.pick(
            T(
              ctx.language,
              [`${b}; also interviewed and hired new staff`, `${b} and ran recruitment for the team`],
              [`${b}; führte zudem Vorstellungsgespräche`],
              [`${b}; prowadziłam też rekrutację`],
            ),
          );
    case 'training others':
      return saysAnywhere(ctx, TRAINING_WORDS)
        ? null
        : rng.pick(
            T(
              ctx.language,
              [`${b} and trained colleagues on the process`, `${b}; ran workshops for new staff`],
              [`${b} und schulte das Team darin`],
              [`${b} i szkoliłam z tego zespół`],
            ),
          );
    case 'upgraded verb': {
      const w = assistedWork(b);
      if (!w) return null;
      if (w.lang === 'de')
        return `${rng.pick(['Verantwortete', 'Organisierte', 'Koordinierte', 'Übernahm'])} ${w.object}`;
      return `${rng.pick(['Coordinated', 'Ran', 'Organized', 'Handled', 'Owned', 'Took charge of', 'Was responsible for'])} ${w.object}`;
    }
    case 'abroad':
      return saysAnywhere(ctx, ABROAD_WORDS)
        ? null
        : rng.pick(
            T(
              ctx.language,
              [
                `${b} during a six-month assignment in Singapore`,
                `${b} while on an international assignment`,
              ],
              [`${b} während eines Auslandseinsatzes`],
              [`${b} podczas delegacji zagranicznej`],
            ),
          );
    case 'expert level': {
      const x = plainSkill(rng, ctx);
      return (
        x &&
        rng.pick(
          T(
            ctx.language,
            [`${b} as the team's ${x} expert`, `${b} using advanced ${x} skills`],
            [`${b} als ${x}-Experte`],
            [`${b} jako ekspertka ${x}`],
          ),
        )
      );
    }
    default:
      // A misattributed achievement is a letter's or summary's: a bullet already names its role.
      return null;
  }
}

const NINTH_ROUND_SENTENCE_LIES: Record<
  | 'figure in words'
  | 'founding'
  | 'reach'
  | 'employer figure'
  | 'lower-case credential'
  | 'spoken language'
  | 'certified skill'
  | 'recognition'
  | 'published work'
  | 'first of its kind'
  | 'record or reach'
  | 'status'
  | 'budget'
  | 'education detail'
  | 'decade'
  | 'team makeup'
  | 'praise'
  | 'outdoing others'
  | 'frequency'
  | 'all sites'
  | 'audience'
  | 'taken over',
  Lie
> = {
  frequency: (rng, ctx) => {
    const role = expOf(rng, ctx);
    const b = role?.bullets.find((x) => !FREQUENCY_WORDS.test(x));
    if (!role || !b || FREQUENCY_WORDS.test([role.title, ...role.bullets].join(' '))) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          `At ${role.company} I ${lowerFirst(stripDot(b))} every day.`,
          `At ${role.company}, I would ${lowerFirst(stripDot(b))} on a weekly basis.`,
        ],
        [`Bei ${role.company}: ${stripDot(b)}, täglich.`],
        [`W ${role.company} codziennie: ${lowerFirst(stripDot(b))}.`],
      ),
    );
  },
  'all sites': (rng, ctx) => {
    const role = expOf(rng, ctx);
    if (!role || saysAnywhere(ctx, SITES_WORDS)) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          `At ${role.company} I supported every site in the region.`,
          `At ${role.company}, my work covered all branches across the country.`,
        ],
        [`Bei ${role.company} betreute ich alle Standorte der Region.`],
        [`W ${role.company} obsługiwałam wszystkie oddziały w regionie.`],
      ),
    );
  },
  audience: (rng, ctx) => {
    if (saysAnywhere(ctx, AUDIENCE_WORDS)) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          'My clients included celebrities and government ministers.',
          'I regularly worked with high-net-worth clients and VIP guests.',
        ],
        ['Zu meinen Kunden zählten Prominente und Politiker.'],
        ['Wśród moich klientów byli celebryci i politycy.'],
      ),
    );
  },
  'taken over': (rng, ctx) => {
    const role = ctx.profile.experiences.find((e) => ![e.title, ...e.bullets].some(hasScope));
    if (!role || saysAnywhere(ctx, /night|nacht|nocn/iu)) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          `At ${role.company} I went on to lead the night shift.`,
          `At ${role.company}, I took over the running of the night shift.`,
        ],
        [`Bei ${role.company} übernahm ich später die Leitung der Nachtschicht.`],
        [`W ${role.company} objęłam kierownictwo zmiany nocnej.`],
      ),
    );
  },
  'team makeup': (rng, ctx) => {
    if (saysAnywhere(ctx, TEAM_WORDS)) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          'I led a cross-functional team of planners and buyers.',
          'I managed a multidisciplinary team of analysts and architects.',
          'I supervised an international team spread over three sites.',
        ],
        ['Ich leitete ein interdisziplinäres Team.', 'Ich führte ein internationales Team.'],
        ['Kierowałem zespołem międzynarodowym.', 'Zarządzałam interdyscyplinarnym zespołem.'],
      ),
    );
  },
  praise: (rng, ctx) => {
    if (saysAnywhere(ctx, PRAISE_WORDS)) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          'Customers regularly praised my attention to detail.',
          'Colleagues often complimented my calm under pressure.',
          'I received glowing feedback from every manager I worked for.',
        ],
        ['Kunden loben meine Zuverlässigkeit.', 'Ich wurde von Vorgesetzten oft gelobt.'],
        ['Klienci chwalą moją dokładność.', 'Otrzymywałam pochwały od przełożonych.'],
      ),
    );
  },
  'outdoing others': (rng, ctx) => {
    if (saysAnywhere(ctx, OUTDOING_WORDS)) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          'I delivered record results for my team.',
          'I ran the best-performing unit in the company.',
          'My team had the fastest turnaround times in the region.',
        ],
        ['Ich erzielte Rekordergebnisse.', 'Ich hatte die besten Ergebnisse meines Jahrgangs.'],
        ['Osiągnąłem rekordowe wyniki.', 'Miałem najlepsze wyniki w firmie.'],
      ),
    );
  },
  status: (rng, ctx) => {
    if (saysAnywhere(ctx, STATUS_WORDS)) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          'I hold an active Secret security clearance.',
          'I am a US citizen and do not require visa sponsorship.',
          'I am authorized to work in this country without sponsorship.',
          'I have my own car and can start immediately.',
          'I am SC cleared and available to start immediately.',
        ],
        [
          'Ich verfüge über eine Sicherheitsüberprüfung Ü2.',
          'Ich bin ab sofort verfügbar.',
          'Als EU-Bürgerin benötige ich keine Arbeitserlaubnis.',
          'Ich habe ein eigenes Auto und bin sofort verfügbar.',
        ],
        [
          'Posiadam poświadczenie bezpieczeństwa.',
          'Jestem dostępna od zaraz.',
          'Posiadam obywatelstwo polskie i pozwolenie na pracę.',
          'Mam własny samochód i mogę zacząć od zaraz.',
        ],
      ),
    );
  },
  budget: (rng, ctx) => {
    const role = expOf(rng, ctx);
    if (!role || saysAnywhere(ctx, BUDGET_WORDS)) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          `At ${role.company} I owned the P&L for my unit.`,
          `I managed the department budget at ${role.company}.`,
          `At ${role.company} I was responsible for the site budget.`,
        ],
        [
          `Bei ${role.company} hatte ich volle Budgetverantwortung.`,
          `Bei ${role.company} verwaltete ich das Abteilungsbudget.`,
        ],
        [
          `W ${role.company} zarządzałam budżetem działu.`,
          `W ${role.company} odpowiadałam za budżet projektu.`,
        ],
      ),
    );
  },
  'education detail': (rng, ctx) => {
    const edu = ctx.profile.education[0];
    if (!edu || saysAnywhere(ctx, EDUCATION_DETAIL_WORDS)) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          `I graduated from ${edu.institution} with distinction.`,
          `My dissertation at ${edu.institution} looked at this very field.`,
          'During my studies I spent an exchange semester abroad.',
          `My thesis at ${edu.institution} was praised by the faculty.`,
        ],
        [
          `Meine Abschlussarbeit an der ${edu.institution} befasste sich mit diesem Thema.`,
          'Während des Studiums verbrachte ich ein Auslandssemester.',
        ],
        [
          `Moja praca dyplomowa na ${edu.institution} dotyczyła tego tematu.`,
          'W czasie studiów spędziłam semestr na wymianie Erasmus.',
        ],
      ),
    );
  },
  decade: (rng, ctx) => {
    const years = careerYears(ctx);
    if (years >= 9) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          'I bring over a decade of experience.',
          'I have more than a decade of hands-on experience.',
          'My career spans two decades.',
        ],
        [
          'Ich bringe mehr als ein Jahrzehnt Berufserfahrung mit.',
          'Ich habe eine zehnjährige Berufserfahrung.',
        ],
        ['Mam ponad dziesięcioletnie doświadczenie zawodowe.', 'Pracuję w branży od ponad dekady.'],
      ),
    );
  },
  'spoken language': (rng, ctx) => {
    const listed = JSON.stringify(ctx.profile.languages);
    const below = ctx.profile.languages.find((l) => l.fluency && BELOW_NATIVE.test(l.fluency.trim()));
    if (below && rng.chance(0.5))
      return rng.pick(
        T(
          ctx.language,
          [`${below.language} is my mother tongue.`, `I speak ${below.language} like a native speaker.`],
          [`Ich spreche ${below.language} auf muttersprachlichem Niveau.`],
          [`Język ${below.language} jest moim językiem ojczystym.`],
        ),
      );
    const other = OTHER_LANGUAGES.find((l) => !l.names.test(listed));
    if (!other) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          `I also speak fluent ${other.en}.`,
          `I am fluent in ${other.en}, which helps with international clients.`,
        ],
        [`Außerdem spreche ich fließend ${other.de}.`],
        [`Mówię też biegle po ${other.pl}.`],
      ),
    );
  },
  'figure in words': (rng, ctx) => {
    const w = absentCountWord(rng, ctx);
    const mag = absentMagnitude(ctx);
    const options = T(
      ctx.language,
      [
        ...(w
          ? [
              `I have trained ${w} new colleagues on our core processes.`,
              `I coordinated ${w} projects at once.`,
            ]
          : []),
        ...(mag
          ? [`Over the years I have supported ${mag} customers.`, `I have handled ${mag} cases a year.`]
          : []),
      ],
      w ? [`Ich habe ${w} neue Kolleginnen und Kollegen eingearbeitet.`] : [],
      w ? [`Przeszkoliłam ${w} nowych pracowników.`] : [],
    );
    return options.length === 0 ? null : rng.pick(options);
  },
  founding: (rng, ctx) => {
    const e = rng.pick(ctx.profile.experiences.filter(startedNowhere));
    if (!e) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          `At ${e.company}, I founded the team's mentoring program.`,
          `I pioneered a peer-review routine at ${e.company}.`,
          `At ${e.company} I co-founded an internal training academy.`,
        ],
        [`Bei ${e.company} habe ich ein Mentoring-Programm gegründet.`],
        [`W ${e.company} założyłam program mentoringowy.`],
      ),
    );
  },
  reach: (rng, ctx) => {
    const e = rng.pick(ctx.profile.experiences);
    if (!e || profileReaches(ctx.profile)) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          `My checklist at ${e.company} was adopted company-wide.`,
          `At ${e.company}, my process was rolled out nationwide.`,
          `The reporting routine I set up at ${e.company} is now used across the organization.`,
        ],
        [`Mein Verfahren bei ${e.company} wurde unternehmensweit eingeführt.`],
        [`Mój proces w ${e.company} wdrożono w całej firmie.`],
      ),
    );
  },
  'employer figure': (rng, ctx) => {
    const moved = figureOfAnotherRole(rng, ctx);
    if (!moved) return null;
    const b = stripDot(moved.bullet);
    return rng.pick(
      T(
        ctx.language,
        [
          `At ${moved.other.company}, I ${lowerFirst(b)}.`,
          `During my time at ${moved.other.company} I ${lowerFirst(b)}.`,
        ],
        [`Bei ${moved.other.company}: ${b}.`],
        [`W ${moved.other.company}: ${b}.`],
      ),
    );
  },
  'lower-case credential': (rng, ctx) => {
    const x = absentLowerCaseCredential(rng, ctx);
    return (
      x &&
      rng.pick([
        `I am a certified ${x}.`,
        `I hold an active ${x} certification.`,
        `I am board-certified as a ${x}.`,
      ])
    );
  },
  recognition: (rng, ctx) => {
    const role = expOf(rng, ctx);
    if (ctx.language !== 'en' || !role || saysAnywhere(ctx, /top|award|named|employee of/iu)) return null;
    return rng.pick([
      `I was named top performer at ${role.company}.`,
      `At ${role.company} I was a top performer every year.`,
      `I was named Employee of the Year at ${role.company}.`,
    ]);
  },
  'published work': (rng, ctx) => {
    const topic = ctx.profile.skills.technical[0];
    if (
      ctx.language !== 'en' ||
      !topic ||
      saysAnywhere(ctx, /publi|paper|journal|book|talk|conference|speak|present/iu)
    )
      return null;
    return rng.pick([
      `I have published papers on ${topic}.`,
      `I authored a book on ${topic}.`,
      `I speak at industry conferences about ${topic}.`,
      `I gave a talk at a national conference on ${topic}.`,
    ]);
  },
  'first of its kind': (rng, ctx) => {
    const b = expOf(rng, ctx)?.bullets[0];
    if (ctx.language !== 'en' || !b || saysAnywhere(ctx, /first/iu)) return null;
    return rng.pick([
      `I delivered the industry's first solution when I ${lowerFirst(stripDot(b))}.`,
      `My team built a first-ever approach: ${lowerFirst(stripDot(b))}.`,
    ]);
  },
  'record or reach': (rng, ctx) => {
    const role = expOf(rng, ctx);
    if (
      ctx.language !== 'en' ||
      !role ||
      saysAnywhere(ctx, /record|zero|incident|complaint|largest|entire|region/iu)
    )
      return null;
    return rng.pick([
      `At ${role.company} I kept a perfect safety record.`,
      `I was responsible for the entire western region at ${role.company}.`,
      `At ${role.company} I handled the company's largest account.`,
      `My team at ${role.company} finished every quarter with zero customer complaints.`,
    ]);
  },
  'certified skill': (rng, ctx) => {
    const x = uncertifiedSkill(rng, ctx);
    return x && rng.pick([`I hold a ${x} certification.`, `I am ${x}-certified.`, `I am certified in ${x}.`]);
  },
};

/** A bullet with a ninth-round lie, or null when it does not apply. */
function ninthRoundBulletLie(
  rng: Rng,
  ctx: WritingContext,
  b: string,
  item: ProfileContent['experiences'][number] | undefined,
  kind: (typeof FABRICATION_KINDS)[number],
): string | null {
  switch (kind) {
    case 'figure in words': {
      const m = /(?<![\d.,$€£%])\b(\d{1,3})\b(?![\d.,%])/u.exec(b);
      if (m) {
        const w = absentCountWord(rng, ctx, [Number(m[1])]);
        return w && b.slice(0, m.index) + w + b.slice(m.index + (m[1] as string).length);
      }
      const mag = absentMagnitude(ctx);
      return mag && rng.pick([`${b} for ${mag} clients`, `${b}, serving ${mag} customers`]);
    }
    case 'founding':
      if (!item || !startedNowhere(item)) return null;
      return rng.pick(
        T(
          ctx.language,
          [`Founded the initiative to ${lowerFirst(b)}`, `Pioneered the approach: ${lowerFirst(b)}`],
          [`Gründete die Initiative: ${b}`],
          [`Założyłam inicjatywę: ${lowerFirst(b)}`],
        ),
      );
    case 'reach':
      if (profileReaches(ctx.profile)) return null;
      return rng.pick(
        T(
          ctx.language,
          [`${b}, adopted company-wide`, `${b} across the whole organization`, `${b}, rolled out nationwide`],
          [`${b}, unternehmensweit eingeführt`],
          [`${b}, wdrożone w całej firmie`],
        ),
      );
    case 'lower-case credential': {
      const x = absentLowerCaseCredential(rng, ctx);
      return x && `${b} as a certified ${x}`;
    }
    case 'certified skill': {
      const x = uncertifiedSkill(rng, ctx);
      return x && `${b} as a ${x}-certified practitioner`;
    }
    case 'recognition':
      return ctx.language !== 'en' || saysAnywhere(ctx, /top|award|named|employee of/iu)
        ? null
        : `${b}, earning top performer recognition`;
    case 'first of its kind':
      return ctx.language !== 'en' || saysAnywhere(ctx, /first/iu) ? null : `${b}, an industry-first`;
    case 'status':
      return saysAnywhere(ctx, STATUS_WORDS)
        ? null
        : rng.pick(
            T(
              ctx.language,
              [`${b} while holding an active Secret clearance`, `${b} (SC cleared)`],
              [`${b} (mit Sicherheitsüberprüfung Ü2)`],
              [`${b} (posiadam poświadczenie bezpieczeństwa)`],
            ),
          );
    case 'budget':
      return saysAnywhere(ctx, BUDGET_WORDS)
        ? null
        : rng.pick(
            T(
              ctx.language,
              [`${b}, owning the unit's P&L`, `${b} while managing the department budget`],
              [`${b}, mit voller Budgetverantwortung`],
              [`${b}, zarządzając budżetem działu`],
            ),
          );
    case 'team makeup':
      return ctx.language !== 'en' || saysAnywhere(ctx, TEAM_WORDS)
        ? null
        : `${b}, leading a cross-functional team of planners and buyers`;
    case 'praise':
      return ctx.language !== 'en' || saysAnywhere(ctx, PRAISE_WORDS)
        ? null
        : `${b}; customers praised the result`;
    case 'outdoing others':
      return ctx.language !== 'en' || saysAnywhere(ctx, OUTDOING_WORDS)
        ? null
        : `${b}, delivering record results`;
    case 'record or reach':
      return ctx.language !== 'en' ||
        saysAnywhere(ctx, /record|zero|incident|complaint|largest|entire|region/iu)
        ? null
        : rng.pick([`${b} with zero safety incidents`, `${b} for the entire region`]);
    case 'frequency':
      return !item || FREQUENCY_WORDS.test([item.title, ...item.bullets].join(' '))
        ? null
        : rng.pick(
            T(
              ctx.language,
              [`${b} on a daily basis`, `${b} every week`, `Quarterly, ${lowerFirst(b)}`],
              [`${b}, täglich`, `Wöchentlich: ${b}`],
              [`${b} codziennie`, `Co tydzień: ${lowerFirst(b)}`],
            ),
          );
    case 'all sites':
      return saysAnywhere(ctx, SITES_WORDS)
        ? null
        : rng.pick(
            T(
              ctx.language,
              [`${b} across all stores in the district`, `${b} for every site in the group`],
              [`${b} in allen Filialen`],
              [`${b} we wszystkich oddziałach`],
            ),
          );
    case 'audience':
      return saysAnywhere(ctx, AUDIENCE_WORDS)
        ? null
        : rng.pick(
            T(
              ctx.language,
              [`${b} for celebrity clients`, `${b} for high-net-worth clients`, `${b}, serving royalty`],
              [`${b} für prominente Kunden`],
              [`${b} dla celebrytów`],
            ),
          );
    case 'taken over':
      return !item || [item.title, ...item.bullets].some(hasScope) || saysAnywhere(ctx, /night|nacht|nocn/iu)
        ? null
        : rng.pick(
            T(
              ctx.language,
              [
                `${b}; went on to lead the night shift`,
                `${b}, then took over the running of the night shift`,
              ],
              [`${b}; übernahm danach die Leitung der Nachtschicht`],
              [`${b}; następnie objąłem kierownictwo zmiany nocnej`],
            ),
          );
    default:
      // 'employer figure', 'spoken language', 'education detail' and 'decade' are a letter's or summary's: a bullet already names its role,
      // and no bullet says which languages one speaks.
      return null;
  }
}

/** Fabricated sentences, one kind each, for summaries and letters. */
const SENTENCE_LIES: Record<FabricationKind, Lie> = {
  employer: (rng, ctx) => {
    const co = pickAbsent(rng, ctx, FAKE_EMPLOYERS);
    const b = expOf(rng, ctx)?.bullets[0];
    if (!co) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          `Earlier in my career I worked at ${co}.`,
          `I also spent time with ${co}, where I ${lowerFirst(stripDot(b ?? 'supported daily operations'))}.`,
          `My time at ${co} taught me to work under pressure.`,
          `I joined ${co} as a contractor for a large project.`,
          `Clients such as ${co} relied on my work.`,
          `Prior to my current role, I was a consultant for ${co}.`,
          `Having worked with ${co} on a two-year engagement, I understand large programs.`,
          `I started my career at ${co}.`,
          `${co} hired me to stabilise their operations.`,
        ],
        [`Zuvor war ich bei ${co} beschäftigt.`, `Bei ${co} habe ich wertvolle Erfahrungen gesammelt.`],
        [`Wcześniej pracowałem w firmie ${co}.`, `W ${co} zdobyłem cenne doświadczenie.`],
      ),
    );
  },
  title: (rng, ctx) => {
    const e = expOf(rng, ctx);
    if (!e) return null;
    const up = upgradedTitle(rng, e.title);
    return rng.pick(
      T(
        ctx.language,
        [
          `In my role as ${up} at ${e.company}, I set priorities for the whole unit.`,
          `As ${up}, I was trusted with the most complex cases.`,
          `I was promoted to ${up} at ${e.company}.`,
          `I currently serve as ${up.toLowerCase()} at ${e.company}.`,
          `My experience as a ${up.toLowerCase()} prepared me for this role.`,
          `Promoted to ${up} in ${(year(e.startDate) ?? 2019) + 1}, I took on more responsibility.`,
          `Since becoming ${up} at ${e.company}, I have set the unit's priorities.`,
          `I hold the title of ${up} at ${e.company}.`,
          `${e.company} appointed me ${up} after my first year.`,
        ],
        [`Als ${up} bei ${e.company} habe ich Verantwortung übernommen.`, `Ich wurde zum ${up} befördert.`],
        [`Jako ${up} w ${e.company} odpowiadałem za kluczowe zadania.`, `Awansowałem na stanowisko ${up}.`],
      ),
    );
  },
  'target title': (rng, ctx) => {
    const e = ctx.profile.experiences[0];
    const t = ctx.job.title;
    if (!e || !absentFromProfile(ctx.profile, t)) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          `In my role as ${t} at ${e.company}, I handle this work every day.`,
          `As ${t} at ${e.company}, I already do what this job asks.`,
          `I have worked as a ${t.toLowerCase()} for several years.`,
          `I currently hold the position of ${t} at ${e.company}.`,
          `I already work as ${t} at ${e.company}.`,
          `As the ${t} at ${e.company}, I handle the duties you list.`,
          `My current title at ${e.company} is ${t}.`,
        ],
        [`Als ${t} bei ${e.company} kenne ich diese Aufgaben.`],
        [`Jako ${t} w ${e.company} wykonuję te zadania na co dzień.`],
      ),
    );
  },
  institution: (rng, ctx) => {
    const u = pickAbsent(rng, ctx, FAKE_INSTITUTIONS);
    if (!u) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          `I studied at ${u}.`,
          `I completed an executive program at ${u}.`,
          `My training at ${u} shaped how I approach problems.`,
          `I am an alumna of ${u}.`,
          `I graduated from ${u} with honours.`,
          `Coursework at ${u} covered the methods this role needs.`,
        ],
        [`Ich habe an der ${u} studiert.`],
        [`Studiowałem na ${u}.`],
      ),
    );
  },
  degree: (rng, ctx) => {
    const d = rng.pick(FAKE_DEGREES_EN);
    const level = /master|mba|m\.sc/iu.test(d) ? 'master' : /phd|doctorate/iu.test(d) ? 'doctor' : 'bachelor';
    const have = JSON.stringify(ctx.profile.education).toLowerCase();
    if (level === 'master' && /master|magister|mba|msc|m\.sc/u.test(have)) return null;
    if (level === 'bachelor' && /mechanical/u.test(have)) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          `I hold ${d}.`,
          `I earned ${d} while working full time.`,
          `After finishing ${d}, I moved into this field.`,
          `I recently completed ${d}.`,
          `With ${d}, I bring strong analytical grounding.`,
          `My ${d.replace(/^an? /u, '')} taught me to think in systems.`,
        ],
        [
          `Ich habe einen Master of Business Administration (MBA) abgeschlossen.`,
          `Ich bin promovierte Ingenieurin (Dr.-Ing.).`,
        ],
        [`Posiadam tytuł doktora nauk technicznych.`, `Ukończyłem studia MBA.`],
      ),
    );
  },
  certification: (rng, ctx) => {
    const c = pickAbsent(rng, ctx, FAKE_CERTS);
    if (!c) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          `I hold the ${c} certification.`,
          `I am ${c}-certified.`,
          `I earned my ${c} certificate last year.`,
          `As a certified ${c}, I follow best practice.`,
          `I am licensed as a ${c}.`,
          `I passed the ${c} exam in ${ctx.today.getUTCFullYear() - 2}.`,
          `Holding a current ${c} credential, I keep my practice up to date.`,
          `I recently became ${c} certified.`,
        ],
        [`Ich bin zertifizierte ${c}.`, `Ich besitze die ${c}-Zertifizierung.`],
        [`Posiadam certyfikat ${c}.`, `Jestem certyfikowanym ${c}.`],
      ),
    );
  },
  'eligible licence': (rng, ctx) => {
    const x = eligibleOnly(ctx.profile, rng);
    if (!x) return null;
    return rng.pick([
      `I am a licensed ${x}.`,
      `As a ${x}, I bring rigor to every close.`,
      `I hold an active ${x} license.`,
      `I am a ${x} with audit experience.`,
      `My ${x} credential supports the work.`,
    ]);
  },
  award: (rng, ctx) => {
    const a = pickAbsent(rng, ctx, FAKE_AWARDS);
    const e = expOf(rng, ctx);
    if (!a || !e) return null;
    const y = (year(e.startDate) ?? 2020) + 1;
    return rng.pick(
      T(
        ctx.language,
        [
          `I was named ${a} at ${e.company} in ${y}.`,
          `My work earned the ${a}.`,
          `I received the ${a} for my results.`,
          `I was honored with a regional excellence award.`,
          `I won first prize in a statewide competition.`,
          `My team recognized me with the ${a}.`,
          `Leadership recognized my results with a company-wide award.`,
          `I was nominated for the ${a} two years in a row.`,
          `My project took first place in a national competition.`,
          `I earned a spot on the Dean's List every semester.`,
        ],
        [`Ich wurde mit dem ${a} ausgezeichnet.`, `Für meine Arbeit erhielt ich einen Preis.`],
        [`Otrzymałem nagrodę ${a}.`, `Zostałem wyróżniony nagrodą dla najlepszego pracownika.`],
      ),
    );
  },
  date: (rng, ctx) => {
    const e = expOf(rng, ctx);
    if (!e) return null;
    const y = wrongYear(rng, ctx, e);
    return rng.pick(
      T(
        ctx.language,
        [
          `I joined ${e.company} in ${y}.`,
          `I have been with ${e.company} since ${y}.`,
          `From ${y} to ${y + 2} I worked at ${e.company}.`,
          `In ${y}, I started as a ${e.title} at ${e.company}.`,
          `My time at ${e.company} began in ${y}.`,
          `Between ${y} and ${y + 1}, I was at ${e.company}.`,
          `${e.company} (${y}–${y + 3}) taught me the basics.`,
        ],
        [`Seit ${y} arbeite ich bei ${e.company}.`],
        [`Od ${y} roku pracuję w ${e.company}.`],
      ),
    );
  },
  duration: (rng, ctx) => {
    const e = expOf(rng, ctx);
    const total = careerYears(ctx);
    const n = Math.ceil(total) + 2 + rng.int(5);
    if (!e) return null;
    const m = Math.ceil(roleYears(ctx, e)) + 2 + rng.int(3);
    return rng.pick(
      T(
        ctx.language,
        [
          `I bring ${n} years of experience to this role.`,
          `I spent ${m} years at ${e.company}.`,
          `With more than ${n} years in the field, I know the work.`,
          `I have over a decade of experience.`.replace('a decade', total < 9 ? 'a decade' : 'two decades'),
          `For ${m} years I worked as a ${e.title}.`,
          `My ${m} years at ${e.company} taught me a great deal.`,
          `After ${m} years with ${e.company}, I know the work inside out.`,
          `I have spent nearly ${n} years in this profession.`,
        ],
        [`Ich bringe ${n} Jahre Berufserfahrung mit.`, `Ich war ${m} Jahre bei ${e.company} tätig.`],
        [`Mam ${n} lat doświadczenia.`, `Przez ${m} lat pracowałem w ${e.company}.`],
      ),
    );
  },
  'invented metric': (rng, ctx) => {
    const e = expOf(rng, ctx);
    const n = 17 + rng.int(60);
    return rng.pick(
      T(
        ctx.language,
        [
          `In my current role I improved team productivity by ${n}%.`,
          `I saved my employer $${n * 3},000 a year.`,
          `I handled more than ${n * 10} cases a month.`,
          `I ranked #1 among ${n} peers in my region.`,
          `I tripled the output of my unit.`,
          `At ${e?.company ?? 'work'}, I cut costs by ${n} percent.`,
          `I doubled customer satisfaction scores.`,
          `I trained ${n} colleagues on new procedures.`,
          `My changes lifted throughput by ${n} percent within a quarter.`,
          `I managed a budget of $${n}M.`,
          `I consistently ranked in the top ${Math.max(1, n % 10)}% of my peers.`,
          `I served over ${n * 100} customers a year.`,
        ],
        [`Ich habe die Produktivität um ${n} % gesteigert.`, `Ich habe jährlich ${n * 3}.000 € eingespart.`],
        [`Zwiększyłem wydajność zespołu o ${n}%.`, `Zaoszczędziłem firmie ${n * 3} 000 zł rocznie.`],
      ),
    );
  },
  'inflated metric': (rng, ctx) => {
    const withNumber = ctx.profile.experiences.flatMap((e) =>
      e.bullets.filter((b) => /\d/u.test(b)).map((b) => ({ e, b })),
    );
    if (withNumber.length === 0) return null;
    const { e, b } = rng.pick(withNumber);
    const inflated = inflate(rng, b);
    if (inflated === null) return null;
    return rng.pick(
      T(
        ctx.language,
        [
          `At ${e.company}, I ${lowerFirst(stripDot(inflated))}.`,
          `For example, I ${lowerFirst(stripDot(inflated))}.`,
        ],
        [`Bei ${e.company}: ${stripDot(inflated)}.`],
        [`W ${e.company}: ${stripDot(inflated)}.`],
      ),
    );
  },
  'job tool': (rng, ctx) => {
    const t = jobTool(rng, ctx);
    return t === null ? null : toolSentence(rng, ctx, t);
  },
  'other tool': (rng, ctx) => {
    const t = pickAbsent(rng, ctx, FAKE_TOOLS);
    return t === null ? null : toolSentence(rng, ctx, t);
  },
  scope: (rng, ctx) => {
    if (profileHasScope(ctx.profile)) return null;
    const e = expOf(rng, ctx);
    const b = e?.bullets.find((x) => !/\d/u.test(x)) ?? e?.bullets[0];
    if (!e || !b) return null;
    const rest = lowerFirst(stripDot(b.split(' ').slice(1).join(' ')));
    return rng.pick(
      T(
        ctx.language,
        [
          `At ${e.company}, I spearheaded the effort to improve ${rest}.`,
          `I championed the rollout of new ${rest}.`,
          `I drove the change that improved ${rest}.`,
          `I headed the unit's work on ${rest}.`,
          `I led the team responsible for ${rest}.`,
          `I managed the department at ${e.company}.`,
          `I supervised a team of ${4 + rng.int(20)} colleagues.`,
          `I took charge of the whole ${rest.split(' ').slice(-1)[0] ?? 'unit'} and directed its work.`,
          `I steered the team through a major change.`,
          `I oversaw ${4 + rng.int(20)} staff across two sites.`,
        ],
        [
          `Bei ${e.company} leitete ich ein Team von ${4 + rng.int(9)} Personen.`,
          `Ich verantwortete die Abteilung.`,
        ],
        [`W ${e.company} kierowałem zespołem ${4 + rng.int(9)} osób.`, `Zarządzałem całym działem.`],
      ),
    );
  },
  ...NINTH_ROUND_SENTENCE_LIES,
  ...FOURTEENTH_ROUND_SENTENCE_LIES,
  ...FIFTEENTH_ROUND_SENTENCE_LIES,
};

function toolSentence(rng: Rng, ctx: WritingContext, t: string): string {
  return rng.pick(
    T(
      ctx.language,
      [
        `I use ${t} every day.`,
        `I am proficient in ${t}.`,
        `I have hands-on experience with ${t}.`,
        `I built reports in ${t} for my team.`,
        `I migrated our workflows to ${t}.`,
        `My toolkit includes ${t}.`,
        `Day to day, I rely on ${t} to get the work done.`,
        `I set up ${t} for my department.`,
        `${t} is part of my daily workflow.`,
        `I am an advanced ${t} user.`,
      ],
      [`Ich arbeite täglich mit ${t}.`, `Ich habe fundierte Kenntnisse in ${t}.`],
      [`Na co dzień pracuję w ${t}.`, `Bardzo dobrze znam ${t}.`],
    ),
  );
}

/** A bullet with its first figure raised, in the same notation. */
function inflate(rng: Rng, text: string): string | null {
  const m = /(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?/u.exec(text);
  if (!m) return null;
  const raw = m[0];
  const value = Number(raw.replace(/,/gu, ''));
  if (value >= 1900 && value <= 2100) return null;
  let bigger: string;
  if (m[2]) {
    const frac = m[2].length - 1;
    const v = value + (value >= 99 ? (0.1 * (1 + rng.int(3))) / 10 ** (frac - 1) : 1 + rng.int(9));
    bigger = v.toFixed(frac);
    if (Number(bigger) === value) return null;
  } else {
    const v = value < 10 ? value + 2 + rng.int(6) : Math.round(value * (1.5 + rng.next()));
    bigger = raw.includes(',') ? v.toLocaleString('en-US') : String(v);
  }
  return text.slice(0, m.index) + bigger + text.slice(m.index + raw.length);
}

/** A fabricated sentence of the given kind, or null when it does not apply to this profile. */
export function lieSentence(rng: Rng, ctx: WritingContext, kind: FabricationKind): string | null {
  return SENTENCE_LIES[kind](rng, ctx);
}

/** A fabricated skills sentence: the profile's skills with one it lacks slipped in. */
export function lieSkills(rng: Rng, ctx: WritingContext): { kind: FabricationKind; text: string } | null {
  const s = ctx.profile.skills;
  const real = [...s.technical, ...s.tools].slice(0, 3);
  const kind = rng.pick<FabricationKind>(['job tool', 'other tool', 'certification', 'expert level']);
  if (kind === 'expert level') {
    const x = plainSkill(rng, ctx);
    if (!x) return null;
    const marked = real.map((r) =>
      r === x
        ? rng.pick(
            T(
              ctx.language,
              [`${r} (expert)`, `advanced ${r}`],
              [`${r} (Expertenniveau)`, `${r} (fortgeschritten)`],
              [`${r} (poziom ekspercki)`, `${r} (zaawansowany)`],
            ),
          )
        : r,
    );
    if (!real.includes(x))
      marked.push(
        rng.pick(
          T(
            ctx.language,
            [`${x} (expert level)`, `advanced ${x}`],
            [`${x} (Expertenniveau)`],
            [`${x} (poziom ekspercki)`],
          ),
        ),
      );
    const joined = marked.join(', ');
    return {
      kind,
      text: rng.pick(
        T(
          ctx.language,
          [`My core skills include ${joined}.`, `Key skills: ${joined}.`],
          [`Zu meinen Kernkompetenzen gehören ${joined}.`],
          [`Moje kluczowe umiejętności to ${joined}.`],
        ),
      ),
    };
  }
  const fake =
    kind === 'job tool'
      ? jobTool(rng, ctx)
      : kind === 'other tool'
        ? pickAbsent(rng, ctx, FAKE_TOOLS)
        : pickAbsent(rng, ctx, FAKE_CERTS);
  if (!fake) return null;
  const list = [...real];
  list.splice(rng.int(list.length + 1), 0, fake);
  const joined = list.join(', ');
  return {
    kind,
    text: rng.pick(
      T(
        ctx.language,
        [`My core skills include ${joined}.`, `Key skills: ${joined}.`, `I work confidently with ${joined}.`],
        [`Zu meinen Kernkompetenzen gehören ${joined}.`],
        [`Moje kluczowe umiejętności to ${joined}.`],
      ),
    ),
  };
}

/** A bullet with one fabrication of the given kind, or null when it does not apply. */
export function lieBullet(
  rng: Rng,
  ctx: WritingContext,
  bullet: string,
  kind: FabricationKind,
): string | null {
  const b = stripDot(bullet);
  const en = ctx.language === 'en';
  const item = ctx.profile.experiences.find((e) => e.bullets.includes(bullet));
  if (
    kind === 'figure in words' ||
    kind === 'founding' ||
    kind === 'reach' ||
    kind === 'employer figure' ||
    kind === 'lower-case credential' ||
    kind === 'spoken language' ||
    kind === 'certified skill' ||
    kind === 'recognition' ||
    kind === 'published work' ||
    kind === 'first of its kind' ||
    kind === 'record or reach' ||
    kind === 'status' ||
    kind === 'budget' ||
    kind === 'education detail' ||
    kind === 'decade' ||
    kind === 'team makeup' ||
    kind === 'praise' ||
    kind === 'outdoing others' ||
    kind === 'frequency' ||
    kind === 'all sites' ||
    kind === 'audience' ||
    kind === 'taken over'
  )
    return ninthRoundBulletLie(rng, ctx, b, item, kind);
  if ((FOURTEENTH_ROUND_KINDS as readonly string[]).includes(kind))
    return fourteenthRoundBulletLie(rng, ctx, b, item, kind as FourteenthRoundKind);
  if ((FIFTEENTH_ROUND_KINDS as readonly string[]).includes(kind))
    return fifteenthRoundBulletLie(rng, ctx, b, item, kind as FifteenthRoundKind);
  switch (kind) {
    case 'employer': {
      const co = pickAbsent(rng, ctx, FAKE_EMPLOYERS);
      return (
        co &&
        rng.pick([
          `${b} for ${co}`,
          `${b} at ${co}`,
          `${b} as a contractor with ${co}`,
          `Partnered with ${co} to deliver this: ${lowerFirst(b)}`,
        ])
      );
    }
    case 'title':
      return item
        ? rng.pick([
            `As ${upgradedTitle(rng, item.title)}, ${lowerFirst(b)}`,
            `${b}; promoted to ${upgradedTitle(rng, item.title)}`,
          ])
        : null;
    case 'target title':
      return absentFromProfile(ctx.profile, ctx.job.title) ? `As ${ctx.job.title}, ${lowerFirst(b)}` : null;
    case 'institution': {
      const u = pickAbsent(rng, ctx, FAKE_INSTITUTIONS);
      return u && `${b} in partnership with ${u}`;
    }
    case 'degree':
      return en
        ? `${b} while completing ${rng.pick(FAKE_DEGREES_EN.filter((d) => !/bachelor/u.test(d)))}`
        : null;
    case 'certification': {
      const c = pickAbsent(rng, ctx, FAKE_CERTS);
      return c && rng.pick([`${b} as a ${c}-certified specialist`, `${b}, holding the ${c} certification`]);
    }
    case 'eligible licence': {
      const x = eligibleOnly(ctx.profile, rng);
      return x && rng.pick([`${b} as a licensed ${x}`, `${b} as the team's ${x}`]);
    }
    case 'award': {
      const a = pickAbsent(rng, ctx, FAKE_AWARDS);
      return a && rng.pick([`${b}, earning the ${a}`, `${b}; named ${a}`, `${b}, which won a company award`]);
    }
    case 'date': {
      if (!item) return null;
      const y = wrongYear(rng, ctx, item);
      return rng.pick([`${b} in ${y}`, `In ${y}, ${lowerFirst(b)}`, `${b} (${y}–${y + 1})`]);
    }
    case 'duration': {
      if (!item) return null;
      const n = Math.ceil(roleYears(ctx, item)) + 2 + rng.int(4);
      return rng.pick([`${b} over ${n} years`, `${b} for ${n} years running`]);
    }
    case 'invented metric': {
      if (/\d/u.test(b)) return null;
      const n = 12 + rng.int(70);
      return rng.pick([
        `${b}, improving efficiency by ${n}%`,
        `${b}, saving $${n}K a year`,
        `${b} for ${n * 3} clients`,
        `${b}, ranked #1 of ${n} teams`,
        `${b}, cutting errors ${2 + rng.int(3)}x`,
      ]);
    }
    case 'inflated metric':
      return inflate(rng, b);
    case 'job tool': {
      const t = jobTool(rng, ctx);
      return t && rng.pick([`${b} using ${t}`, `${b} in ${t}`, `${b} with ${t}`]);
    }
    case 'other tool': {
      const t = pickAbsent(rng, ctx, FAKE_TOOLS);
      return t && rng.pick([`${b} using ${t}`, `${b} in ${t}`, `${b} and automated the follow-up in ${t}`]);
    }
    case 'scope': {
      if (!item || [item.title, ...item.bullets].some(hasScope) || !en) return null;
      const rest = b.split(' ').slice(1).join(' ');
      const verb = rng.pick([
        'Spearheaded',
        'Led',
        'Headed',
        'Directed',
        'Championed',
        'Drove',
        'Oversaw',
        'Supervised',
      ]);
      return rng.pick([
        `${verb} the effort to ${lowerFirst(b)}`,
        `${verb} ${rest}`,
        `${b}, leading a team of ${3 + rng.int(10)}`,
      ]);
    }
    default:
      return null;
  }
}
