import { DIGITS, SPACES, matchPrefixes } from './regex-prefixes.js';

/**
 * Finds, left to right, where an alternation of many patterns matches in a text, exactly as a global search for
 * `alt1|alt2|…` would, at a fraction of the cost. Tried at every position, a hundred alternatives cost the regex
 * engine tens of nanoseconds a character (and a combined finder pattern about ten). Here the texts each
 * alternative's matches can begin with (up to six characters, read from its source) fill lookup tables, and a
 * plain loop over the characters rejects nearly every position with one bit look-up keyed by the four
 * characters starting there. Where that passes, a trie of hashes follows the text further; only where a match
 * may still begin is a sticky pattern tried, made of just the alternatives that can begin with that character,
 * in their original order. Leaving out alternatives that cannot match at a position does not change which one
 * matches first, so the match found is the alternation's.
 *
 * Alternatives beginning with `\b` are considered only where `\b` holds (without the `u` flag a word character
 * is ASCII `[A-Za-z0-9_]`, so `ü` after `s` is a word start, and `s` after `ü` too).
 *
 * Patterns are matched as written, without flags: a caller that wants case-insensitive matching lower-cases the
 * text and writes its patterns in lower case.
 */
export class AlternationScanner {
  /** Where the match `next` found starts and ends. */
  start = 0;
  end = 0;

  // The first WINDOW characters of every beginning (a shorter one padded with every character), each folded to
  // its low five bits: the one look-up most positions get.
  private readonly windows = new BitSet(WINDOW_BITS);
  // By code unit, bits: which kinds of alternative have a beginning that starts with it (ANYWHERE,
  // AT_WORD_START), which have this one character as a whole beginning (shifted by ONE), and whether `\b` reads
  // it as a word character.
  private readonly flags = new Uint8Array(0x10000);
  // Beginnings as a trie of hashes: `accepts` holds the hash of each whole beginning, `continues` the hash of each
  // shorter part of one. A false positive in any table only costs a little more work; the pattern decides.
  private readonly accepts = new BitSet(HASH_BITS);
  private readonly continues = new BitSet(HASH_BITS);
  private readonly patternSlot = new Uint8Array(0x10000);
  private readonly patterns: RegExp[] = [];
  // By pattern slot: the groups its alternatives belong to, as bits.
  private readonly slotGroups: number[] = [];

  /**
   * `groups`: the alternatives, in order, in at most 31 groups (such as the rules they come from) that
   * `groupsBeginningIn` tells apart.
   */
  constructor(groups: readonly (readonly string[])[]) {
    if (groups.length > 31) throw new Error('At most 31 groups of alternatives');
    const alternatives = groups.flatMap((sources, group) => sources.map((source) => ({ source, group })));
    const starts = alternatives.map(({ source, group }) => {
      const beginnings = matchPrefixes(source, MAX_BEGINNING, {
        limit: MAX_BEGINNINGS,
        fold: (c) => FOLD[c]!,
      });
      return {
        source,
        group,
        kind: source.startsWith('\\b') ? AT_WORD_START : ANYWHERE,
        beginnings,
        // An alternative that can begin with any character (say `.` or `\S` first) passes everywhere: slow, but
        // still exact.
        anyFirst: beginnings.has(''),
        // The code units its matches can begin with (every digit where its beginnings say `0`: generous).
        firstCodes: new Set([...beginnings].flatMap((text) => UNFOLD(text.charCodeAt(0)))),
      };
    });
    for (const { kind, group, beginnings } of starts)
      for (const text of beginnings) this.addBeginning(kind, group, text);
    // Flags were set by folded code unit: copy them to every code unit folded to another.
    for (const code of [...DIGITS, ...SPACES]) this.flags[code]! |= this.flags[FOLD[code]!]!;
    for (let code = 0; code < 0x80; code++) if (isAsciiWord(code)) this.flags[code]! |= WORD_CHAR;
    // One sticky pattern per first character: the alternatives that can begin with it, in order. Characters
    // that begin no alternative of their own share the one of the alternatives that begin anywhere.
    const bySet = new Map<string, number>();
    const slotOf = (members: readonly { source: string; group: number }[]): number => {
      const key = members.map((m) => m.source).join('\u0000');
      let slot = bySet.get(key);
      if (slot === undefined) {
        slot = this.patterns.length;
        if (slot > 0xff) throw new Error('Too many distinct first-character pattern sets');
        // No members: a pattern that never matches (a digit folded like one that begins an alternative gets here).
        const source = members.length === 0 ? '(?!)' : members.map((m) => `(?:${m.source})`).join('|');
        this.patterns.push(new RegExp(source, 'y'));
        this.slotGroups.push(members.reduce((bits, m) => bits | (1 << m.group), 0));
        bySet.set(key, slot);
      }
      return slot;
    };
    this.patternSlot.fill(slotOf(starts.filter((s) => s.anyFirst)));
    for (const code of new Set(starts.flatMap((s) => [...s.firstCodes])))
      this.patternSlot[code] = slotOf(starts.filter((s) => s.anyFirst || s.firstCodes.has(code)));
  }

  /**
   * Finds the leftmost match at or after `from`, as a global search of the alternation from `from` would
   * (setting `start` and `end`); false when there is none.
   */
  next(text: string, from: number): boolean {
    const windows = this.windows;
    const keys = WINDOW_KEYS;
    const length = text.length;
    // The window key of the characters from `at` on; past the end of the text, zeros (every padded beginning
    // has them). Reads stay inside the text: an index past it would send every look-up down V8's slow path.
    let key = 0;
    for (let i = from; i < from + WINDOW - 1; i++)
      key = (key << 5) | (i < length ? keys[text.charCodeAt(i)]! : 0);
    for (let at = from; at < length; at++) {
      const ahead = at + WINDOW - 1;
      key = ((key << 5) | (ahead < length ? keys[text.charCodeAt(ahead)]! : 0)) & WINDOW_MASK;
      if (!windows.has(key) || !this.mayBeginAt(text, at)) continue;
      const pattern = this.patterns[this.patternSlot[text.charCodeAt(at)]!]!;
      pattern.lastIndex = at;
      if (!pattern.test(text)) continue;
      this.start = at;
      this.end = pattern.lastIndex;
      return true;
    }
    return false;
  }

  /**
   * The groups with an alternative that may match somewhere in `text` (as bits, group 0 the lowest): every
   * group that has a match is among them, and usually few that have none. No pattern is run.
   */
  groupsBeginningIn(text: string): number {
    const keys = WINDOW_KEYS;
    const length = text.length;
    let groups = 0;
    let key = 0;
    for (let i = 0; i < WINDOW - 1; i++) key = (key << 5) | (i < length ? keys[text.charCodeAt(i)]! : 0);
    for (let at = 0; at < length; at++) {
      const ahead = at + WINDOW - 1;
      key = ((key << 5) | (ahead < length ? keys[text.charCodeAt(ahead)]! : 0)) & WINDOW_MASK;
      if (!this.windows.has(key) || !this.mayBeginAt(text, at)) continue;
      const unknown = this.slotGroups[this.patternSlot[text.charCodeAt(at)]!]! & ~groups;
      for (let group = 0; unknown >>> group !== 0; group++)
        if ((unknown >>> group) & 1 && this.mayBeginAt(text, at, group)) groups |= 1 << group;
    }
    return groups;
  }

  /**
   * Whether a beginning (of `group`'s alternatives, or of any) may start at `at`, by the trie of beginnings,
   * of the kinds allowed there.
   */
  private mayBeginAt(text: string, at: number, group = -1): boolean {
    const here = this.flags[text.charCodeAt(at)]!;
    const before = at > 0 ? this.flags[text.charCodeAt(at - 1)]! : 0;
    const kinds = here & ((here ^ before) & WORD_CHAR ? ANYWHERE | AT_WORD_START : ANYWHERE);
    if (kinds === 0) return false;
    if ((here >>> ONE) & kinds) return true; // a one-character beginning (not told apart by group)
    return (
      ((kinds & ANYWHERE) !== 0 && this.walk(text, at, seed(ANYWHERE, group))) ||
      ((kinds & AT_WORD_START) !== 0 && this.walk(text, at, seed(AT_WORD_START, group)))
    );
  }

  /** Follows the text from `at` down the trie of beginnings that `seed` names. */
  private walk(text: string, at: number, seed: number): boolean {
    let hash = mix(seed, FOLD[text.charCodeAt(at)]!);
    for (let i = at + 1; i < text.length; i++) {
      hash = mix(hash, FOLD[text.charCodeAt(i)]!);
      if (this.accepts.has(hash >>> HASH_SHIFT)) return true;
      if (!this.continues.has(hash >>> HASH_SHIFT)) return false;
    }
    return false;
  }

  /** Stores one beginning (spelled in folded code units; empty: an alternative that may begin anywhere). */
  private addBeginning(kind: number, group: number, text: string): void {
    let key = 0;
    for (let i = 0; i < Math.min(text.length, WINDOW); i++)
      key = (key << 5) | WINDOW_KEYS[text.charCodeAt(i)]!;
    // A beginning shorter than the window allows any character after it: every key it starts.
    const free = 5 * Math.max(0, WINDOW - text.length);
    for (let rest = 0; rest < 1 << free; rest++) this.windows.add((key << free) | rest);
    if (text === '') {
      for (let code = 0; code < 0x10000; code++) this.flags[code]! |= kind | (kind << ONE);
      return;
    }
    const code = text.charCodeAt(0);
    this.flags[code]! |= text.length === 1 ? kind | (kind << ONE) : kind;
    // Twice: in the trie of all beginnings, which the scan reads, and in the group's own.
    for (const start of [seed(kind, -1), seed(kind, group)]) {
      let hash = mix(start, code);
      for (let i = 1; i < text.length; i++) {
        hash = mix(hash, text.charCodeAt(i));
        (i < text.length - 1 ? this.continues : this.accepts).add(hash >>> HASH_SHIFT);
      }
    }
  }
}

const ANYWHERE = 1;
const AT_WORD_START = 2;
const ONE = 2; // shift of the one-character-beginning bits
const WORD_CHAR = 16;
// Four characters of five bits: a 2^20-bit table (128 KiB) that stays in cache. Three would let too many
// common trigrams through ("ing" for "inglés"), five would not fit.
const WINDOW = 4;
const WINDOW_BITS = 5 * WINDOW;
const WINDOW_MASK = (1 << WINDOW_BITS) - 1;
const HASH_BITS = 20;
const HASH_SHIFT = 32 - HASH_BITS;
// Longer beginnings reject more positions, up to a number of stored texts per alternative that keeps building
// the tables quick and sparse (longer than six characters rejected no more in the bench).
const MAX_BEGINNING = 6;
const MAX_BEGINNINGS = 2_000;

// Beginnings are spelled with every digit as `0` and every space as ` `: `\d{1,2}\s*` then makes a handful of
// texts instead of thousands, while the look-ups read the text through the same table.
const FOLD = new Uint16Array(0x10000);
for (let code = 0; code < 0x10000; code++) FOLD[code] = code;
for (const code of DIGITS) FOLD[code] = 48;
for (const code of SPACES) FOLD[code] = 32;
/** The code units folded to `code` (none for NaN, the first character of the empty text). */
const UNFOLD = (code: number): readonly number[] =>
  code === 48 ? DIGITS : code === 32 ? SPACES : Number.isNaN(code) ? [] : [code];
// A folded code unit's five low bits, its share of a window key.
const WINDOW_KEYS = new Uint8Array(0x10000);
for (let code = 0; code < 0x10000; code++) WINDOW_KEYS[code] = FOLD[code]! & 31;

/** A set of numbers below 2^bits, one bit each: a look-up is a shift and a mask. */
class BitSet {
  private readonly words: Int32Array;

  constructor(bits: number) {
    this.words = new Int32Array(1 << Math.max(0, bits - 5));
  }

  add(n: number): void {
    this.words[n >>> 5]! |= 1 << (n & 31);
  }

  has(n: number): boolean {
    return (this.words[n >>> 5]! & (1 << (n & 31))) !== 0;
  }
}

/** Where the trie of one kind of beginning starts: of all of them (group -1), or of one group's. */
const seed = (kind: number, group: number): number => kind | ((group + 1) << 2);

/** A hash of a beginning, extended by one code unit (kept within 32 bits). */
function mix(hash: number, code: number): number {
  const h = Math.imul(hash ^ code, 0x9e3779b1);
  return Math.imul(h ^ (h >>> 15), 0x85ebca6b);
}

/** `\b`'s word characters without the `u` flag: ASCII letters, digits and `_`. */
function isAsciiWord(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code === 95
  );
}
