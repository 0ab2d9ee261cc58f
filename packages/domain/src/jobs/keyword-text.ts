/**
 * Tokenising and normalising text for keyword matching. The same function normalises vocabulary terms and
 * the text searched, so a stemming quirk ("kubernetes" → "kubernete") is harmless: both sides agree.
 */

export interface Token {
  /** Normalised form: lower case, no diacritics, plural folded to singular. */
  readonly norm: string;
  /** The text as written, for case-sensitive terms ("Go", "R") and display. */
  readonly surface: string;
  /** Character offset of the token in the source text. */
  readonly start: number;
  readonly end: number;
  /** Joined to its neighbour by a hyphen ("C-suite", "k-NN"): a lone letter there is no language name. */
  readonly hyphenated: boolean;
}

// A token starts with a letter or digit (or ".NET"-style leading dot) and may keep "+", "#" (C++, C#) and
// inner ".", "&", "'" (Node.js, R&D, O'Reilly). Hyphens and slashes split: "CI/CD" → "ci cd",
// "full-stack" → "full stack", so "full stack" and "full-stack" meet. A lone "&" reads as "and".
const TOKEN_RE =
  /(?<![\p{L}\p{N}])\.(?=[\p{L}])[\p{L}\p{N}]+|[\p{L}\p{N}](?:[\p{L}\p{N}+#]|[.&'’](?=[\p{L}\p{N}]))*|&/gu;
const NON_ASCII_RE = /[^\u0020-\u007e]/;
const MARKS_RE = /\p{M}+/gu;
// Words whose trailing "s" is not a plural (or whose singular would collide with another word).
const KEEP_S = new Set([
  'analysis',
  'aws',
  'bus',
  'canvas',
  'chaos',
  'christmas',
  'css',
  'dns',
  'ethics',
  'gis',
  'gps',
  'ios',
  'jenkins',
  'js',
  'kubernetes',
  'mathematics',
  'news',
  'physics',
  'plus',
  'sales',
  'sas',
  'status',
  'statistics',
  'economics',
  'logistics',
  'analytics',
  'graphics',
  'series',
  'species',
  'windows',
  'pandas',
  'ops',
  'devops',
  'mlops',
  'sre',
  'express',
  'business',
  'wellness',
  'access',
  'process',
  'redis',
  'nodejs',
  'vuejs',
  'nextjs',
]);

/** Folds a lower-case word to its singular form with a few conservative English rules. */
export function singularise(word: string): string {
  if (word.length <= 3 || !word.endsWith('s') || KEEP_S.has(word)) return word;
  if (!/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ss') || word.endsWith('us') || word.endsWith('is')) return word;
  if (word.endsWith('ies') && word.length > 4) return word.slice(0, -3) + 'y';
  if (/(?:ch|sh|x|z|sses)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('sses')) return word.slice(0, -2);
  return word.slice(0, -1);
}

// Postings and resumes reuse a small set of words: caching the normal form skips the regex work for most
// tokens. Bounded so a stream of unique tokens cannot grow it without limit.
const CACHE_LIMIT = 50_000;
const normCache = new Map<string, string>();

/** Normalises one raw token (as matched by the tokenizer). */
export function normaliseToken(raw: string): string {
  const cached = normCache.get(raw);
  if (cached !== undefined) return cached;
  const norm = computeNorm(raw);
  if (normCache.size >= CACHE_LIMIT) normCache.clear();
  normCache.set(raw, norm);
  return norm;
}

function computeNorm(raw: string): string {
  if (raw === '&') return 'and';
  // Plural acronyms: "APIs" → "api", "KPIs" → "kpi".
  if (/^[A-Z]{2,}s$/.test(raw)) return raw.slice(0, -1).toLowerCase();
  let t = raw.toLowerCase();
  if (NON_ASCII_RE.test(t)) t = t.normalize('NFKD').replace(MARKS_RE, '').replace(/’/g, "'");
  // Possessive: "bachelor's" → "bachelor".
  if (t.endsWith("'s")) t = t.slice(0, -2);
  // French elision: "l'habilitation" → "habilitation", "d'accessibilité" → "accessibilite".
  const elided = /^(?:l|d|qu|n|j|s|c|m|t)['’](?=\p{L}{3})/u.exec(t);
  if (elided) t = t.slice(elided[0].length);
  return singularise(t);
}

/** Splits text into normalised tokens with offsets. Pure, allocation-light, deterministic. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) {
    const surface = m[0];
    const end = m.index + surface.length;
    const hyphenated = text[m.index - 1] === '-' || text[end] === '-';
    tokens.push({ norm: normaliseToken(surface), surface, start: m.index, end, hyphenated });
  }
  return tokens;
}

/** The normalised key of a phrase before alias resolution: "Node.JS Developers" → "node.js developer". */
export function phraseKey(text: string): string {
  const parts: string[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m !== null; m = TOKEN_RE.exec(text)) parts.push(normaliseToken(m[0]));
  return parts.join(' ');
}
