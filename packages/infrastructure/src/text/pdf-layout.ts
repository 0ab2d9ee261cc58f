/** A run of text placed on a PDF page (pdf.js text layer; origin bottom-left, so a larger y is higher). */
export interface PlacedText {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
  /** pdf.js ends a line with `hasEOL`; an empty run carrying it marks a break between blocks. */
  hasEOL?: boolean;
  /** Set here: the run opens a new block (a paragraph or list item), so it continues nothing. */
  blockStart?: boolean;
}

interface Line {
  y: number;
  items: PlacedText[];
  left: number;
  right: number;
}

// Date-like cells ("2019 – 2021", "03/2020", "Jan 2020 - Present"): a side made of these is a date column
// of a one-column layout, not a second column of its own.
const DATE_CELL =
  /^[\p{L}.]{0,12}\s?\d{1,4}([./-]\d{2,4})?\s*([-–—]|to|bis|do|à|a)?\s*[\p{L}.]*\s?(\d{1,4}([./-]\d{2,4})?)?$/iu;

/**
 * The text of one page in reading order, rebuilt from positions rather than from the order the PDF
 * happens to draw in: runs on one baseline become one line (a wide gap becomes three spaces, which the
 * resume parser reads as a column break, e.g. a date at the right), and a page split by a vertical gutter
 * into two columns is read column by column, the column with the largest type (the name) first.
 */
export function pageText(items: readonly PlacedText[]): string {
  // Producers such as Chromium write each paragraph or list item as its own block, which pdf.js reports
  // as an empty run with an end of line before it; a soft wrap inside a block has no such run.
  let breakBefore = false;
  const marked = items.map((item) => {
    const empty = item.str.trim() === '';
    const out = { ...item, blockStart: breakBefore && !empty };
    if (item.str === '' && item.hasEOL) breakBefore = true;
    else if (!empty) breakBefore = false;
    return out;
  });
  const blockSignals = items.some((item) => item.str === '' && item.hasEOL);
  const runs = marked.filter((item) => item.str.trim() !== '');
  if (runs.length === 0) return '';
  const lines = groupLines(runs);
  const gutter = findGutter(lines);
  if (!gutter) return joinWraps(lines, blockSignals).join('\n');
  const spanning: PlacedText[] = [];
  const leftItems: PlacedText[] = [];
  const rightItems: PlacedText[] = [];
  for (const item of runs) {
    // A long word may run into the gutter without crossing it: it stays in its column.
    if (item.x >= gutter.to - 1) rightItems.push(item);
    else if (item.x + item.width <= gutter.to) leftItems.push(item);
    else spanning.push(item);
  }
  const left = groupLines(leftItems);
  const right = groupLines(rightItems);
  const top = Math.max(left[0]?.y ?? -Infinity, right[0]?.y ?? -Infinity);
  const above = groupLines(spanning.filter((item) => item.y > top));
  const below = groupLines(spanning.filter((item) => item.y <= top));
  const largest = (side: PlacedText[]) => Math.max(0, ...side.map((item) => item.fontSize));
  const columns = largest(rightItems) > largest(leftItems) ? [right, left] : [left, right];
  return [
    ...joinWraps(above, blockSignals),
    ...joinWraps(columns[0]!, blockSignals),
    ...joinWraps(columns[1]!, blockSignals),
    ...joinWraps(below, blockSignals),
  ].join('\n');
}

/** A physical line's text split at its widest gap: the text and, when set apart at the right, a date. */
interface Laid {
  line: Line;
  head: string;
  /** Text set apart at the right by a wide gap (a date column), or null. */
  tail: string | null;
  /** Right edge of the head, and where the tail starts (or the column's right edge). */
  headRight: number;
  limit: number;
  size: number;
}

function lay(line: Line, columnRight: number): Laid {
  const size = line.items[0]?.fontSize || 10;
  let split = line.items.length;
  for (let index = 1; index < line.items.length; index += 1) {
    const previous = line.items[index - 1] as PlacedText;
    if ((line.items[index] as PlacedText).x - (previous.x + previous.width) > size * 1.5) split = index;
  }
  const head = line.items.slice(0, split);
  const tail = line.items.slice(split);
  const last = head.at(-1) as PlacedText;
  return {
    line,
    head: lineText({ ...line, items: head }),
    tail: tail.length > 0 ? lineText({ ...line, items: tail }) : null,
    headRight: last.x + last.width,
    limit: tail.length > 0 ? (tail[0] as PlacedText).x - size * 2 : columnRight,
    size,
  };
}

/** Width of the first word of a line, from its first run's width shared out by characters. */
function firstWordWidth(line: Line): number {
  const first = line.items[0] as PlacedText;
  const word = /^\S+/u.exec(first.str.trimStart())?.[0] ?? first.str;
  return first.str.length > 0 ? (first.width * word.length) / first.str.length : first.width;
}

const BULLET_START = /^\s*[•·●○◦▪■►➢➤✓*–-]\s/u;

/**
 * Lines that only continue the one above (a wrapped bullet or paragraph) are joined to it: the next line
 * starts where that one started, in the same type, one line-height below, and its first word would not
 * have fitted in the room left on that line — which is exactly why it wrapped. A date set apart at the
 * right of the first line stays at the end of the joined line.
 */
function joinWraps(lines: readonly Line[], blockSignals: boolean): string[] {
  const columnRight = Math.max(...lines.map((line) => line.right));
  const out: string[] = [];
  let open: { head: string; tail: string | null; last: Laid } | null = null;
  for (const line of lines) {
    const laid = lay(line, columnRight);
    const previous = open?.last;
    const wraps =
      previous !== undefined &&
      Math.abs(previous.line.left - line.left) <= 2 &&
      Math.abs(previous.size - laid.size) < 0.5 &&
      previous.line.y - line.y <= previous.size * 1.8 &&
      laid.tail === null &&
      !BULLET_START.test(laid.head) &&
      previous.limit - previous.headRight < firstWordWidth(line) + previous.size * 1.2 &&
      // Where blocks are marked, a new block never continues; elsewhere a line that starts a sentence
      // (a capital after a finished phrase) is taken as a new item rather than risk gluing two together.
      (blockSignals
        ? !line.items[0]?.blockStart
        : /^[\p{Ll}\d(]/u.test(laid.head) || /[,;:(&/-]$/u.test(previous.head));
    if (open && wraps) {
      // "deploy-" + "ment" is one word; "Auvergne-" + "Rhône-Alpes" is a compound name broken at its hyphen.
      open.head =
        /\p{Ll}-$/u.test(open.head.slice(-2)) && /^\p{Ll}/u.test(laid.head)
          ? `${open.head.slice(0, -1)}${laid.head}`
          : /\p{L}-$/u.test(open.head.slice(-2)) && /^\p{Lu}/u.test(laid.head)
            ? `${open.head}${laid.head}`
            : `${open.head} ${laid.head}`;
      open.last = laid;
      continue;
    }
    if (open) out.push(open.tail ? `${open.head}   ${open.tail}` : open.head);
    open = { head: laid.head, tail: laid.tail, last: laid };
  }
  if (open) out.push(open.tail ? `${open.head}   ${open.tail}` : open.head);
  return out;
}

function groupLines(items: readonly PlacedText[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const item of sorted) {
    const last = lines.at(-1);
    const tolerance = Math.max(1, 0.4 * Math.min(item.fontSize || 10, last?.items[0]?.fontSize || 10));
    if (last && Math.abs(last.y - item.y) <= tolerance) {
      last.items.push(item);
      last.left = Math.min(last.left, item.x);
      last.right = Math.max(last.right, item.x + item.width);
    } else lines.push({ y: item.y, items: [item], left: item.x, right: item.x + item.width });
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines;
}

// A word set in spaced-out letters ("M A R C U S", "O ' C O N N O R": CSS letter-spacing or a designer's
// template; at least three letters, with any apostrophes, dots and hyphens of the name): pdf.js puts
// a space between letters that stand apart, and the words come as separate runs, so each run is one word.
// A kerned pair may come without its space ("C E R T I F I C AT I O N S", "C O N TA C T"): a few pairs
// among single letters. Words typed apart with a wider gap ("J O H N   S M I T H") stay apart.
// A run of a word's length only; each character is read once.
const LETTER_SPACED = /^[\p{L}\p{M}'’.-]{1,2}(?: [\p{L}\p{M}'’.-]{1,2}){2,}$/u;
const spacedOut = (run: string): boolean => {
  if (run.length > 80 || !LETTER_SPACED.test(run) || (run.match(/\p{L}/gu)?.length ?? 0) < 3) return false;
  const cells = run.split(' ');
  return cells.filter((cell) => cell.length === 2).length * 4 <= cells.length;
};
const collapsed = (run: string): string => {
  if (spacedOut(run)) return run.replace(/ /gu, '');
  const words = run.trim().split(/ {2,}/u);
  return words.length > 1 && words.every(spacedOut)
    ? words.map((word) => word.replace(/ /gu, '')).join(' ')
    : run;
};

function lineText(line: Line): string {
  let text = '';
  let end = -Infinity;
  for (const item of line.items) {
    const gap = item.x - end;
    const size = item.fontSize || 10;
    if (text !== '') {
      if (gap > size * 1.5) text += '   ';
      else if (gap > size * 0.15 && !/\s$/u.test(text) && !/^\s/u.test(item.str)) text += ' ';
    }
    text += collapsed(item.str);
    end = Math.max(end, item.x + item.width);
  }
  // trimEnd removes exactly what `\s` matches, in one pass (`/\s+$/` is retried from every space of a run).
  return text.trimEnd();
}

/**
 * A vertical band in the middle of the page that (almost) no line crosses, with real text on both sides.
 * Lines are coverage intervals; the band is searched on a 2-point grid, so the cost is linear in the text.
 */
function findGutter(lines: readonly Line[]): { from: number; to: number } | null {
  if (lines.length < 8) return null;
  const pageLeft = Math.min(...lines.map((line) => line.left));
  const pageRight = Math.max(...lines.map((line) => line.right));
  const width = pageRight - pageLeft;
  if (width < 200) return null;
  const step = 2;
  const bins = new Array<number>(Math.ceil(width / step) + 1).fill(0);
  for (const line of lines)
    for (const item of line.items) {
      const from = Math.floor((item.x - pageLeft) / step);
      const to = Math.ceil((item.x + item.width - pageLeft) / step);
      for (let bin = from; bin < to && bin < bins.length; bin += 1) bins[bin] = (bins[bin] as number) + 1;
    }
  // A few lines may cross the gutter (a name or a rule across the whole page).
  const allowed = Math.max(1, Math.floor(lines.length * 0.06));
  const lo = Math.floor((width * 0.2) / step);
  const hi = Math.ceil((width * 0.8) / step);
  let best: { from: number; to: number } | null = null;
  let runStart = -1;
  for (let bin = lo; bin <= hi + 1; bin += 1) {
    const open = bin <= hi && (bins[bin] as number) <= allowed;
    if (open && runStart < 0) runStart = bin;
    if (!open && runStart >= 0) {
      if (!best || bin - runStart > best.to - best.from) best = { from: runStart, to: bin };
      runStart = -1;
    }
  }
  if (!best || (best.to - best.from) * step < 8) return null;
  const gutter = { from: pageLeft + best.from * step, to: pageLeft + best.to * step };
  const leftLines = lines.filter((line) => line.items.some((item) => item.x + item.width <= gutter.from + 1));
  const rightLines = lines.filter((line) => line.items.some((item) => item.x >= gutter.to - 1));
  const onRight = new Set(rightLines);
  if (leftLines.length < 4 || rightLines.length < 4) return null;
  // One side made of dates is a date column of a single-column layout: keep rows whole.
  const sideText = (side: Line[], onSide: (item: PlacedText) => boolean) =>
    side.map((line) =>
      line.items
        .filter(onSide)
        .map((item) => item.str)
        .join(' ')
        .trim(),
    );
  const dateShare = (cells: string[]) => cells.filter((cell) => DATE_CELL.test(cell)).length / cells.length;
  const leftCells = sideText(leftLines, (item) => item.x + item.width <= gutter.from + 1);
  const rightCells = sideText(rightLines, (item) => item.x >= gutter.to - 1);
  if (dateShare(leftCells) > 0.4 || dateShare(rightCells) > 0.4) return null;
  // Nearly every row with text on both sides: a table (label and value), read row by row. Two real
  // columns share some baselines too, but their headings and spacing drift apart.
  const both = leftLines.filter((line) => onRight.has(line)).length;
  if (both > Math.min(leftLines.length, rightLines.length) * 0.8) return null;
  // A Lebenslauf's table of dates and labels under headings across the page ("Berufserfahrung" over "seit
  // 04/2021   Fachinformatiker …"): its left-only lines are the headings, in larger type, and what stands
  // above or below the table (a title, "Leipzig, 01.12.2026"). Every other left cell opens a right one.
  const body = bodySize(lines);
  const top = Math.max(...rightLines.map((line) => line.y));
  const bottom = Math.min(...rightLines.map((line) => line.y));
  const cells = leftLines.filter(
    (line) =>
      line.y <= top + 1 &&
      line.y >= bottom - 1 &&
      Math.max(...line.items.map((item) => item.fontSize)) <= body + 0.5,
  );
  if (cells.length >= 4 && cells.filter((line) => onRight.has(line)).length > cells.length * 0.9) return null;
  return gutter;
}

/** The type size most of the page's runs are set in. */
function bodySize(lines: readonly Line[]): number {
  const counts = new Map<number, number>();
  for (const line of lines)
    for (const item of line.items) {
      const size = Math.round(item.fontSize * 2) / 2;
      counts.set(size, (counts.get(size) ?? 0) + item.str.length);
    }
  let best = 0;
  let most = -1;
  for (const [size, count] of counts)
    if (count > most) {
      best = size;
      most = count;
    }
  return best;
}
