/**
 * Builds packages/domain/src/jobs/vocabulary.generated.ts from open data on disk:
 *   - O*NET 29.3 Technology Skills (CC BY 4.0), every occupation's examples (923 occupations, 8,775 names):
 *     all flagged Hot or In Demand; those named for at least 3 occupations (a single plain word only from 6,
 *     where it is plainly a product and not a word of the language); product names that cannot be read as an
 *     ordinary word (inner capitals, digits, "+": MailChimp, GibbsCAM, Sage 100, Charm++) from any
 *     occupation, so the tools of a single trade are known too; and the commodity classes that end in an
 *     acronym (CRM, ERP, POS, MES). Vendor prefixes and trailing acronyms become aliases ("Amazon Web
 *     Services AWS" → AWS). Task statements are sentences, not names: they are not mined (a term taken from
 *     them would be a guess, and a guessed keyword is worse than a missing one).
 *   - linguist-languages (MIT): programming languages that O*NET also names, plus popular ones.
 *
 * The obscure rest (about 4,000 vendor-prefixed products named for one or two occupations, "Smart Equipment
 * Repair") stays out: it would triple the file and add nothing a posting writes.
 * Run: npx tsx scripts/build-vocabulary.ts [dataDir]   (default: ../shared/data relative to the repo root)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join, resolve } from 'node:path';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = resolve(process.argv[2] ?? join(repoRoot, '..', 'shared', 'data'));
const outFile = join(repoRoot, 'packages/domain/src/jobs/vocabulary.generated.ts');

// A maintainer's tool: the O*NET and Linguist data are not in the repository (the generated file is).
if (!existsSync(join(dataDir, 'taxonomy'))) {
  console.error(
    `build-vocabulary: no taxonomy data at ${join(dataDir, 'taxonomy')}; pass the data folder as the first argument`,
  );
  process.exit(1);
}

const MIN_OCCUPATIONS = 3;
// A one-word name that reads as a word of the language ("Mathematical", "Squeegee") needs more evidence.
const MIN_OCCUPATIONS_PLAIN_WORD = 6;
const MIN_DISTINCTIVE_LENGTH = 4;

/**
 * A product name nobody writes as an ordinary word: inner capitals, digits or "+" (MailChimp, Mastercam X,
 * Sage 100). All capitals is no proof ("CLAIMS", "CASE", "COMPARE" are O*NET product names too).
 */
function distinctive(name: string): boolean {
  if (name.length < MIN_DISTINCTIVE_LENGTH || name.split(' ').length > 3 || /^[A-Z0-9\W]+$/.test(name))
    return false;
  return /\p{Ll}\p{Lu}|\d|\+/u.test(name);
}

/**
 * Whether a cleaned O*NET example name earns a place in the vocabulary: 'any' (matched in any case, as
 * postings write "Quickbooks" or "QuickBooks"), 'spelling' (kept only for its spelling, so matched only as
 * spelled: "ImPACT" must not match "impact"), or false.
 */
function keep(name: string, occupations: number, hot: boolean): 'any' | 'spelling' | false {
  if (hot || occupations >= MIN_OCCUPATIONS_PLAIN_WORD) return 'any';
  // Several words, each a name or a plain noun phrase ("General ledger", "Oracle Siebel"): short ones only.
  if (name.includes(' ') && occupations >= MIN_OCCUPATIONS && name.split(' ').length <= 4) return 'any';
  return distinctive(name) ? 'spelling' : false;
}
const VENDORS = [
  'Microsoft',
  'Oracle',
  'Apache',
  'IBM',
  'Adobe',
  'Google',
  'Amazon',
  'Atlassian',
  'Autodesk',
  'The MathWorks',
  'SAP',
  'Intuit',
  'Apple',
  'Salesforce',
  'Cisco',
  'VMware',
  'Red Hat',
  'Dassault Systemes',
  'Bentley',
  'ESRI',
  'Hewlett Packard',
  'Meta',
  'Facebook',
  'Epic Systems',
  'Eclipse',
  'Kronos',
  'Henry Schein',
  'Blackbaud',
  'Sage',
  'Tableau',
  'Alteryx',
];
// Remainders too generic to stand alone once the vendor is stripped ("Microsoft Project" ≠ "project").
const GENERIC = new Set(
  [
    'access',
    'project',
    'word',
    'teams',
    'office',
    'outlook',
    'windows',
    'forms',
    'publisher',
    'edge',
    'docs',
    'sheets',
    'slides',
    'drive',
    'analytics',
    'cloud',
    'dynamics',
    'visual studio',
    'live',
    'notes',
    'mail',
    'calendar',
    'search',
    'maps',
    'pay',
    'safari',
    'chrome',
    'hive',
    'pig',
    'ant',
    'spark',
    'software',
    'suite',
    'server',
    'database',
    'systems',
    'workforce',
    'workforce timekeeper',
    'business objects',
    'director',
    'audition',
    'flex',
    'arc',
    'click',
    'cool',
    'crystal',
    'genie',
    'just',
    'max',
    'metal',
    'move',
    'pan',
    'red',
    'reason',
    'ring',
    'processing',
    'presentation',
    'productivity',
    'simulation',
    'spreadsheet',
    'statistical',
    'tape',
    'tax',
    'graphics',
    'mapping',
    'email',
    'reporting',
    'recordkeeping',
    'scheduling',
    'timekeeping',
    'sites',
    'meet',
    'classroom',
    'workspace',
    'inventor',
    'maya',
    'fluent',
    'exchange',
    'clarity',
    'blink',
    'eko',
    'loom',
    'basic',
    'less',
    'scheme',
    'lean',
    'billing',
    'payroll',
    'purchasing',
    'middleware',
    'jersey',
    'ats',
    'asl',
    'pms',
    'tms',
    'his',
    'lis',
    'sis',
    'gda',
    'ncl',
    'nips',
    'ods',
    'oms',
    'hms',
    'mis',
    'san',
    'sip',
    'blast',
    'canu',
    'domino',
    'progress',
    'apples',
    'cake',
    'inc',
    'node',
    'rake',
    'posh',
    'octave',
    'igor',
    'rusthon',
    'sarif',
    'vhs',
    'tadpoles',
    'genie',
    'mojo',
    'pascal',
    'ide',
    'sage',
    'concur',
    'bamboo',
    'twitter',
    'instagram',
    'facebook',
    'youtube',
    'linkedin',
    'tiktok',
    'zoom',
    'skype',
    'gmail',
    'slack',
    'facetime',
    'evernote',
    'dropbox',
    'groupme',
    'android',
  ].map((s) => s.toLowerCase()),
);
// Popular languages kept even if O*NET never names them.
const POPULAR_LANGUAGES = new Set([
  'Python',
  'Java',
  'JavaScript',
  'TypeScript',
  'C',
  'C++',
  'C#',
  'Go',
  'Rust',
  'Kotlin',
  'Swift',
  'Ruby',
  'PHP',
  'Scala',
  'R',
  'Perl',
  'Haskell',
  'Elixir',
  'Erlang',
  'Clojure',
  'Dart',
  'Julia',
  'Lua',
  'Objective-C',
  'F#',
  'OCaml',
  'Groovy',
  'Fortran',
  'COBOL',
  'MATLAB',
  'PowerShell',
  'Shell',
  'Solidity',
  'Zig',
  'Visual Basic .NET',
  'Assembly',
  'SQL',
  'PLSQL',
  'TSQL',
  'HTML',
  'CSS',
  'SCSS',
  'Sass',
  'Less',
  'GraphQL',
  'YAML',
  'JSON',
  'XML',
  'Markdown',
  'Dockerfile',
  'HCL',
  'Terraform',
  'Vue',
  'Svelte',
  'WebAssembly',
  'ABAP',
  'Apex',
  'VBA',
  'SAS',
  'Stata',
]);

const LANGUAGE_ALIASES = new Set([
  'golang',
  'csharp',
  'fsharp',
  'objective-c',
  'objc',
  'objectivec',
  'delphi',
  'pwsh',
  'vb.net',
  'vbnet',
  'plsql',
  'tsql',
  'aspx',
  'xhtml',
  'rscript',
  'opentofu',
]);

interface Term {
  name: string;
  aliases: Set<string>;
  /** Forms matched only as spelled (a product's last word, "VirusScan"; the names kept for their spelling). */
  spelled: Set<string>;
  bySpelling: boolean;
  occupations: number;
  hot: boolean;
}

function cleanName(raw: string): { name: string; aliases: string[]; spelled: string[] } {
  let name = raw.replace(/\s+/g, ' ').trim();
  const aliases: string[] = [];
  const spelled: string[] = [];
  if (/ software$/i.test(name) && name.split(' ').length > 1) {
    aliases.push(name);
    name = name.replace(/ software$/i, '');
  }
  // Trailing acronym after a spelled-out name: "Structured query language SQL" → SQL (+ the long form).
  const acr = /^(.*\S)\s+([A-Z][A-Z0-9]{1,6})$/.exec(name);
  if (acr && acr[1] && acr[2] && acr[1].split(' ').length >= 2) {
    const initials = acr[1]
      .split(/[\s-]+/)
      .map((w) => w[0]?.toUpperCase())
      .join('');
    if (initials.includes(acr[2][0] ?? '') && acr[2].length >= 2) {
      aliases.push(acr[1], name);
      name = acr[2];
    }
  }
  // "Omni Group OmniGraffle", "McAfee VirusScan": a distinctive last word is the product people write.
  const words = name.split(' ');
  const last = words.at(-1) ?? '';
  if (
    words.length >= 2 &&
    last.length >= 5 &&
    /\p{Ll}\p{Lu}|\p{L}\d/u.test(last) &&
    !/^[A-Z0-9]+$/.test(last)
  )
    spelled.push(last);
  for (const vendor of VENDORS) {
    if (name.startsWith(vendor + ' ')) {
      const rest = name.slice(vendor.length + 1).trim();
      if (rest.length >= 3 && !GENERIC.has(rest.toLowerCase()) && /[A-Z]/.test(rest[0] ?? ''))
        aliases.push(rest);
    }
  }
  return { name, aliases, spelled };
}

function readOnet(): Map<string, Term> {
  const text = readFileSync(join(dataDir, 'taxonomy/onet-29.3/Technology Skills.txt'), 'utf8');
  const perExample = new Map<string, { occ: Set<string>; hot: boolean }>();
  for (const line of text.split('\n').slice(1)) {
    const cols = line.split('\t');
    if (cols.length < 7) continue;
    const [code, , example, , , hotFlag, demandFlag] = cols;
    if (!code || !example) continue;
    const entry = perExample.get(example) ?? { occ: new Set<string>(), hot: false };
    entry.occ.add(code);
    if (hotFlag?.trim() === 'Y' || demandFlag?.trim() === 'Y') entry.hot = true;
    perExample.set(example, entry);
  }
  // Commodity classes that end in an acronym ("Point of sale POS software" → POS, "Point of sale").
  for (const line of text.split('\n').slice(1)) {
    const commodity = line.split('\t')[4]?.trim();
    if (commodity && /\s[A-Z][A-Z0-9]{1,6}\s+software$/.test(commodity) && !perExample.has(commodity))
      perExample.set(commodity, { occ: new Set(['commodity']), hot: true });
  }
  const terms = new Map<string, Term>();
  for (const [example, { occ, hot }] of perExample) {
    const { name, aliases, spelled } = cleanName(example);
    const kept = keep(name, occ.size, hot);
    if (!kept) continue;
    if (GENERIC.has(name.toLowerCase()) || name.length < 1 || name.length > 60) continue;
    const key = name.toLowerCase();
    const term = terms.get(key) ?? {
      name,
      aliases: new Set<string>(),
      spelled: new Set<string>(),
      bySpelling: true,
      occupations: 0,
      hot: false,
    };
    for (const a of aliases) if (a.toLowerCase() !== key) term.aliases.add(a);
    for (const a of spelled) if (a.toLowerCase() !== key) term.spelled.add(a);
    term.bySpelling &&= kept === 'spelling';
    term.occupations = Math.max(term.occupations, occ.size);
    term.hot ||= hot;
    terms.set(key, term);
  }
  return terms;
}

interface LinguistLanguage {
  name: string;
  type: string;
  aliases: string[];
}

function readLinguist(onetText: string): Term[] {
  const langs = JSON.parse(
    readFileSync(join(dataDir, 'taxonomy/linguist/linguist-languages-9.5.0.json'), 'utf8'),
  ) as LinguistLanguage[];
  const out: Term[] = [];
  for (const lang of langs) {
    if (lang.type !== 'programming' && lang.type !== 'markup' && lang.type !== 'data') continue;
    const escaped = lang.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const namedByOnet = lang.name.length >= 3 && new RegExp(`(^|[\\s(])${escaped}($|[\\s),])`).test(onetText);
    if (!POPULAR_LANGUAGES.has(lang.name) && !(namedByOnet && lang.type === 'programming')) continue;
    // linguist aliases are file-type ids ("rb", "progress"); keep only the ones people write in postings.
    const aliases = new Set(lang.aliases.filter((a) => LANGUAGE_ALIASES.has(a)));
    out.push({ name: lang.name, aliases, spelled: new Set(), bySpelling: false, occupations: 0, hot: true });
  }
  return out;
}

const onetExamples = readFileSync(join(dataDir, 'taxonomy/onet-29.3/Technology Skills.txt'), 'utf8')
  .split('\n')
  .map((l) => l.split('\t')[2] ?? '')
  .join('\n');
const terms = readOnet();
for (const lang of readLinguist(onetExamples)) {
  const key = lang.name.toLowerCase();
  const existing = terms.get(key);
  if (existing) {
    for (const a of lang.aliases) existing.aliases.add(a);
    existing.bySpelling = false;
  } else terms.set(key, lang);
}

for (const [key, t] of terms) {
  if (GENERIC.has(key)) terms.delete(key);
  for (const a of [...t.aliases]) if (GENERIC.has(a.toLowerCase())) t.aliases.delete(a);
}
const sorted = [...terms.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const rows = sorted
  .filter((t) => !t.bySpelling)
  .map((t) => JSON.stringify([t.name, ...[...t.aliases].sort()]));
const spelledRows = sorted
  .filter((t) => t.bySpelling || t.spelled.size > 0)
  .map((t) =>
    JSON.stringify([t.name, ...(t.bySpelling ? [...t.aliases].sort() : []), ...[...t.spelled].sort()]),
  );
const header = `/**
 * GENERATED by scripts/build-vocabulary.ts — do not edit by hand; re-run the script instead.
 * Sources: O*NET 29.3 Technology Skills, all occupations (examples flagged Hot Technology or In Demand, named
 * for at least ${MIN_OCCUPATIONS} occupations (one plain word: ${MIN_OCCUPATIONS_PLAIN_WORD}), or product names that are no ordinary word;
 * commodity classes ending in an acronym) and linguist-languages 9.5.0 (MIT, programming languages).
 * This file includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.
 * O*NET® is a trademark of USDOL/ETA.
 */
import type { VocabularyEntry } from './curated-vocabulary.js';

// prettier-ignore
export const GENERATED_VOCABULARY: readonly VocabularyEntry[] = [
${rows.map((r) => '  ' + r + ',').join('\n')}
];

/** Names matched only as spelled: "ImPACT" is a product, "impact" a word; "ProFile" is no "profile". */
// prettier-ignore
export const GENERATED_SPELLED_NAMES: readonly VocabularyEntry[] = [
${spelledRows.map((r) => '  ' + r + ',').join('\n')}
];
`;
writeFileSync(outFile, header);
console.log(`wrote ${sorted.length} terms (${header.length} bytes) to ${outFile}`);
