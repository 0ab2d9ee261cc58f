/**
 * Sentences of free text, as the truthfulness gate reads and removes them. Intl.Segmenter (Unicode sentence
 * boundaries, any language's punctuation) does the splitting; a boundary right after a known abbreviation
 * ("Inc.", "St.", "sp. z o.o.", "z. B.", "Dr.") or an initial is undone, so a company's legal form or a
 * title never leaves a fragment behind. Line breaks always end a sentence.
 */

// Lower case, without the final dot. Company forms, titles, Latin and German/Polish short forms.
const ABBREVIATIONS = new Set(
  [
    // Company forms ("Inc.", "Ltd.", "GmbH") often end a sentence: they join only a lower-case continuation.
    'bros',
    'intl',
    'dept',
    'univ',
    'assn',
    'st',
    'mt',
    'ft',
    'ave',
    'rd',
    'blvd',
    'no',
    'nr',
    'vol',
    'approx',
    'est',
    'vs',
    'etc',
    'al',
    'cf',
    'e.g',
    'i.e',
    'a.m',
    'p.m',
    'u.s',
    'u.k',
    'ph.d',
    'b.sc',
    'm.sc',
    'b.a',
    'm.a',
    'b.s',
    'm.s',
    'm.d',
    'dr',
    'mr',
    'mrs',
    'ms',
    'prof',
    'jr',
    'sr',
    'rev',
    'hon',
    'gen',
    'sgt',
    'capt',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
    'sp',
    // Polish "do spraw" in titles ("Specjalista ds. Kadr"), "między innymi", "i inni".
    'ds',
    'm.in',
    'ul',
    'np',
    'tj',
    'tzw',
    'itd',
    'itp',
    'mgr',
    'inż',
    'hab',
    'ok',
    'wg',
    'godz',
    'z.b',
    'z',
    'b',
    'bzw',
    'ca',
    'ggf',
    'inkl',
    'usw',
    'evtl',
    'bspw',
    'd.h',
    'u.a',
    'str',
    'dipl',
    'ing',
    'dr.-ing',
    // Amounts: "2 Mio. Euro", "3 Mrd. Umsatz", "5 tys. zł", "2 mln. PLN".
    'mio',
    'mrd',
    'tsd',
    'tys',
    'mln',
    'mld',
  ].map((a) => a.normalize('NFC')),
);

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'sentence' });
    segmenters.set(locale, s);
  }
  return s;
}

/** Whether a piece ends in an abbreviation or an initial, so the sentence goes on. */
function endsInAbbreviation(piece: string): boolean {
  const m = /(?:^|[\s(])([\p{L}][\p{L}.-]*)\.\s*$/u.exec(piece);
  if (!m) return false;
  const word = (m[1] ?? '').toLowerCase();
  if (word.length === 1) return true; // an initial: "J. Smith", "z o.o."
  if (ABBREVIATIONS.has(word)) return true;
  const last = word.split('.').pop() ?? '';
  // Dotted short forms ("e.g.", "z.B."), but not a company form ("o.o.", "S.A."), which may end a sentence.
  return (
    /\./u.test(word) &&
    last.length <= 2 &&
    !/^(?:o\.o|s\.a|s\.c|s\.l|s\.p\.a|b\.v|n\.v|a\.g|e\.v|sp\.[jk])$/u.test(word)
  );
}

const COMPANY_FORM_END =
  /(?<![\p{L}])(?:inc|ltd|llc|llp|plc|corp|co|gmbh|ag|o\.o|s\.a|s\.l|s\.p\.a|b\.v|n\.v|e\.v)\.$/iu;
// Prepositions an introductory phrase opens with: "At …", "During my time at …", "Before joining …", "Während
// meiner Zeit bei …", "Podczas pracy w …", "Pendant mes années chez …", "Durante mi etapa en …".
const INTRODUCTORY =
  /^(?:at|with|for|in|from|by|under|during|while|before|after|since|throughout|when|bei|für|mit|in|während|vor|nach|seit|w|we|dla|u|z|podczas|przed|po|od|chez|pendant|avant|après|depuis|durante|antes|después|desde)\s/iu;

/** The sentences of a text, trimmed, in order; empty ones dropped. */
export function splitSentences(text: string, locale = 'en'): string[] {
  const out: string[] = [];
  for (const line of text.split(/\r?\n+/u)) {
    if (line.trim() === '') continue;
    let pending = '';
    for (const { segment } of segmenter(locale).segment(line)) {
      pending += segment;
      if (endsInAbbreviation(pending)) continue;
      if (pending.trim() !== '') out.push(pending.trim());
      pending = '';
    }
    if (pending.trim() !== '') {
      // A trailing abbreviation ends the line: join it to the previous sentence only if it is a fragment.
      out.push(pending.trim());
    }
  }
  // A piece that starts in lower case continues the sentence before it ("… Ltd. and …").
  const merged: string[] = [];
  for (const s of out) {
    const prev = merged[merged.length - 1];
    // So does the clause after an introductory phrase that ends in a company form ("At Volvo Polska sp. z
    // o.o. I lead …"); "I worked at Kessler LLP. Over the years …" stays two sentences.
    const fragment = prev !== undefined && COMPANY_FORM_END.test(prev) && INTRODUCTORY.test(prev);
    if (prev !== undefined && ((/^[\p{Ll}\p{N}]/u.test(s) && !/[!?]$/u.test(prev)) || fragment))
      merged[merged.length - 1] = `${prev} ${s}`;
    else merged.push(s);
  }
  return merged;
}
