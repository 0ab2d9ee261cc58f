import { inflateSync, constants } from 'node:zlib';
import { ImportErrors } from '@tailor/domain';

/** What a resume PDF may cost to read: a long CV has 5 pages and a few MB of content. */
export const PDF_LIMITS = { maxPages: 50, maxContentBytes: 50 * 1024 * 1024 };

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
  let pages = countPageObjects(buffer);
  let spent = 0;
  let from = 0;
  for (;;) {
    const keyword = buffer.indexOf(STREAM, from);
    if (keyword < 0) return;
    // "endstream" also contains "stream": skip it.
    if (keyword >= 3 && buffer.toString('latin1', keyword - 3, keyword) === 'end') {
      from = keyword + STREAM.length;
      continue;
    }
    let start = keyword + STREAM.length;
    if (buffer[start] === 0x0d) start += 1;
    if (buffer[start] === 0x0a) start += 1;
    const end = buffer.indexOf(END_STREAM, start);
    if (end < 0) return;
    const inflated = inflate(buffer.subarray(start, end), PDF_LIMITS.maxContentBytes - spent);
    spent += inflated.size;
    if (spent > PDF_LIMITS.maxContentBytes)
      throw ImportErrors.tooComplex({ maxContentBytes: PDF_LIMITS.maxContentBytes });
    // Page objects may hide in compressed object streams.
    if (inflated.data) pages += countPageObjects(inflated.data);
    if (pages > PDF_LIMITS.maxPages) throw ImportErrors.tooComplex({ maxPages: PDF_LIMITS.maxPages });
    from = end + END_STREAM.length;
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
function countPageObjects(data: Buffer): number {
  let count = 0;
  const text = data.toString('latin1');
  PAGE_OBJECT.lastIndex = 0;
  while (PAGE_OBJECT.exec(text) !== null) count += 1;
  return count;
}
