/** A run of text placed on a PDF page (pdf.js text layer; origin bottom-left, so a larger y is higher). */
export interface PlacedText {
  str: string;
  x: number;
  y: number;
  width: number;
  fontSize: number;
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
  const runs = items.filter((item) => item.str.trim() !== '');
  if (runs.length === 0) return '';
  const lines = groupLines(runs);
  const gutter = findGutter(lines);
  if (!gutter) return lines.map(lineText).join('\n');
  const spanning: PlacedText[] = [];
  const leftItems: PlacedText[] = [];
  const rightItems: PlacedText[] = [];
  for (const item of runs) {
    if (item.x + item.width <= gutter.from + 1) leftItems.push(item);
    else if (item.x >= gutter.to - 1) rightItems.push(item);
    else spanning.push(item);
  }
  const left = groupLines(leftItems);
  const right = groupLines(rightItems);
  const top = Math.max(left[0]?.y ?? -Infinity, right[0]?.y ?? -Infinity);
  const above = groupLines(spanning.filter((item) => item.y > top));
  const below = groupLines(spanning.filter((item) => item.y <= top));
  const largest = (side: PlacedText[]) => Math.max(0, ...side.map((item) => item.fontSize));
  const columns = largest(rightItems) > largest(leftItems) ? [right, left] : [left, right];
  return [...above, ...columns[0]!, ...columns[1]!, ...below].map(lineText).join('\n');
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
    text += item.str;
    end = Math.max(end, item.x + item.width);
  }
  return text.replace(/\s+$/u, '');
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
  return gutter;
}
