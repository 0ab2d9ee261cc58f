/**
 * Keywords spelt the job's way where a bullet names the same brand or acronym in lower case ("postgresql"
 * → "PostgreSQL", "aws" → "AWS"). Ordinary words keep the sentence's own casing: "continuous telemetry
 * monitoring" never becomes "continuous Telemetry monitoring".
 *
 * Each keyword is a case-insensitive pattern applied in turn. Compiling and running every keyword's pattern
 * on every bullet cost keywords × bullets × characters (a posting with 17,000 phrases of its own held the
 * task queue 21 s over a full profile's bullets), so the patterns are compiled once per keyword list and a
 * keyword's pattern runs only on a bullet that holds a piece of it: its ASCII letters, digits and marks, which
 * a case-insensitive pattern can only match with ASCII (or the letters ſ and K, folded here like s and k).
 * The answer is the one the patterns give alone.
 */

/** Only a brand's or an acronym's own spelling: a capital after the first letter, or ".", "+", "#", digits. */
const isBrandSpelling = (keyword: string): boolean =>
  keyword.length >= 2 && /[A-Za-z]/u.test(keyword) && /^.+[A-Z]|[.+#\d]/u.test(keyword);

// ſ (U+017F) and K (U+212A) are the only characters a case-insensitive pattern matches with an ASCII letter
// besides its two cases; every other ASCII character matches only itself.
const foldAscii = (text: string): string =>
  text.replace(/[A-Z\u017F\u212A]/gu, (c) => (c === '\u017F' ? 's' : c.toLowerCase()));

/** The longest run of printable ASCII in the keyword: only ASCII text matches it, so a text must hold it. */
function requiredPiece(keyword: string): string {
  let longest = '';
  for (const run of foldAscii(keyword).split(/[^ -~]+/u)) if (run.length > longest.length) longest = run;
  return longest;
}

interface PieceNode {
  /** Keywords (their positions in the list) whose required piece ends here. */
  readonly keywords: number[];
  readonly next: Map<string, PieceNode>;
}

interface SpellingTable {
  readonly keywords: readonly string[];
  readonly patterns: readonly (RegExp | null)[];
  readonly pieces: Map<string, PieceNode>;
}

function tableOf(keywords: readonly string[]): SpellingTable {
  const patterns: (RegExp | null)[] = [];
  const pieces = new Map<string, PieceNode>();
  keywords.forEach((keyword, k) => {
    if (!isBrandSpelling(keyword)) {
      patterns.push(null);
      return;
    }
    const escaped = keyword.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
    patterns.push(new RegExp(`(?<![\\w.])${escaped}(?![\\w])`, 'giu'));
    let level = pieces;
    let node: PieceNode | undefined;
    // A keyword holds an ASCII letter, so its piece is never empty.
    for (const c of requiredPiece(keyword)) {
      node = level.get(c);
      if (node === undefined) level.set(c, (node = { keywords: [], next: new Map() }));
      level = node.next;
    }
    node?.keywords.push(k);
  });
  return { keywords, patterns, pieces };
}

/** Positions (in the list) of the keywords whose required piece the text holds, in list order. */
function candidates(table: SpellingTable, text: string): number[] {
  const folded = foldAscii(text);
  const found = new Set<number>();
  for (let start = 0; start < folded.length; start++) {
    let node = table.pieces.get(folded[start] as string);
    for (let at = start + 1; node !== undefined; at++) {
      for (const k of node.keywords) found.add(k);
      if (at >= folded.length) break;
      node = node.next.get(folded[at] as string);
    }
  }
  return [...found].sort((a, b) => a - b);
}

// The same list serves every bullet of one request.
const tables = new WeakMap<readonly string[], SpellingTable>();

export function alignKeywordSpelling(text: string, keywords: readonly string[]): string {
  let table = tables.get(keywords);
  if (table === undefined) tables.set(keywords, (table = tableOf(keywords)));
  let result = text;
  // Replacing a keyword changes only the case of ASCII letters (and of characters outside ASCII, which no
  // piece holds): the pieces a text holds stay the same, so the candidates are found once.
  for (const k of candidates(table, text)) {
    const pattern = table.patterns[k] as RegExp;
    const keyword = table.keywords[k] as string;
    result = result.replace(pattern, (found) => (found === found.toLowerCase() ? keyword : found));
  }
  return result;
}
