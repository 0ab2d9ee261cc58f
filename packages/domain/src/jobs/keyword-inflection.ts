/**
 * English verb forms of the vocabulary's activity phrases. A posting asks for "Loading and unloading"; a
 * resume says "Loaded and unloaded trailers", "loads and unloads" or "picked orders" for "Order picking".
 * The forms are worked out once per vocabulary entry, when the matcher is compiled: matching costs nothing more.
 *
 * Only phrases of two or more words are inflected. A one-word "-ing" name is too often a noun of its own
 * ("Accounting" is not "accounted for", "Reporting" is not "reported to", "Nursing" is not "nurse", "Driving"
 * is not "driven and motivated"): a single word's other forms, where safe, are written as aliases instead.
 * Inside a phrase the other words pin the meaning, and a form nobody writes ("manual handled") never matches.
 */

// Common irregular pasts of verbs that name work, by base form (the regular "-ed" is derived as well).
const IRREGULAR_PAST: Readonly<Record<string, readonly string[]>> = {
  build: ['built'],
  rebuild: ['rebuilt'],
  buy: ['bought'],
  bring: ['brought'],
  catch: ['caught'],
  cut: ['cut'],
  deal: ['dealt'],
  do: ['did', 'done'],
  draw: ['drew', 'drawn'],
  drive: ['drove', 'driven'],
  feed: ['fed'],
  find: ['found'],
  fight: ['fought'],
  give: ['gave', 'given'],
  grow: ['grew', 'grown'],
  hang: ['hung'],
  hold: ['held'],
  keep: ['kept'],
  lay: ['laid'],
  lead: ['led'],
  lend: ['lent'],
  make: ['made'],
  meet: ['met'],
  oversee: ['oversaw', 'overseen'],
  pay: ['paid'],
  put: ['put'],
  ride: ['rode', 'ridden'],
  run: ['ran'],
  seek: ['sought'],
  sell: ['sold'],
  send: ['sent'],
  set: ['set'],
  sew: ['sewn'],
  speak: ['spoke', 'spoken'],
  spend: ['spent'],
  sweep: ['swept'],
  take: ['took', 'taken'],
  teach: ['taught'],
  tell: ['told'],
  think: ['thought'],
  throw: ['threw', 'thrown'],
  undertake: ['undertook', 'undertaken'],
  win: ['won'],
  write: ['wrote', 'written'],
};

// "-ing" words that name a thing or a field more often than an action: inside a phrase they stay as written
// ("Building automation" is not "build automation", "Nursing assessment" is not "nurse assessment").
const ING_NOUNS = new Set([
  'accounting',
  'advertising',
  'banking',
  'building',
  'ceiling',
  'clothing',
  'engineering',
  'evening',
  'flooring',
  'funding',
  'heating',
  'housing',
  'learning',
  'lighting',
  'marketing',
  'meeting',
  'morning',
  'nursing',
  'parking',
  'plumbing',
  'roofing',
  'seating',
  'setting',
  'training',
  'warning',
  'wedding',
  'wiring',
]);

// Kinds of testing: in "Unit testing" or "Load testing" the first word says how the work is tested, not what is
// tested, so the phrase is not turned round ("tested units" are devices checked, not unit tests; "tested loads"
// no load testing). Their own verb forms put the kind first: "unit tested", "load test".
const TEST_KINDS = new Set([
  'unit',
  'load',
  'stress',
  'smoke',
  'soak',
  'spike',
  'volume',
  'sanity',
  'system',
  'integration',
  'acceptance',
  'regression',
  'performance',
  'penetration',
  'pen',
  'alpha',
  'beta',
  'snapshot',
  'contract',
  'mutation',
  'fuzz',
]);

const VOWEL_RE = /[aeiouy]/;
const CONSONANT_RE = /^[b-df-hj-np-tv-z]$/;

/** Base and past forms of one "-ing" word ("loading" → load / loaded), or null when it is no verb form. */
function formsOfIng(word: string): { bases: string[]; pasts: string[] } | null {
  if (word.length < 5 || !word.endsWith('ing') || ING_NOUNS.has(word)) return null;
  const stem = word.slice(0, -3);
  if (stem.length < 2 || !VOWEL_RE.test(stem)) return null;
  const last = stem[stem.length - 1] as string;
  const before = stem[stem.length - 2] as string;
  const bases: string[] = [];
  const pasts: string[] = [];
  if (last === before && CONSONANT_RE.test(last) && !'lsfz'.includes(last)) {
    // shipping → ship / shipped, planning → plan / planned
    bases.push(stem.slice(0, -1));
    pasts.push(stem + 'ed');
  } else if (last === 'l' && before === 'l') {
    // filling → fill / filled, travelling → travel / travelled
    bases.push(stem, stem.slice(0, -1));
    pasts.push(stem + 'ed');
  } else if (last === 'y') {
    // studying → study / studied, playing → play / played
    bases.push(stem);
    pasts.push(VOWEL_RE.test(before) ? stem + 'ed' : stem.slice(0, -1) + 'ied');
  } else {
    // loading → load / loaded, managing → manage / managed
    bases.push(stem, stem + 'e');
    pasts.push(stem + 'ed');
  }
  for (const base of bases) pasts.push(...(IRREGULAR_PAST[base] ?? []));
  return { bases: bases.filter((b) => b.length >= 3), pasts };
}

/**
 * The other English forms of a normalised phrase (tokens joined by spaces, as `phraseKey` gives them):
 * every "-ing" word put in the past and in the base form (which, once plurals fold, is also the "-s" form);
 * a two-word "object + -ing" phrase is only turned round ("order picking" → "picked order", "pick order").
 * Empty for one word, or when no word is an "-ing" form.
 */
export function inflectedPhrases(phrase: string): string[] {
  const words = phrase.split(' ');
  if (words.length < 2) return [];
  const forms = words.map((w) => (/^[a-z]+ing$/.test(w) ? formsOfIng(w) : null));
  if (forms.every((f) => f === null)) return [];
  const out = new Set<string>();
  const each = (pick: (f: { bases: string[]; pasts: string[] }) => readonly string[]) => {
    let variants = [''];
    words.forEach((w, i) => {
      const f = forms[i];
      const options = f === null || f === undefined ? [w] : pick(f);
      variants = variants.flatMap((v) => options.map((o) => (v === '' ? o : `${v} ${o}`)));
    });
    for (const v of variants) out.add(v);
  };
  const [object] = words;
  const verb = forms[1];
  if (words.length === 2 && forms[0] === null && words[1] === 'testing' && TEST_KINDS.has(object ?? '')) {
    out.add(`${object} test`);
    out.add(`${object} tested`);
  } else if (words.length === 2 && forms[0] === null) {
    // "Order picking": "picked orders", "pick orders". Not "order picked", which reads as a compound
    // adjective ("air-conditioned", "hand-picked"), nor "order pick".
    if (verb && object !== undefined && /^[a-z]{3,}$/.test(object))
      for (const v of [...verb.pasts, ...verb.bases]) out.add(`${v} ${object}`);
  } else {
    each((f) => f.pasts);
    each((f) => f.bases);
  }
  out.delete(phrase);
  return [...out];
}
