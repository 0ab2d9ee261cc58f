export const BULLET = /^\s*[•*\-–▪◦·●■►]\s+/u;

/** Joins lines broken by pdftotext hyphenation ("deploy-" + "ment") and collapses spaces. */
export function joinWrapped(parts: readonly string[]): string {
  const out: string[] = [];
  for (const raw of parts) {
    const part = raw.trim();
    if (part === '') continue;
    const previous = out.at(-1);
    // Only the last two characters are looked at: a pattern anchored at the end of the joined text would
    // rescan all of it for every part (quadratic on thousands of short lines).
    if (previous !== undefined && /[a-z]-$/u.test(previous.slice(-2)) && /^[a-z]/u.test(part))
      out[out.length - 1] = `${previous.slice(0, -1)}${part}`;
    else out.push(part);
  }
  return out.join(' ').replace(/\s+/gu, ' ').trim();
}

/** Sentences of a paragraph (split after . ! ? followed by a capital letter). */
export const sentences = (paragraph: string): string[] =>
  paragraph
    .split(/(?<=[.!?])\s+(?=[A-Z])/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);

/** What resumes separate list items with: commas, semicolons, pipes, middle dots and bullets. */
export const LIST_SEPARATORS = ',;|·•';

/** Splits on the separator characters (commas, semicolons and pipes by default) outside parentheses. */
export function splitList(text: string, separators = ',;|'): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth += 1;
    if (char === ')') depth = Math.max(0, depth - 1);
    if (separators.includes(char) && depth === 0) {
      items.push(current);
      current = '';
    } else current += char;
  }
  items.push(current);
  return items
    .map((item) =>
      item
        .trim()
        .replace(/^(?:and|&)\s+/iu, '')
        .replace(/[.;:]$/u, '')
        .trim(),
    )
    .filter((item) => item.length > 0);
}
