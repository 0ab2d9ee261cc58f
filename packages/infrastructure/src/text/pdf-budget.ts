import { inflateSync, constants } from 'node:zlib';
import { ImportErrors } from '@tailor/domain';

/**
 * What a resume PDF may cost to read: a long CV has 5 pages and a few MB of content. `maxContentBytes` bounds
 * every stream unpacked (fonts and images included); `maxDrawnBytes` the page contents as pages draw them,
 * where one stream named twenty times by a page's /Contents is read twenty times.
 */
export const PDF_LIMITS = {
  maxPages: 50,
  maxContentBytes: 50 * 1024 * 1024,
  maxDrawnBytes: 16 * 1024 * 1024,
};

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');

/**
 * Inflates every Flate stream of the file in turn, counting the bytes produced, before pdf.js sees it:
 * one page whose content stream unpacks to 200 MB is refused after 50 MB of zlib work (a fraction of a
 * second), instead of being handed to pdf.js. zlib's `maxOutputLength` stops each inflation at the
 * remaining budget, so no more than the budget is ever held. Streams that are not zlib (images in DCT,
 * encrypted data) fail the zlib header check at once and count as their raw size.
 */
export function checkPdfContentBudget(bytes: Uint8Array): void {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = buffer.toString('latin1');
  let pages = countPageObjects(text);
  const objects = objectHeaders(text);
  // Unpacked size of each stream object, by object number; the texts where /Contents may be written.
  const streamSizes = new Map<number, number>();
  const dictionaries: string[] = [text];
  let spent = 0;
  let from = 0;
  for (;;) {
    const keyword = buffer.indexOf(STREAM, from);
    if (keyword < 0) break;
    // "endstream" also contains "stream": skip it.
    if (keyword >= 3 && buffer.toString('latin1', keyword - 3, keyword) === 'end') {
      from = keyword + STREAM.length;
      continue;
    }
    let start = keyword + STREAM.length;
    if (buffer[start] === 0x0d) start += 1;
    if (buffer[start] === 0x0a) start += 1;
    const end = buffer.indexOf(END_STREAM, start);
    if (end < 0) break;
    const inflated = inflate(buffer.subarray(start, end), PDF_LIMITS.maxContentBytes - spent);
    spent += inflated.size;
    if (spent > PDF_LIMITS.maxContentBytes)
      throw ImportErrors.tooComplex({ maxContentBytes: PDF_LIMITS.maxContentBytes });
    const object = objectBefore(objects, keyword);
    if (object !== null) streamSizes.set(object, inflated.size);
    // Page objects may hide in compressed object streams.
    if (inflated.data) {
      const unpacked = inflated.data.toString('latin1');
      pages += countPageObjects(unpacked);
      if (unpacked.includes('/Contents')) dictionaries.push(unpacked);
    }
    if (pages > PDF_LIMITS.maxPages) throw ImportErrors.tooComplex({ maxPages: PDF_LIMITS.maxPages });
    from = end + END_STREAM.length;
  }
  let drawn = 0;
  for (const dictionary of dictionaries) {
    for (const object of contentReferences(dictionary)) drawn += streamSizes.get(object) ?? 0;
    if (drawn > PDF_LIMITS.maxDrawnBytes)
      throw ImportErrors.tooComplex({ maxDrawnBytes: PDF_LIMITS.maxDrawnBytes });
  }
}

const OBJECT_HEADER = /(?<![\d])(\d{1,10})\s+\d{1,5}\s+obj\b/gu;

/** Where each indirect object of the file starts, in file order: [offset, object number]. */
function objectHeaders(text: string): Array<[number, number]> {
  const headers: Array<[number, number]> = [];
  OBJECT_HEADER.lastIndex = 0;
  for (let match = OBJECT_HEADER.exec(text); match !== null; match = OBJECT_HEADER.exec(text))
    headers.push([match.index, Number(match[1])]);
  return headers;
}

/** The number of the object a stream at `offset` belongs to: the last object header before it. */
function objectBefore(headers: Array<[number, number]>, offset: number): number | null {
  let low = 0;
  let high = headers.length - 1;
  let found: number | null = null;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [at, object] = headers[middle]!;
    if (at < offset) {
      found = object;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

const CONTENTS = '/Contents';
const REFERENCES = /^\s*(\[?)((?:\s*\d{1,10}\s+\d{1,5}\s+R)*)/u;
const REFERENCE = /(\d{1,10})\s+\d{1,5}\s+R/gu;

/**
 * Every stream a page's /Contents names (a single reference or an array of them), repeats included. Only the
 * references right after the key are read, so no part of the text is read twice however it is made.
 */
function* contentReferences(text: string): Generator<number> {
  for (let at = text.indexOf(CONTENTS); at >= 0; at = text.indexOf(CONTENTS, at + CONTENTS.length)) {
    const match = REFERENCES.exec(text.slice(at + CONTENTS.length, at + CONTENTS.length + 65_536));
    const references =
      match?.[1] === '[' ? match[2]! : (/^\s*\d+\s+\d+\s+R/u.exec(match?.[2] ?? '')?.[0] ?? '');
    REFERENCE.lastIndex = 0;
    for (let ref = REFERENCE.exec(references); ref !== null; ref = REFERENCE.exec(references))
      yield Number(ref[1]);
  }
}

function inflate(data: Buffer, budget: number): { size: number; data?: Buffer } {
  // zlib streams start with 0x78 (deflate, 32 KB window); anything else is not Flate.
  if (data[0] !== 0x78) return { size: data.length };
  try {
    // SYNC_FLUSH: a truncated stream yields what it has (pdf.js reads those too) instead of throwing.
    const out = inflateSync(data, {
      maxOutputLength: Math.max(budget, 1),
      finishFlush: constants.Z_SYNC_FLUSH,
    });
    return { size: out.length, data: out };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return { size: budget + 1 };
    return { size: data.length };
  }
}

const PAGE_OBJECT = /\/Type\s*\/Page(?![A-Za-z])/gu;

/**
 * Page dictionaries written in the file (`/Type /Page`, not `/Pages`): counted on the bytes, because
 * pdf.js needs seconds just to open a file with 20,000 of them. pdf.js's own page count is checked after.
 */
function countPageObjects(text: string): number {
  let count = 0;
  PAGE_OBJECT.lastIndex = 0;
  while (PAGE_OBJECT.exec(text) !== null) count += 1;
  return count;
}
