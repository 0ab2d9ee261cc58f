import { splitSentences } from '@tailor/domain';

/** One line of a section, classified once (every later step reads these flags, never re-scans). */
export interface Line {
  text: string;
  /** A bullet line's text without its marker. */
  bullet: string | null;
  /** A blank line came before this one (a strong break in typed text). */
  blankBefore: boolean;
}

// •, dashes, squares, arrows, check marks, "o" before a capital (Word's second-level bullet) and numbers
// ("1." "2)") followed by a space. A date such as "03.2021" is not a numbered bullet: a space must follow.
export const BULLET = /^(?:[•·●○◦▪▫■□►▸▹➢➣➤➔→⇒✓✔✗❖♦◆‣⁃∙*–—-]|o(?=\s+\p{Lu})|\(?\d{1,2}[.)](?=\s))\s*/u;

export function toLines(raw: readonly string[]): Line[] {
  const out: Line[] = [];
  let blank = false;
  for (const text of raw) {
    const trimmed = text.trim();
    if (trimmed === '') {
      blank = true;
      continue;
    }
    const marker = BULLET.exec(trimmed);
    const bullet =
      marker && trimmed.length > marker[0].length ? trimmed.slice(marker[0].length).trim() : null;
    out.push({ text: trimmed, bullet, blankBefore: blank });
    blank = false;
  }
  return out;
}

/** Words of a line, counted without building an array (lines can be long). */
export function wordCount(text: string, stopAt = 100): number {
  let count = 0;
  let inWord = false;
  for (let index = 0; index < text.length && count < stopAt; index += 1) {
    const space = text.charCodeAt(index) <= 32;
    if (!space && !inWord) count += 1;
    inWord = !space;
  }
  return count;
}

/** Joins wrapped lines; a word hyphenated across the break ("deploy-" + "ment") is put back together. */
export function joinWrapped(parts: readonly string[]): string {
  const out: string[] = [];
  for (const part of parts) {
    const previous = out.at(-1);
    if (previous !== undefined && /\p{Ll}-$/u.test(previous.slice(-2)) && /^\p{Ll}/u.test(part))
      out[out.length - 1] = `${previous.slice(0, -1)}${part}`;
    // A compound name broken at its hyphen ("Auvergne-" + "Rhône-Alpes") keeps the hyphen, without a space.
    else if (previous !== undefined && /\p{L}-$/u.test(previous.slice(-2)) && /^\p{Lu}/u.test(part))
      out[out.length - 1] = `${previous}${part}`;
    else out.push(part);
  }
  return out.join(' ');
}

/**
 * Sentences of a paragraph, without their final dot. Split as the truthfulness gate splits them, so an
 * abbreviation before a capital ("2 Mio. Euro", "z. B. SAP", "Acme Inc. Berlin") does not end a sentence.
 */
export const sentences = (paragraph: string): string[] =>
  splitSentences(paragraph)
    .map((sentence) => sentence.replace(/\.$/u, '').trim())
    .filter((sentence) => sentence.length > 0);
