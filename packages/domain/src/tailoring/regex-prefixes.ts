/**
 * The texts a regular expression's matches can begin with, read from its source. A scanner that knows them can
 * reject most positions of a text by looking at a few characters, and leave the regex engine only the few
 * positions where a match may start.
 *
 * Exact where it matters, generous elsewhere: every match starts with one of the texts returned, while the texts
 * may allow more than the pattern does. Anything this reader does not model (lookarounds, `\b`, back-references,
 * classes too large to list) only makes the answer more permissive, never wrong.
 */

/** A pattern read as a tree of the parts that decide which characters a match starts with. */
type Node =
  // One character from a listed set; `null` when the set is too large to list (such as `\S`, `[^.]` or `.`).
  | { readonly kind: 'char'; readonly codes: readonly number[] | null }
  // Assertions and lookarounds: they consume nothing, and are read as always true (the generous side).
  | { readonly kind: 'assertion' }
  | { readonly kind: 'group'; readonly branches: readonly (readonly Node[])[] }
  | { readonly kind: 'repeat'; readonly node: Node; readonly min: number; readonly max: number };

// Listing a set larger than this multiplies the texts to store without rejecting much.
const MAX_LISTED = 32;

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);
export const DIGITS = range(48, 57);
// What `\s` matches in a RegExp, by UTF-16 code unit.
export const SPACES = [
  ...range(9, 13),
  32,
  0xa0,
  0x1680,
  ...range(0x2000, 0x200a),
  0x2028,
  0x2029,
  0x202f,
  0x205f,
  0x3000,
  0xfeff,
];
const WORD = [...range(48, 57), ...range(65, 90), 95, ...range(97, 122)];
const CONTROL_ESCAPES: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };

/** The code units a class escape such as `\d` stands for; `null` for negated ones (too many to list). */
function classEscape(letter: string): readonly number[] | null | undefined {
  if (letter === 'd') return DIGITS;
  if (letter === 's') return SPACES;
  if (letter === 'w') return WORD;
  if (letter === 'D' || letter === 'S' || letter === 'W') return null;
  return undefined;
}

const BRACES = /\{(\d+)(?:(,)(\d*))?\}/y;
const LOOKAROUND = /\?<?[=!]/y;
const NAMED_GROUP = /\?<[^>]*>/y;

/** Reads a pattern source written without the `u` or `v` flag. */
class PatternReader {
  private at = 0;

  constructor(
    private readonly source: string,
    private readonly fold: (code: number) => number,
  ) {}

  /** The match of a sticky pattern at the reading position (without moving it). */
  private match(sticky: RegExp): RegExpExecArray | null {
    sticky.lastIndex = this.at;
    return sticky.exec(this.source);
  }

  read(): readonly (readonly Node[])[] {
    const branches = this.branches();
    if (this.at < this.source.length) throw new SyntaxError(`Unbalanced ')' in /${this.source}/`);
    return branches;
  }

  private branches(): Node[][] {
    const out: Node[][] = [this.sequence()];
    while (this.source[this.at] === '|') {
      this.at++;
      out.push(this.sequence());
    }
    return out;
  }

  private sequence(): Node[] {
    const out: Node[] = [];
    while (this.at < this.source.length && this.source[this.at] !== '|' && this.source[this.at] !== ')')
      out.push(this.quantified(this.atom()));
    return out;
  }

  private quantified(node: Node): Node {
    const ch = this.source[this.at];
    const braces = this.match(BRACES);
    let min: number;
    let max: number;
    if (ch === '?') [min, max] = [0, 1];
    else if (ch === '*') [min, max] = [0, Infinity];
    else if (ch === '+') [min, max] = [1, Infinity];
    else if (braces !== null) {
      min = Number(braces[1]);
      max = braces[2] === undefined ? min : braces[3] === '' ? Infinity : Number(braces[3]);
    } else return node;
    this.at += braces?.[0].length ?? 1;
    if (this.source[this.at] === '?') this.at++; // lazy: the same matches, in another order
    return { kind: 'repeat', node, min, max };
  }

  private atom(): Node {
    const ch = this.source[this.at]!;
    this.at++;
    if (ch === '(') return this.group();
    if (ch === '[') return this.chars(this.characterClass());
    if (ch === '\\') return this.escape();
    if (ch === '^' || ch === '$') return { kind: 'assertion' };
    if (ch === '.') return this.chars(null);
    return this.chars([ch.charCodeAt(0)]);
  }

  /** One character from `codes` (`null`: too many to list), spelled as folded. */
  private chars(codes: readonly number[] | null): Node {
    return { kind: 'char', codes: codes === null ? null : [...new Set(codes.map(this.fold))] };
  }

  private group(): Node {
    const lookaround = this.match(LOOKAROUND);
    const named = this.match(NAMED_GROUP);
    if (lookaround !== null) this.at += lookaround[0].length;
    else if (named !== null) this.at += named[0].length;
    else if (this.source.startsWith('?:', this.at)) this.at += 2;
    const branches = this.branches();
    if (this.source[this.at] !== ')') throw new SyntaxError(`Unclosed '(' in /${this.source}/`);
    this.at++;
    return lookaround !== null ? { kind: 'assertion' } : { kind: 'group', branches };
  }

  private escape(): Node {
    const letter = this.source[this.at] ?? '\\';
    this.at++;
    if (letter === 'b' || letter === 'B') return { kind: 'assertion' };
    const listed = classEscape(letter);
    if (listed !== undefined) return this.chars(listed);
    const code = this.escapedCode(letter);
    return this.chars(code === null ? null : [code]);
  }

  /** The one code unit a non-class escape stands for; `null` when this reader does not model it. */
  private escapedCode(letter: string): number | null {
    const control = CONTROL_ESCAPES[letter];
    if (control !== undefined && !(letter === '0' && /\d/.test(this.source[this.at] ?? ''))) return control;
    const hex = letter === 'x' ? 2 : letter === 'u' ? 4 : 0;
    if (hex > 0) {
      const digits = this.source.slice(this.at, this.at + hex);
      if (digits.length === hex && /^[0-9a-fA-F]*$/.test(digits)) {
        this.at += hex;
        return parseInt(digits, 16);
      }
    }
    // Back-references, `\c`, `\k<…>` and other letters and digits: anything (the generous side).
    if (/[0-9A-Za-z]/.test(letter)) return null;
    return letter.charCodeAt(0); // an escaped punctuation character stands for itself
  }

  /** The code units a `[…]` class matches, or `null` when negated or too large to list. */
  private characterClass(): readonly number[] | null {
    const negated = this.source[this.at] === '^';
    if (negated) this.at++;
    const codes = new Set<number>();
    let listable = true;
    for (let first = true; first || this.source[this.at] !== ']'; first = false) {
      if (this.at >= this.source.length) throw new SyntaxError(`Unclosed '[' in /${this.source}/`);
      if (first && this.source[this.at] === ']') break; // `[]` matches nothing, `[^]` anything
      const from = this.classAtom();
      const dash = this.source[this.at] === '-' && this.source[this.at + 1] !== ']';
      if (dash && typeof from === 'number') {
        this.at++;
        const to = this.classAtom();
        if (typeof to !== 'number') listable = false;
        else range(from, to).forEach((c) => codes.add(c));
      } else if (from === null) listable = false;
      else if (typeof from === 'number') codes.add(from);
      else from.forEach((c) => codes.add(c));
    }
    this.at++;
    if (negated || !listable || codes.size > MAX_LISTED) return null;
    return [...codes];
  }

  /** One member of a class: a code unit, a listed class escape, or `null` for one not listed. */
  private classAtom(): number | readonly number[] | null {
    const ch = this.source[this.at]!;
    this.at++;
    if (ch !== '\\') return ch.charCodeAt(0);
    const letter = this.source[this.at] ?? '\\';
    this.at++;
    if (letter === 'b') return 8; // backspace inside a class
    const listed = classEscape(letter);
    return listed !== undefined ? listed : this.escapedCode(letter);
  }
}

/** Thrown inside the enumeration when a pattern would list too many texts. */
class TooManyPrefixes extends Error {}

/** How many texts `matchPrefixes` may list, and which characters it may treat as one. */
export interface PrefixOptions {
  /** Shorten the texts while there would be more than this many. */
  readonly limit?: number;
  /**
   * Maps each code unit to the one standing for its group (say every digit to `0`); the texts are then spelled
   * in those. A class such as `\s` or `\d` becomes one character instead of dozens, so longer texts stay few.
   */
  readonly fold?: (code: number) => number;
}

/**
 * Texts of at most `length` characters such that every match of the pattern `source` (without flags) begins with
 * one of them: a text shorter than the others allows any continuation (the match may end there, or its next
 * character is not listed). The empty text means a match may begin with any character. Where `length` would
 * make more than `limit` texts, they are as long as stays within it (at worst the empty text alone).
 */
export function matchPrefixes(
  source: string,
  length: number,
  { limit = 20_000, fold = (code: number) => code }: PrefixOptions = {},
): ReadonlySet<string> {
  const branches = new PatternReader(source, fold).read();
  for (let n = length; n > 0; n--) {
    const prefixes = prefixesOfLength(branches, n, limit);
    if (prefixes !== null) return prefixes;
  }
  return new Set(['']);
}

/** The texts of `matchPrefixes` for one length; `null` beyond `limit` of them. */
function prefixesOfLength(
  branches: readonly (readonly Node[])[],
  length: number,
  limit: number,
): ReadonlySet<string> | null {
  const out = new Set<string>();
  let steps = 0;
  const report = (prefix: string) => {
    out.add(prefix);
    if (out.size > limit) throw new TooManyPrefixes();
  };
  type Next = (prefix: string) => void;
  const sequence = (nodes: readonly Node[], i: number, prefix: string, next: Next): void => {
    if (prefix.length >= length) report(prefix);
    else if (i === nodes.length) next(prefix);
    else visit(nodes[i]!, prefix, (p) => sequence(nodes, i + 1, p, next));
  };
  const visit = (node: Node, prefix: string, next: Next): void => {
    if (++steps > 4 * limit) throw new TooManyPrefixes();
    if (prefix.length >= length) return report(prefix);
    switch (node.kind) {
      case 'char':
        if (node.codes === null) report(prefix);
        else for (const code of node.codes) next(prefix + String.fromCharCode(code));
        return;
      case 'assertion':
        return next(prefix);
      case 'group':
        for (const branch of node.branches) sequence(branch, 0, prefix, next);
        return;
      case 'repeat': {
        const repeat = (count: number, p: string): void => {
          if (count >= node.min) next(p);
          if (count >= node.max) return;
          // A repetition that consumed nothing adds no text once the minimum is met (and could loop forever).
          visit(node.node, p, (q) => (q === p && count >= node.min ? undefined : repeat(count + 1, q)));
        };
        return repeat(0, prefix);
      }
    }
  };
  try {
    for (const branch of branches) sequence(branch, 0, '', report);
  } catch (error) {
    if (error instanceof TooManyPrefixes) return null;
    throw error;
  }
  return out;
}
