import { ImportErrors } from '@tailor/domain';
import { zipSync } from 'fflate';
import mammoth from 'mammoth';
import { ARCHIVE_LIMITS, readEntries, type ZipEntryInfo } from './bounded-zip.js';

/** Whether a ZIP's entries are a Word document's. */
export const isDocx = (entries: ZipEntryInfo[]): boolean =>
  entries.some((entry) => entry.fileName === 'word/document.xml');

// The parts mammoth reads for text: the body, its relationships, numbering (list markers) and styles.
// Images, fonts and embedded objects are never inflated.
const TEXT_PARTS = /^(\[Content_Types\]\.xml|_rels\/\.rels|word\/[^/]+\.xml|word\/_rels\/[^/]+\.rels)$/u;

/**
 * DOCX text via mammoth, but never on the uploaded archive itself: the text parts are first inflated by
 * bounded-zip (which counts real bytes and stops at the limit whatever the archive declares), then
 * re-packed without compression for mammoth, so mammoth inflates nothing an attacker controls.
 */
export async function docxText(bytes: Uint8Array, entries: ZipEntryInfo[]): Promise<string> {
  const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
  // A declared size over the limit is refused at once (an honest archive that is simply too big).
  if (declared > ARCHIVE_LIMITS.maxUnpackedBytes)
    throw ImportErrors.archiveTooLarge({
      uncompressedBytes: declared,
      maxUnpackedBytes: ARCHIVE_LIMITS.maxUnpackedBytes,
    });
  const parts = await readEntries(bytes, (name) => TEXT_PARTS.test(name));
  const stored = zipSync(Object.fromEntries([...parts].map(([name, data]) => [name, new Uint8Array(data)])), {
    level: 0,
  });
  try {
    // Raw text would lose the markers of Word's list bullets (a bullet and a job's header line would read
    // alike), so the paragraphs are taken from mammoth's HTML: one line each, list items as "• ".
    const { value } = await mammoth.convertToHtml(
      { buffer: Buffer.from(stored) },
      { ignoreEmptyParagraphs: false },
    );
    const body = paragraphLines(value);
    const header = pageHeaderLines(parts);
    return header.length > 0 ? `${header.join('\n')}\n\n${body}` : body;
  } catch {
    throw ImportErrors.unreadable('docx');
  }
}

/**
 * The paragraphs of the document's page headers (word/header1.xml…), each once: many resume templates set
 * the name and the contact line there, and mammoth reads only the body. They come first, where a reader
 * looks for the name.
 */
function pageHeaderLines(parts: ReadonlyMap<string, Buffer>): string[] {
  const names = [...parts.keys()]
    .filter((name) => /^word\/header\d*\.xml$/u.test(name))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const lines = new Set<string>();
  for (const name of names)
    for (const line of xmlParagraphs((parts.get(name) as Buffer).toString('utf8')))
      if (line && !PAGE_WORDS.test(line)) lines.add(line);
  return [...lines];
}

// What is left of "Page 2 of 3" once its fields (the numbers) are skipped.
const PAGE_WORDS = /^(?:page|seite|strona|página|pagina)?(?:\s*(?:of|von|z|de|sur|\/))?$/iu;

/** WordprocessingML paragraphs as text: the runs' text (`w:t`), tabs and breaks; field codes are skipped. */
function xmlParagraphs(xml: string): string[] {
  const lines: string[] = [];
  let current = '';
  let inText = false;
  for (const token of xml.split(/(<[^>]*>)/u)) {
    const tag = /^<(\/?)w:(p|t|tab|br)(?=[\s/>])/u.exec(token);
    if (!tag) {
      if (inText) current += decodeEntities(token);
      continue;
    }
    const [, closing, name] = tag;
    if (name === 't') inText = !closing && !token.endsWith('/>');
    else if (name === 'tab') current += '\t';
    else if (name === 'br' || (name === 'p' && (closing || token.endsWith('/>')))) {
      lines.push(current.trim());
      current = '';
    }
  }
  if (current.trim()) lines.push(current.trim());
  return lines;
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
