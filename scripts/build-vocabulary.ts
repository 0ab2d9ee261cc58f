/**
 * Builds packages/domain/src/jobs/vocabulary.generated.ts from open data on disk:
 *   - O*NET 29.3 Technology Skills (CC BY 4.0): example names flagged Hot or In Demand, or listed for several
 *     occupations; vendor prefixes and trailing acronyms become aliases ("Amazon Web Services AWS" → AWS).
 *   - linguist-languages (MIT): programming languages that O*NET also names, plus popular ones.
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

const MIN_OCCUPATIONS = 6;
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
  occupations: number;
  hot: boolean;
}

function cleanName(raw: string): { name: string; aliases: string[] } {
  let name = raw.replace(/\s+/g, ' ').trim();
  const aliases: string[] = [];
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
  for (const vendor of VENDORS) {
    if (name.startsWith(vendor + ' ')) {
      const rest = name.slice(vendor.length + 1).trim();
      if (rest.length >= 3 && !GENERIC.has(rest.toLowerCase()) && /[A-Z]/.test(rest[0] ?? ''))
        aliases.push(rest);
    }
  }
  return { name, aliases };
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
  const terms = new Map<string, Term>();
  for (const [example, { occ, hot }] of perExample) {
    if (!hot && occ.size < MIN_OCCUPATIONS) continue;
    const { name, aliases } = cleanName(example);
    if (GENERIC.has(name.toLowerCase()) || name.length < 1 || name.length > 60) continue;
    const key = name.toLowerCase();
    const term = terms.get(key) ?? { name, aliases: new Set<string>(), occupations: 0, hot: false };
    for (const a of aliases) if (a.toLowerCase() !== key) term.aliases.add(a);
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
    out.push({ name: lang.name, aliases, occupations: 0, hot: true });
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
  if (existing) for (const a of lang.aliases) existing.aliases.add(a);
  else terms.set(key, lang);
}

for (const [key, t] of terms) {
  if (GENERIC.has(key)) terms.delete(key);
  for (const a of [...t.aliases]) if (GENERIC.has(a.toLowerCase())) t.aliases.delete(a);
}
const sorted = [...terms.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const rows = sorted.map((t) => JSON.stringify([t.name, ...[...t.aliases].sort()]));
const header = `/**
 * GENERATED by scripts/build-vocabulary.ts — do not edit by hand; re-run the script instead.
 * Sources: O*NET 29.3 Technology Skills (examples flagged Hot Technology or In Demand, or named for at least
 * ${MIN_OCCUPATIONS} occupations) and linguist-languages 9.5.0 (MIT, programming languages).
 * This file includes information from the O*NET 29.3 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.
 * O*NET® is a trademark of USDOL/ETA.
 */
import type { VocabularyEntry } from './curated-vocabulary.js';

// prettier-ignore
export const GENERATED_VOCABULARY: readonly VocabularyEntry[] = [
${rows.map((r) => '  ' + r + ',').join('\n')}
];
`;
writeFileSync(outFile, header);
console.log(`wrote ${sorted.length} terms (${header.length} bytes) to ${outFile}`);
