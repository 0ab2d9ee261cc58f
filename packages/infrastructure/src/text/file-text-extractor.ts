import { ImportErrors, type ExtractedText, type IDocumentTextExtractor } from '@tailor/domain';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import yauzl from 'yauzl';

/** Limits on a DOCX before it is unpacked (a real resume is a few hundred KB in a few dozen entries). */
export const DOCX_LIMITS = { maxEntries: 1_000, maxUncompressedBytes: 50 * 1024 * 1024, maxRatio: 200 };

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  signature.every((byte, index) => bytes[at + index] === byte);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\x03\x04
// A few common binary formats people upload by mistake, named in the error.
const OTHER_BINARIES: Array<[string, number[]]> = [
  ['png', [0x89, 0x50, 0x4e, 0x47]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]],
  ['doc', [0xd0, 0xcf, 0x11, 0xe0]],
  ['rtf', [0x7b, 0x5c, 0x72, 0x74, 0x66]],
];

/** The format the bytes say; the upload's name and declared type are ignored on purpose (both lie). */
function sniff(bytes: Uint8Array): 'pdf' | 'zip' | 'text' | string {
  // The PDF header may follow a little junk (the spec allows it within the first 1024 bytes).
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (startsWith(bytes, PDF) || head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, ZIP)) return 'zip';
  return OTHER_BINARIES.find(([, signature]) => startsWith(bytes, signature))?.[0] ?? 'text';
}

/** PDF via unpdf (pdf.js), DOCX via mammoth after a zip-bomb check, text with encoding detection. */
export class FileTextExtractor implements IDocumentTextExtractor {
  async extract(bytes: Uint8Array): Promise<ExtractedText> {
    const kind = sniff(bytes);
    if (kind === 'pdf') return { format: 'pdf', text: requireText(await pdfText(bytes), 'pdf') };
    if (kind === 'zip') return { format: 'docx', text: requireText(await docxText(bytes), 'docx') };
    if (kind !== 'text') throw ImportErrors.unsupportedType(kind);
    return { format: 'text', text: requireText(decodeText(bytes), 'text') };
  }
}

function requireText(text: string, format: string): string {
  // NUL bytes are refused by PostgreSQL text columns and mean nothing in a resume.
  // eslint-disable-next-line no-control-regex
  const cleaned = text.replace(/\r\n?/gu, '\n').replace(/\u0000/gu, '');
  // A scan yields nothing or a few stray glyphs; a resume has at least a name and a line or two.
  if (cleaned.replace(/\s+/gu, '').length < 20) throw ImportErrors.noText(format);
  return cleaned;
}

async function pdfText(bytes: Uint8Array): Promise<string> {
  let text: string;
  try {
    // pdf.js may transfer (detach) the buffer it is given: hand it a copy.
    const document = await getDocumentProxy(new Uint8Array(bytes));
    text = (await extractText(document, { mergePages: true })).text;
  } catch {
    throw ImportErrors.unreadable('pdf');
  }
  return mendSplitDateRanges(text);
}

const RANGE_START = /(?:^|\s)(?:[A-Z][a-z]{2,8}\.? )?\d{4}\s*[–—-]$/u;
const RANGE_END = /^(?:present|current|now|today|(?:[A-Z][a-z]{2,8}\.? )?\d{4})$/iu;

const RANGE_ONLY =
  /^(?:[A-Z][a-z]{2,8}\.? )?\d{4}\s*[–—-]\s*(?:present|current|now|today|(?:[A-Z][a-z]{2,8}\.? )?\d{4})$/iu;

/**
 * pdf.js emits a date column beside a two-column layout as lines of their own ("June 2022 –" / "Present" /
 * "Software Engineer, Google, …"). Put the range back together and in front of the entry it dates, as
 * pdftotext's layout mode does, so the range reads as the start of an entry.
 */
export function mendSplitDateRanges(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    let line = (lines[index] as string).trim();
    const next = lines[index + 1]?.trim();
    if (next !== undefined && RANGE_START.test(line) && RANGE_END.test(next)) {
      line = `${line} ${next}`;
      index += 1;
    }
    const following = lines[index + 1]?.trim();
    if (RANGE_ONLY.test(line) && following && !RANGE_START.test(following) && !RANGE_ONLY.test(following)) {
      line = `${line} ${following}`;
      index += 1;
    }
    out.push(line);
  }
  return out.join('\n');
}

/**
 * Reads only the central directory first (yauzl, nothing decompressed): entry count, declared sizes and
 * compression ratio must be sane and `word/document.xml` present, else the archive is refused before
 * mammoth inflates anything.
 */
async function docxText(bytes: Uint8Array): Promise<string> {
  const entries = await centralDirectory(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (entries.length > DOCX_LIMITS.maxEntries)
    throw ImportErrors.archiveTooLarge({ entries: entries.length, maxEntries: DOCX_LIMITS.maxEntries });
  const total = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  const worstRatio = Math.max(
    0,
    ...entries.map((entry) => entry.uncompressedSize / Math.max(entry.compressedSize, 1)),
  );
  if (total > DOCX_LIMITS.maxUncompressedBytes || worstRatio > DOCX_LIMITS.maxRatio)
    throw ImportErrors.archiveTooLarge({
      uncompressedBytes: total,
      maxUncompressedBytes: DOCX_LIMITS.maxUncompressedBytes,
    });
  if (!entries.some((entry) => entry.fileName === 'word/document.xml'))
    throw ImportErrors.unsupportedType('zip');
  try {
    // Raw text would lose the markers of Word's list bullets (a bullet and a job's header line would read
    // alike), so the paragraphs are taken from mammoth's HTML: one line each, list items as "• ".
    const { value } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes) },
      { ignoreEmptyParagraphs: false },
    );
    return paragraphLines(value);
  } catch {
    throw ImportErrors.unreadable('docx');
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (entity, name: string) => {
    if (/^#x/iu.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name.toLowerCase()] ?? entity;
  });

/**
 * mammoth's HTML as text: one line per paragraph, heading, list item (as "• ", nested ones too) and table
 * row (cells joined by tabs); an empty paragraph is a blank line, as in the document.
 */
function paragraphLines(html: string): string {
  const lines: string[] = [];
  let current: string | null = null;
  const flush = () => {
    if (current !== null) lines.push(current.trim());
    current = null;
  };
  for (const token of html.split(/(<[^>]*>)/u)) {
    const tag = /^<(\/?)([a-z][a-z0-9]*)/iu.exec(token);
    if (!tag) {
      if (token) current = (current ?? '') + decodeEntities(token);
      continue;
    }
    const [, closing, name = ''] = tag;
    const element = name.toLowerCase();
    if (/^(?:p|h[1-6]|li|tr|br)$/u.test(element)) {
      flush();
      if (!closing && element !== 'br') current = element === 'li' ? '• ' : '';
      if (element === 'br') current = '';
    } else if (element === 'td' && closing) current = `${current ?? ''}\t`;
    else if (/^(?:ul|ol|table)$/u.test(element)) flush();
  }
  flush();
  return lines
    .filter((line, index) => line !== '•' && (line !== '' || (index > 0 && lines[index - 1] !== '')))
    .join('\n')
    .trim();
}

interface ZipEntryInfo {
  fileName: string;
  compressedSize: number;
  uncompressedSize: number;
}

function centralDirectory(buffer: Buffer): Promise<ZipEntryInfo[]> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true }, (error, zip) => {
      if (error || !zip) return reject(ImportErrors.unreadable('zip'));
      const entries: ZipEntryInfo[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        entries.push({
          fileName: entry.fileName,
          compressedSize: entry.compressedSize,
          uncompressedSize: entry.uncompressedSize,
        });
        // Stop reading the directory as soon as it is clearly too long.
        if (entries.length > DOCX_LIMITS.maxEntries) {
          zip.close();
          resolve(entries);
        } else zip.readEntry();
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', () => reject(ImportErrors.unreadable('zip')));
      zip.readEntry();
    });
  });
}

/**
 * UTF-8 (with or without BOM), UTF-16 LE/BE (BOM) and, for bytes that are not valid UTF-8, Windows-1252
 * (the superset of Latin-1 that old editors write). Other binary data (NUL bytes) is not text.
 */
export function decodeText(bytes: Uint8Array): string {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (startsWith(bytes, [0xff, 0xfe])) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (startsWith(bytes, [0xfe, 0xff])) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes.subarray(0, 8192).includes(0)) throw ImportErrors.unsupportedType('binary');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// Windows-1252's printable characters in 0x80–0x9F (where Latin-1 has control codes); unassigned bytes stay
// as they are. Node's TextDecoder('windows-1252') decodes these as Latin-1, so the table is ours.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes)
    text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte);
  return text;
}
