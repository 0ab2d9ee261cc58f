// Sentences of free text (cover letters, summaries) as the gate and the letter checks read them. A period
// ends a sentence only when it is not part of an abbreviation — company forms ("Inc.", "Ltd.", "sp. z o.o.",
// "S.A."), titles ("Dr."), "e.g." — and the next word does not start in lower case. Any script's sentence
// punctuation counts ("。", "！", "？").

const ABBREVIATIONS = new Set(
  [
    'inc',
    'ltd',
    'llc',
    'llp',
    'plc',
    'corp',
    'co',
    'bros',
    'sp',
    'o.o',
    'z o.o',
    's.a',
    's.l',
    's.p.a',
    'b.v',
    'n.v',
    'e.v',
    'a.g',
    'dr',
    'mr',
    'mrs',
    'ms',
    'prof',
    'st',
    'jr',
    'sr',
    'no',
    'nr',
    'vs',
    'etc',
    'e.g',
    'i.e',
    'approx',
    'dept',
    'univ',
    'ave',
    'bzw',
    'z.b',
    'u.a',
    'ca',
    'np',
    'tj',
    'ul',
    'mgr',
    'inż',
    'hr',
  ].map((a) => a.toLowerCase()),
);

/** True when the text before a period ends with an abbreviation (so the period does not end a sentence). */
function endsWithAbbreviation(before: string): boolean {
  const m = /(?:^|[\s(])((?:[\p{L}]{1,6}\.)*[\p{L}]{1,8})$/u.exec(before);
  if (!m) return false;
  const token = (m[1] as string).toLowerCase();
  if (ABBREVIATIONS.has(token)) return true;
  // Single capital initials ("J. Smith") and dotted acronyms ("U.S.") are not sentence ends.
  return /^\p{Lu}$/u.test(m[1] as string) || /^(?:\p{L}\.)+\p{L}$/u.test(token);
}

export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/u)) {
    let start = 0;
    const re = /[.!?]+["'”’)]*(?=\s|$)|[。！？]+/gu;
    for (let m = re.exec(line); m !== null; m = re.exec(line)) {
      const end = m.index + m[0].length;
      const after = line.slice(end).trimStart();
      if (after === '') continue;
      if (m[0].startsWith('.') && m[0].length === 1 && endsWithAbbreviation(line.slice(start, m.index)))
        continue;
      if (/^\p{Ll}/u.test(after)) continue;
      out.push(line.slice(start, end).trim());
      start = end;
    }
    out.push(line.slice(start).trim());
  }
  return out.filter((s) => s !== '');
}
