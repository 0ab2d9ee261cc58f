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
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(stored) });
    // mammoth ends every paragraph with a blank line; a paragraph is a line of the resume.
    return value.replace(/\n\n/gu, '\n');
  } catch {
    throw ImportErrors.unreadable('docx');
  }
}
